package be.ptrpas.platform.queue;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.background.TenantJob;
import be.ptrpas.platform.background.WorkSignal;
import be.ptrpas.platform.persistence.WorkProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The one claim-and-lease cycle the outbox and the callbacks share (each had its own before): what becomes of a row
 * after its attempt. The table is a map here; the statements themselves run in the integration tests.
 */
class QueueWorkerTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    enum State {
        PENDING,
        DONE,
        DEAD
    }

    /** A queue row as the outbox's and the callbacks' are. */
    static final class Row extends QueuedWork {
        final String id;
        State state = State.PENDING;
        int deliveries = 1;
        String outcome;

        Row(String id) {
            super(NOW);
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        protected void markPending() {
            state = State.PENDING;
        }

        @Override
        protected void markDone() {
            state = State.DONE;
        }

        @Override
        protected void markDead() {
            state = State.DEAD;
        }
    }

    /** The table in memory: due = pending, time come, no live lease; a claim counts the attempt and leases. */
    static final class InMemoryLeases extends Leases {
        final Map<String, Row> rows = new LinkedHashMap<>();
        final Map<String, Instant> leases = new LinkedHashMap<>();

        boolean due(Row row, Instant now) {
            Instant lease = leases.get(row.id);
            return row.state == State.PENDING
                    && !row.nextAttemptAt().isAfter(now)
                    && (lease == null || lease.isBefore(now));
        }

        @Override
        public List<String> due(WorkQueue<?> queue, Instant now, int limit) {
            return rows.values().stream()
                    .filter(r -> due(r, now))
                    .map(r -> r.id)
                    .limit(limit)
                    .toList();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends QueuedWork> Optional<T> claim(
                WorkQueue<T> queue, String id, Instant now, Instant leaseUntil) {
            Row row = rows.get(id);
            if (!due(row, now)) {
                return Optional.empty();
            }
            leases.put(id, leaseUntil);
            row.claimed(leaseUntil);
            return Optional.of((T) row);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends QueuedWork> void change(WorkQueue<T> queue, String id, Consumer<T> change) {
            change.accept((T) rows.get(id));
            if (rows.get(id).leaseUntil() == null) {
                leases.remove(id);
            }
        }

        /** Another instance holds the row's lease. */
        void leasedElsewhere(String id, Instant until) {
            leases.put(id, until);
        }
    }

    /** What the work does; every worker of a test shares it. */
    Function<Row, Consumer<Row>> work = row -> done -> done.outcome = "done";

    final class Worker extends QueueWorker<Row> {

        @Override
        protected WorkQueue<Row> queue() {
            return new WorkQueue<>(Row.class, State.PENDING, "nextAttemptAt", WorkProbe.OUTBOX);
        }

        @Override
        protected Consumer<Row> work(Row item) {
            return QueueWorkerTest.this.work.apply(item);
        }

        @Override
        protected WorkFailure failure(RuntimeException e) {
            return e instanceof IllegalArgumentException
                    ? WorkFailure.permanent("refused")
                    : new WorkFailure(e.getMessage(), false, !"held back".equals(e.getMessage()));
        }

        @Override
        protected boolean stillCurrent(Row claimed, Row now) {
            return now.deliveries == claimedDeliveries;
        }

        int claimedDeliveries = 1;
    }

    final InMemoryLeases leases = new InMemoryLeases();

    /** The jobs asked to run again on the next tick, as "municipality job". */
    final List<String> askedAgain = new ArrayList<>();

    final WorkSignal signal = new WorkSignal() {
        @Override
        public void again(String nis, Class<? extends TenantJob> job) {
            askedAgain.add(nis + " " + job.getSimpleName());
        }
    };

    final Worker worker = worker(NOW);

    Worker worker(Instant at) {
        Worker w = new Worker();
        w.leases = leases;
        w.signal = signal;
        w.clock = Clock.fixed(at, ZoneOffset.UTC);
        w.baseMillis = 2_000;
        w.capMillis = 3_600_000;
        w.maxAttempts = 3;
        w.leaseSeconds = 120;
        return w;
    }

    /** What the queue's due query would find now. */
    boolean anythingDue() {
        return !leases.due(null, NOW, 1).isEmpty();
    }

    Row add(String id) {
        Row row = new Row(id);
        leases.rows.put(id, row);
        return row;
    }

    @Test
    void aRowWorkedOffIsDoneWithItsOutcomeAndLeavesNothingDue() {
        Row row = add("a");
        worker.runFor("71016");
        assertThat(row.state).isEqualTo(State.DONE);
        assertThat(row.outcome).isEqualTo("done");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.leaseUntil()).isNull();
        assertThat(anythingDue()).isFalse();
    }

    @Test
    void aFullBatchComesBackOnTheNextTickAndTheLastPartialOneDoesNot() {
        for (int i = 0; i < QueueWorker.BATCH + 3; i++) {
            add("r" + i);
        }
        worker.runFor("71016");
        assertThat(askedAgain).as("a burst left work behind").containsExactly("71016 Worker");
        worker.runFor("71016");
        assertThat(anythingDue()).isFalse();
        assertThat(askedAgain).as("nothing left: the sweep is enough").hasSize(1);
    }

    @Test
    void aFailureIsRetriedWithBackOffAndTheLastAllowedAttemptMakesTheRowDead() {
        Row row = add("a");
        work = item -> {
            throw new IllegalStateException("vendor down");
        };
        worker.runFor("71016");
        assertThat(row.state).isEqualTo(State.PENDING);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).isEqualTo("vendor down");
        assertThat(Duration.between(NOW, row.nextAttemptAt()).toMillis())
                .as("base ± 20 %")
                .isBetween(1_600L, 2_400L);
        assertThat(anythingDue()).as("not due before its time").isFalse();

        worker(row.nextAttemptAt()).runFor("71016");
        assertThat(row.attempts()).isEqualTo(2);
        worker(row.nextAttemptAt()).runFor("71016");
        assertThat(row.state).as("the third of three attempts").isEqualTo(State.DEAD);
        assertThat(row.lastError()).isEqualTo("gave up after 3 attempts: vendor down");

        row.revive(NOW);
        assertThat(row.state).isEqualTo(State.PENDING);
        assertThat(row.attempts()).isZero();
        assertThat(anythingDue()).isTrue();
    }

    @Test
    void aPermanentFailureIsDeadAtOnceAndAnAttemptHeldBackDoesNotCount() {
        Row refused = add("refused");
        Row held = add("held");
        work = item -> {
            throw item == refused
                    ? new IllegalArgumentException("bad recipient")
                    : new IllegalStateException("held back");
        };
        for (int i = 0; i < 5; i++) {
            worker(NOW.plus(Duration.ofHours(i))).runFor("71016");
        }
        assertThat(refused.state).isEqualTo(State.DEAD);
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(held.state)
                .as("held back five times, never tried: not given up")
                .isEqualTo(State.PENDING);
        assertThat(held.attempts()).isZero();
    }

    @Test
    void aLeaseKeepsOtherWorkersAwayUntilItRunsOut() {
        Row row = add("a");
        leases.leasedElsewhere("a", NOW.plusSeconds(120));
        worker.runFor("71016");
        assertThat(row.state).as("another instance is on it").isEqualTo(State.PENDING);
        assertThat(row.attempts()).isZero();

        // That instance died: its lease runs out and the row is claimed again.
        worker(NOW.plusSeconds(121)).runFor("71016");
        assertThat(row.state).isEqualTo(State.DONE);
    }

    @Test
    void aRowChangedWhileWorkedOnIsReleasedNotMarkedDone() {
        Row row = add("a");
        work = item -> {
            item.deliveries++; // delivered again meanwhile (a vendor's retry of the same callback)
            return done -> done.outcome = "done";
        };
        worker.runFor("71016");
        assertThat(row.state).isEqualTo(State.PENDING);
        assertThat(row.outcome).isNull();
        assertThat(row.leaseUntil()).isNull();
        assertThat(anythingDue()).as("due again at once").isTrue();
    }
}
