package be.ptrpas.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    /** What a store has made durable: a batch counts only once store() has returned. */
    static final class Durable implements GroupCommit.Store<String> {
        final List<String> stored = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch release;
        /** Counted down when the writer first calls store(): from then on it is busy until released. */
        final CountDownLatch writing = new CountDownLatch(1);
        /** The size of the batch the writer first took. */
        volatile int firstBatch;

        volatile boolean failing;

        Durable(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public void store(List<String> batch) throws Exception {
            if (writing.getCount() > 0) {
                firstBatch = batch.size();
                writing.countDown();
            }
            if (!release.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            if (failing) {
                throw new SQLException("commit failed");
            }
            batchSizes.add(batch.size());
            stored.addAll(batch);
        }
    }

    @Test
    void aCallerIsAnsweredOnlyAfterItsRecordIsStored() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Durable store = new Durable(release);
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try (GroupCommit<String> commits = new GroupCommit<>("test", 10, 100, store, Thread::new)) {
            AtomicBoolean answered = new AtomicBoolean();
            Future<?> read = caller.submit(() -> {
                commits.submit("read-1", WAIT);
                answered.set(true);
                return null;
            });
            assertThat(store.writing.await(5, TimeUnit.SECONDS))
                    .as("the writer is storing the record")
                    .isTrue();
            assertThatThrownBy(() -> read.get(200, TimeUnit.MILLISECONDS))
                    .as("not answered while the store has not " + "committed")
                    .isInstanceOf(TimeoutException.class);
            assertThat(answered).as("the store has not committed yet").isFalse();
            assertThat(store.stored).isEmpty();

            release.countDown();
            read.get(5, TimeUnit.SECONDS);
            assertThat(answered).isTrue();
            assertThat(store.stored).containsExactly("read-1");
        } finally {
            caller.shutdownNow();
        }
    }

    @Test
    void concurrentCallersShareCommitsAndEveryRecordIsStoredOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Durable store = new Durable(release);
        int callers = 64;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try (GroupCommit<String> commits = new GroupCommit<>("test", 1_000, 1_000, store, Thread::new)) {
            List<Future<?>> reads = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String record = "read-" + i;
                reads.add(pool.submit(() -> {
                    commits.submit(record, WAIT);
                    return null;
                }));
            }
            assertThat(store.writing.await(5, TimeUnit.SECONDS))
                    .as("the first commit is running")
                    .isTrue();
            awaitQueued(commits, callers - store.firstBatch, "all queue up behind the first, still-running commit");
            release.countDown();
            for (Future<?> read : reads) {
                read.get(5, TimeUnit.SECONDS);
            }
            assertThat(store.stored).hasSize(callers).doesNotHaveDuplicates();
            assertThat(commits.batches())
                    .as("batches for " + callers + " records: " + store.batchSizes)
                    .isLessThanOrEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRecordThatCannotBeStoredRefusesItsCaller() {
        CountDownLatch released = new CountDownLatch(0);
        Durable store = new Durable(released);
        store.failing = true;
        try (GroupCommit<String> commits = new GroupCommit<>("test", 10, 100, store, Thread::new)) {
            assertThatThrownBy(() -> commits.submit("read-1", WAIT))
                    .isInstanceOf(GroupCommit.NotStored.class)
                    .hasRootCauseInstanceOf(SQLException.class);
            assertThat(store.stored).isEmpty();

            store.failing = false;
            assertThat(catchNothing(() -> commits.submit("read-2", WAIT)))
                    .as("the writer survives a failed batch")
                    .isTrue();
            assertThat(store.stored).containsExactly("read-2");
        }
    }

    @Test
    void oneRecordTheStoreRefusesRefusesOnlyItsOwnCallerNotTheOthersOfItsBatch() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        List<String> stored = Collections.synchronizedList(new ArrayList<>());
        GroupCommit.Store<String> refusesPoison = batch -> {
            writing.countDown();
            release.await(10, TimeUnit.SECONDS);
            if (batch.contains("poison")) {
                throw new SQLException("a row the database refuses");
            }
            stored.addAll(batch);
        };
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try (GroupCommit<String> commits = new GroupCommit<>("test", 10, 100, refusesPoison, Thread::new)) {
            // The first record occupies the writer (its store waits for the release); only then do the next two
            // queue up, so they share the next commit.
            Future<?> first = callers.submit(() -> {
                commits.submit("first", WAIT);
                return null;
            });
            assertThat(writing.await(5, TimeUnit.SECONDS))
                    .as("the writer is storing the first record")
                    .isTrue();
            Future<?> good = callers.submit(() -> {
                commits.submit("good", WAIT);
                return null;
            });
            Future<?> poison = callers.submit(() -> {
                commits.submit("poison", WAIT);
                return null;
            });
            awaitQueued(commits, 2, "good and poison wait together for the next commit");
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            good.get(5, TimeUnit.SECONDS);
            assertThatThrownBy(() -> poison.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(GroupCommit.NotStored.class);
            assertThat(stored).containsExactlyInAnyOrder("first", "good");
        } finally {
            callers.shutdownNow();
        }
    }

    /** Polls (bounded) until {@code count} records wait for the writer (it is busy, so none leaves the queue). */
    private static void awaitQueued(GroupCommit<String> commits, int count, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (commits.queued() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(commits.queued()).as(what).isEqualTo(count);
    }

    @Test
    void aFullQueueRefusesAtOnceAndASlowStoreRefusesAfterTheTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Durable store = new Durable(release);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (GroupCommit<String> commits = new GroupCommit<>("test", 1, 1, store, Thread::new)) {
            Future<?> first = pool.submit(() -> {
                commits.submit("in-the-store", WAIT);
                return null;
            });
            assertThat(store.writing.await(5, TimeUnit.SECONDS))
                    .as("taken by the writer, which now waits in store()")
                    .isTrue();
            Future<?> second = pool.submit(() -> {
                commits.submit("queued", WAIT);
                return null;
            });
            awaitQueued(commits, 1, "the second record fills the one-place queue");
            long start = System.nanoTime();
            assertThatThrownBy(() -> commits.submit("one-too-many", WAIT))
                    .isInstanceOf(GroupCommit.NotStored.class)
                    .hasMessageContaining("full");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));

            try (GroupCommit<String> slow = new GroupCommit<>("slow", 10, 10, store, Thread::new)) {
                assertThatThrownBy(() -> slow.submit("slow", Duration.ofMillis(200)))
                        .isInstanceOf(GroupCommit.NotStored.class)
                        .hasMessageContaining("not confirmed");
                release.countDown();
            }

            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            second.get(5, TimeUnit.SECONDS);
            assertThat(store.stored).contains("in-the-store", "queued").doesNotContain("one-too-many");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closingStoresWhatIsQueuedAndRefusesLaterRecords() throws Exception {
        Durable store = new Durable(new CountDownLatch(0));
        GroupCommit<String> commits = new GroupCommit<>("test", 10, 100, store, Thread::new);
        commits.submit("before-close", WAIT);
        commits.close();
        assertThat(store.stored).containsExactly("before-close");
        assertThatThrownBy(() -> commits.submit("after-close", WAIT)).isInstanceOf(GroupCommit.NotStored.class);
        assertThat(store.stored).containsExactly("before-close");
    }

    /**
     * The plate-check log's way (it shared nothing with this writer before): offered records are not waited for, the
     * writer lingers to collect many into one batch, a reader waiting for them cuts the linger short, and a batch the
     * store refuses is counted as a whole.
     */
    @Test
    void offeredRecordsAreCollectedDuringTheLingerCountedWhenRefusedAndAwaitable() throws Exception {
        Durable store = new Durable(new CountDownLatch(0));
        try (GroupCommit<String> commits =
                new GroupCommit<>("test", 100, 100, Duration.ofSeconds(30), false, store, Thread::new)) {
            long start = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                assertThat(commits.offer("check-" + i)).isTrue();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("offering never waits for the store")
                    .isLessThan(Duration.ofSeconds(1));
            Thread.sleep(300);
            assertThat(store.stored).as("still lingering for more").isEmpty();

            commits.awaitStored(5_000);
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .as("a reader cuts the linger short")
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(store.stored).hasSize(10);
            assertThat(store.batchSizes).as("one batch, one transaction").containsExactly(10);

            store.failing = true;
            commits.offer("lost-1");
            commits.offer("lost-2");
            commits.awaitStored(5_000);
            assertThat(commits.failed())
                    .as("the refused batch, counted as a whole")
                    .isEqualTo(2);
            assertThat(store.stored).hasSize(10);
        }
        try (GroupCommit<String> full =
                new GroupCommit<>("full", 1, 1, Duration.ZERO, false, store, runnable -> new Thread(() -> {}))) {
            assertThat(full.offer("fits")).isTrue();
            assertThat(full.offer("does-not"))
                    .as("a full queue refuses at once")
                    .isFalse();
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static boolean catchNothing(Call call) {
        try {
            call.run();
            return true;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
