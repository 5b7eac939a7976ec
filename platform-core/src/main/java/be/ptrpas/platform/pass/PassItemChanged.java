package be.ptrpas.platform.pass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A CDI event fired by {@link PassItems#record} inside the source's transaction whenever an item appears on a pass or
 * its status, money state or amount paid moves. Observers that act on the change (notifications through the outbox)
 * observe it in the transaction, so they commit with the change or not at all; observers that tell the open page
 * observe it after success.
 *
 * <p>The holder travels in clear only in memory, for observers that must reach the person (their preferences, their
 * address); nothing that stores it may store the number in clear.
 *
 * @param itemId the pass item's id
 * @param municipality NIS code of the item's municipality
 * @param holder whose pass it is on
 * @param holderKey the holder's keyed hash (what the pass stores)
 * @param kind what the item is
 * @param reference what the citizen quotes
 * @param subject the item's short description
 * @param changes what moved; {@link Change#NEW} alone for a new item
 * @param status the stored status after the change
 * @param money the money state after the change, or null
 * @param amountCents the amount asked, or null
 * @param paidCents what has been paid so far
 * @param dueDate when the amount is due, or null
 * @param changedAt when the change was recorded
 */
public record PassItemChanged(
        String itemId,
        String municipality,
        PassHolder holder,
        String holderKey,
        PassKind kind,
        String reference,
        String subject,
        Set<Change> changes,
        PassStatus status,
        MoneyState money,
        Long amountCents,
        long paidCents,
        LocalDate dueDate,
        Instant changedAt) {

    /** What moved. */
    public enum Change {
        NEW,
        STATUS,
        MONEY,
        PAID
    }

    public PassItemChanged {
        changes = Set.copyOf(changes);
    }

    /** What is still due, never below zero; null for an item without an amount. */
    public Long amountDueCents() {
        return amountCents == null ? null : Math.max(0, amountCents - paidCents);
    }
}
