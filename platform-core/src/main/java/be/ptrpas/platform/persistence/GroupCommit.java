package be.ptrpas.platform.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The platform's one batched durable writer: callers hand in records, one writer thread stores whatever has queued up
 * in one batch and one transaction. Two ways to hand a record in:
 * <ul>
 * <li>{@link #submit} waits until the batch holding the record is stored (the read audit: an answer is sent only
 * after its record is committed). No linger is needed: while one batch is being committed the next callers queue, so
 * under load batches grow by themselves, while a lone caller waits for just one commit (about a millisecond on
 * PostgreSQL). A record that cannot be stored (queue full, store failing, no confirmation in time) makes
 * {@link #submit} throw — nothing is dropped silently.</li>
 * <li>{@link #offer} never waits (the plate-check log, on the hottest path): a full queue is the caller's to count, a
 * batch that cannot be stored is counted in {@link #failed}. With a linger the writer keeps collecting for a moment
 * before it stores, so that entries of hundreds of municipalities cost a few statements each instead of two per
 * entry; anyone waiting in {@link #awaitStored} cuts the moment short.</li>
 * </ul>
 */
public final class GroupCommit<T> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());
    private static final long LINGER_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /** Stores one batch durably (e.g. one committed transaction), or throws. */
    @FunctionalInterface
    public interface Store<T> {
        void store(List<T> batch) throws Exception;
    }

    /** The record was not stored, so whatever it vouches for must not happen. */
    public static final class NotStored extends Exception {
        NotStored(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A record, and its waiting caller's answer (none for an offered record). */
    private record Pending<T>(T record, CompletableFuture<Void> stored) {}

    private final BlockingQueue<Pending<T>> queue;
    private final int maxBatch;
    private final long lingerNanos;
    private final boolean isolateFailures;
    private final Store<T> store;
    private final Thread writer;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong enqueued = new AtomicLong();
    private final AtomicLong finished = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicInteger waiting = new AtomicInteger();
    private final Object progress = new Object();
    private volatile boolean stopping;

    /** No linger; a batch the store refuses is tried again one record at a time (see {@link #storeAndAnswer}). */
    public GroupCommit(String name, int capacity, int maxBatch, Store<T> store, ThreadFactory threads) {
        this(name, capacity, maxBatch, Duration.ZERO, true, store, threads);
    }

    /**
     * @param linger          how long the writer keeps collecting after the first record of a batch
     * @param isolateFailures whether a refused batch is tried again one record at a time, so that one bad record fails
     *                        only itself; without, the whole batch counts as failed (cheaper when the database is down)
     */
    public GroupCommit(
            String name,
            int capacity,
            int maxBatch,
            Duration linger,
            boolean isolateFailures,
            Store<T> store,
            ThreadFactory threads) {
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
        this.maxBatch = Math.max(1, maxBatch);
        this.lingerNanos = linger.toNanos();
        this.isolateFailures = isolateFailures;
        this.store = store;
        this.writer = threads.newThread(this::run);
        writer.setName(name);
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues the record and waits until the batch holding it is stored; throws if it is not stored in time. */
    public void submit(T record, Duration timeout) throws NotStored {
        if (stopping) {
            throw new NotStored("shutting down", null);
        }
        Pending<T> pending = new Pending<>(record, new CompletableFuture<>());
        if (!queue.offer(pending)) {
            throw new NotStored("the queue is full (" + (queue.size() + queue.remainingCapacity()) + ")", null);
        }
        enqueued.incrementAndGet();
        waiting.incrementAndGet();
        try {
            pending.stored().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new NotStored("the batch could not be stored", e.getCause());
        } catch (TimeoutException e) {
            // It may still be stored later: a record too many is harmless, an answer without its record is not.
            throw new NotStored("not confirmed within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotStored("interrupted while waiting", e);
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Queues the record without waiting; false when the queue is full (or shutting down). Never blocks. */
    public boolean offer(T record) {
        if (stopping || !queue.offer(new Pending<>(record, null))) {
            return false;
        }
        enqueued.incrementAndGet();
        return true;
    }

    /** Waits (at most the given time) until every record queued before this call has been stored or given up on. */
    public void awaitStored(long timeoutMillis) {
        long target = enqueued.get();
        long deadline = System.nanoTime() / 1_000_000 + timeoutMillis;
        waiting.incrementAndGet();
        try {
            synchronized (progress) {
                long left;
                while (finished.get() < target && (left = deadline - System.nanoTime() / 1_000_000) > 0) {
                    try {
                        progress.wait(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Records whose batch could not be stored, so far (offered ones are not told otherwise). */
    public long failed() {
        return failed.get();
    }

    /** Batches stored so far (each one transaction). */
    long batches() {
        return batches.get();
    }

    /** For tests: records waiting for the writer. */
    int queued() {
        return queue.size();
    }

    private void run() {
        List<Pending<T>> batch = new ArrayList<>(Math.min(maxBatch, 1_024));
        while (!stopping || !queue.isEmpty()) {
            try {
                Pending<T> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                linger(batch);
                storeAndAnswer(batch);
            } catch (InterruptedException e) {
                if (!stopping) {
                    Thread.currentThread().interrupt();
                    failAll(new IllegalStateException("writer interrupted"));
                    return;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, writer.getName() + ": writer", e);
            } finally {
                if (!batch.isEmpty()) {
                    finished.addAndGet(batch.size());
                    batch.clear();
                    synchronized (progress) {
                        progress.notifyAll();
                    }
                }
            }
        }
    }

    /** Keeps collecting for the linger, unless the batch is full, someone waits, or the platform stops. */
    private void linger(List<Pending<T>> batch) throws InterruptedException {
        if (lingerNanos <= 0) {
            return;
        }
        long until = System.nanoTime() + lingerNanos;
        long left;
        while (batch.size() < maxBatch && waiting.get() == 0 && !stopping && (left = until - System.nanoTime()) > 0) {
            // In short slices, so that a reader who starts waiting is noticed within one.
            Pending<T> next = queue.poll(Math.min(left, LINGER_SLICE_NANOS), TimeUnit.NANOSECONDS);
            if (next != null) {
                batch.add(next);
                queue.drainTo(batch, maxBatch - batch.size());
            }
        }
    }

    private void storeAndAnswer(List<Pending<T>> batch) {
        try {
            store.store(batch.stream().map(Pending::record).toList());
            batches.incrementAndGet();
            batch.forEach(p -> answer(p, null));
        } catch (Exception | Error e) {
            if (batch.size() == 1 || !isolateFailures) {
                long n = failed.addAndGet(batch.size());
                LOG.log(
                        Level.WARNING,
                        writer.getName() + ": " + batch.size() + " record(s) not stored (" + n
                                + " so far); their callers are refused",
                        e);
                batch.forEach(p -> answer(p, e));
                return;
            }
            // One record the store refuses (or one municipality's row-level check) must not refuse every caller that
            // happened to share its commit: each is tried alone, and only those that fail again are refused.
            LOG.log(
                    Level.INFO,
                    writer.getName() + ": a batch of " + batch.size() + " was not stored; storing one by one",
                    e);
            for (Pending<T> pending : batch) {
                storeAndAnswer(List.of(pending));
            }
        }
    }

    private static <T> void answer(Pending<T> pending, Throwable failure) {
        if (pending.stored() == null) {
            return;
        }
        if (failure == null) {
            pending.stored().complete(null);
        } else {
            pending.stored().completeExceptionally(failure);
        }
    }

    private void failAll(Throwable cause) {
        List<Pending<T>> left = new ArrayList<>();
        queue.drainTo(left);
        failed.addAndGet(left.size());
        left.forEach(p -> answer(p, cause));
        finished.addAndGet(left.size());
    }

    /** Stores what is queued (waiting at most a few seconds), then refuses whatever is left. */
    @Override
    public void close() {
        stopping = true;
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int left = queue.size();
        failAll(new IllegalStateException("shut down"));
        if (left > 0) {
            LOG.warning(writer.getName() + ": " + left + " record(s) still queued at shut-down were not stored");
        }
    }
}
