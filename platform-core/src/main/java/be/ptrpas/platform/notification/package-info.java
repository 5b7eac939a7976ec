/**
 * Notifications of PTR-pas events (F-13): a new item, a status or money change, a due date 7 days away (and, once the
 * permit feature raises it, a permit expiring within 28 days) become messages on the channels the citizen chose, in
 * their language, through the outbox and the municipality's channel plug-ins, and a notice to the citizen portal.
 *
 * <p>Two steps, both through the outbox. {@link PassEventNotices} observes {@code pass.PassItemChanged} inside the
 * source's transaction and queues one {@link PassNotice} (outbox kind {@code PASS_NOTICE}): it commits with the change
 * or not at all. Its delivery ({@link PassNoticeDelivery}, on the background loop) asks the citizen's preferences
 * ({@code preference.NotificationRouter}) at that moment, renders the texts ({@link NoticeTexts}) and queues one
 * message per channel and one portal notice, each under a key derived from the notice, so a repeated delivery queues
 * nothing twice. {@link DueSoonJob} raises the due-soon notices once a day per municipality.
 */
package be.ptrpas.platform.notification;
