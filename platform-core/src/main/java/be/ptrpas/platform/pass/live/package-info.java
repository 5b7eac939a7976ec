/**
 * The live pass: tells an open pass page within a second that one of its holder's items changed, whichever instance
 * committed the change. A change is published when its transaction commits (PostgreSQL {@code NOTIFY} on channel
 * {@value be.ptrpas.platform.pass.live.LiveChange#CHANNEL}, delivered by the database to every instance's listener;
 * in-process after success on the embedded default), carried as the holder's key and the item's id only, and each
 * instance hands it to the streams ({@code GET /api/v1/me/pass/events}) it serves for that holder, which read the item
 * again through {@link be.ptrpas.platform.pass.PassReader}.
 */
package be.ptrpas.platform.pass.live;
