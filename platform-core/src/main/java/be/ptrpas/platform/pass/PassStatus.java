package be.ptrpas.platform.pass;

/**
 * The one status vocabulary of every kind of item. A source stores one of the first four; {@link #EXPIRES_SOON} and
 * {@link #EXPIRED} follow from the item's end of validity and the moment it is read, so they are never stale.
 */
public enum PassStatus {
    /** Registered; nothing has been done with it yet (a retribution just issued, an application received). */
    RECEIVED,
    /** Someone is working on it, or a term runs (a GAS fine notified, a defence being decided). */
    IN_PROGRESS,
    /** Done: decided, granted, paid and closed. */
    HANDLED,
    /** In force, and its validity ends within {@link PassItems#EXPIRES_SOON_DAYS} days. */
    EXPIRES_SOON,
    /** Its validity has ended. */
    EXPIRED,
    /** Withdrawn, revoked or cancelled. */
    CANCELLED;

    /** Whether a source may store it (the other two are derived when read). */
    public boolean stored() {
        return this != EXPIRES_SOON && this != EXPIRED;
    }
}
