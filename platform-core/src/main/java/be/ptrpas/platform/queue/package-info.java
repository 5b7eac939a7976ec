/**
 * Durable work queues in tables: the outbox (messages and notices to deliver) and the stored vendor callbacks (to
 * process). One mechanism for both: a row is due at its next attempt, a worker claims it with a lease (one conditional
 * UPDATE, so two instances never work on one row at once), and then completes it, retries it with back-off, or gives
 * it up as a dead letter after too many attempts; a lease that runs out (the instance died) makes the row due again.
 * The background loop runs each queue per municipality, inside that municipality's row-level security.
 */
package be.ptrpas.platform.queue;
