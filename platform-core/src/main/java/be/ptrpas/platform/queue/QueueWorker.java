package be.ptrpas.platform.queue;

import be.ptrpas.platform.background.TenantJob;
import be.ptrpas.platform.background.WorkSignal;
import be.ptrpas.platform.persistence.TenantsWithWork;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works off one queue for a municipality, as a {@link TenantJob} of the background loop: claims up to
 * {@value #BATCH} due rows one by one, works on each outside any transaction, and records the outcome. At least once:
 * a worker that dies between the work and the record leaves a lease that runs out, and the row is worked on again, so
 * the work must be safe to repeat. A failure is retried after base × 2^(n−1) ± 20 % (capped); a permanent failure, or
 * the last allowed attempt, makes the row dead. Shared settings: {@code ptr.outbox.retry-base-ms} (2,000),
 * {@code ptr.outbox.retry-cap-ms} (one hour), {@code ptr.outbox.max-attempts} (12), {@code ptr.outbox.lease-seconds}
 * (120).
 */
public abstract class QueueWorker<T extends QueuedWork> implements TenantJob {

    private static final Logger LOG = Logger.getLogger(QueueWorker.class.getName());
    static final int BATCH = 50;

    @Inject
    Leases leases;

    @Inject
    WorkSignal signal;

    @Inject
    Clock clock;

    @Inject
    TenantsWithWork tenantsWithWork;

    @Inject
    @ConfigProperty(name = "ptr.outbox.retry-base-ms", defaultValue = "2000")
    long baseMillis;

    @Inject
    @ConfigProperty(name = "ptr.outbox.retry-cap-ms", defaultValue = "3600000")
    long capMillis;

    @Inject
    @ConfigProperty(name = "ptr.outbox.max-attempts", defaultValue = "12")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "ptr.outbox.lease-seconds", defaultValue = "120")
    long leaseSeconds;

    protected Clock clock() {
        return clock;
    }

    /** The table this worker works off. */
    protected abstract WorkQueue<T> queue();

    /**
     * Does the work of one claimed row, for its municipality and outside a transaction; returns what to record on the
     * row once done (it is then marked done), or throws to fail the attempt.
     */
    protected abstract Consumer<T> work(T item);

    /** How a thrown exception counts; by default retryable. */
    protected WorkFailure failure(RuntimeException e) {
        return WorkFailure.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /**
     * Whether the row as it is now (locked) is still the one that was worked on; if not, it is not marked done but
     * released, due again at once. By default always.
     */
    protected boolean stillCurrent(T claimed, T now) {
        return true;
    }

    /** The municipalities with due rows, in one query across all of them. */
    @Override
    public Set<String> withWork(Collection<String> municipalities, Instant now) {
        return tenantsWithWork.find(queue().dueIn(), now);
    }

    @Override
    public void runFor(String nis) {
        Backoff backoff = new Backoff(Duration.ofMillis(baseMillis), Duration.ofMillis(capMillis), maxAttempts);
        List<String> due = leases.due(queue(), clock.instant(), BATCH);
        for (String id : due) {
            Instant now = clock.instant();
            Optional<T> claimed = leases.claim(queue(), id, now, now.plusSeconds(leaseSeconds));
            claimed.ifPresent(item -> attempt(item, backoff));
        }
        if (due.size() == BATCH) {
            // A full batch leaves work behind (a burst of webhooks, a backlog of messages): come back on the next
            // tick, not at the next sweep, so a burst drains at the speed of the work and not of the sweep.
            signal.again(nis, jobClass());
        }
    }

    /** The concrete job's own class, whatever the container made of it (an intercepted subclass, a proxy). */
    private Class<? extends TenantJob> jobClass() {
        Class<?> type = getClass();
        while (type.getSuperclass() != QueueWorker.class) {
            type = type.getSuperclass();
        }
        return type.asSubclass(TenantJob.class);
    }

    private void attempt(T item, Backoff backoff) {
        Consumer<T> outcome;
        try {
            outcome = work(item);
        } catch (RuntimeException e) {
            failed(item, backoff, failure(e));
            return;
        }
        leases.change(queue(), item.id(), now -> {
            if (stillCurrent(item, now)) {
                outcome.accept(now);
                now.completed();
            } else {
                now.released();
            }
        });
    }

    private void failed(T item, Backoff backoff, WorkFailure failure) {
        if (failure.permanent()) {
            leases.change(queue(), item.id(), dead -> dead.deadLetter(failure.message()));
            return;
        }
        if (failure.tried() && backoff.exhausted(item.attempts())) {
            LOG.warning(() -> queue().entity() + " " + item.id() + " is dead after " + item.attempts() + " attempts: "
                    + failure.message());
            leases.change(
                    queue(),
                    item.id(),
                    dead -> dead.deadLetter("gave up after " + item.attempts() + " attempts: " + failure.message()));
            return;
        }
        Instant next = clock.instant().plus(backoff.delayAfter(Math.max(1, item.attempts())));
        leases.change(queue(), item.id(), retry -> retry.retryAt(next, failure.message(), failure.tried()));
    }
}
