package be.ptrpas.platform.queue;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A row of a work queue: due from {@code nextAttemptAt}, leased to one worker while {@code leaseUntil} lies in the
 * future, tried {@code attempts} times. Its life: pending → claimed (attempts + 1, leased) → done, pending again later
 * (retry), or dead (given up; an admin may {@link #revive} it). Each table keeps its own status column and words for
 * these states (an outbox message is DELIVERED, a callback PROCESSED), named by {@link #markPending},
 * {@link #markDone} and {@link #markDead}; the field must be called {@code status} (the claim's UPDATE names it).
 */
@MappedSuperclass
public abstract class QueuedWork extends TenantOwnedEntity {

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    /** While set and in the future, one worker holds the row. */
    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_error")
    private String lastError;

    protected QueuedWork() {}

    protected QueuedWork(Instant dueAt) {
        this.nextAttemptAt = dueAt;
    }

    protected abstract void markPending();

    protected abstract void markDone();

    protected abstract void markDead();

    /** What a claim does ({@link Leases#claim} does the same in one conditional UPDATE). */
    void claimed(Instant until) {
        attempts++;
        leaseUntil = until;
    }

    void completed() {
        markDone();
        leaseUntil = null;
        lastError = null;
    }

    /** Due again at {@code next}; an attempt that never reached the vendor (breaker open) is not counted. */
    void retryAt(Instant next, String error, boolean counted) {
        nextAttemptAt = next;
        leaseUntil = null;
        lastError = truncate(error);
        if (!counted) {
            attempts--;
        }
    }

    void deadLetter(String error) {
        markDead();
        leaseUntil = null;
        lastError = truncate(error);
    }

    /** Gives the lease back without an outcome: the row is due again at once. */
    void released() {
        leaseUntil = null;
    }

    /** Makes a dead item pending again, from the first attempt (an admin sends it again). */
    public void revive(Instant now) {
        markPending();
        attempts = 0;
        nextAttemptAt = now;
        leaseUntil = null;
    }

    private static String truncate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public String lastError() {
        return lastError;
    }
}
