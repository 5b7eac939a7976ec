package be.ptrpas.platform.audit;

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
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit: callers hand in records and wait until theirs is stored; one writer thread stores whatever has queued
 * up in one batch and one transaction. No linger: while one batch is being committed the next callers queue, so under
 * load batches grow by themselves and the commits per second stay few, while a lone caller waits for just one commit
 * (about a millisecond on PostgreSQL). {@link #submit} returns only once the store has returned for the batch holding
 * the record, so a caller that answers after it never answers for a record a crash could still lose; a record that
 * cannot be stored (queue full, store failing, no confirmation in time) makes {@link #submit} throw — nothing is
 * dropped silently.
 */
final class GroupCommit<T> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

    /** Stores one batch durably (e.g. one committed transaction), or throws. */
    @FunctionalInterface
    interface Store<T> {
        void store(List<T> batch) throws Exception;
    }

    /** The record was not stored, so whatever it vouches for must not happen. */
    static final class NotStored extends Exception {
        NotStored(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Pending<T>(T record, CompletableFuture<Void> stored) {
    }

    private final BlockingQueue<Pending<T>> queue;
    private final int maxBatch;
    private final Store<T> store;
    private final Thread writer;
    private final AtomicLong batches = new AtomicLong();
    private volatile boolean stopping;

    GroupCommit(String name, int capacity, int maxBatch, Store<T> store, ThreadFactory threads) {
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
        this.maxBatch = Math.max(1, maxBatch);
        this.store = store;
        this.writer = threads.newThread(this::run);
        writer.setName(name);
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues the record and waits until the batch holding it is stored; throws if it is not stored in time. */
    void submit(T record, Duration timeout) throws NotStored {
        if (stopping) {
            throw new NotStored("shutting down", null);
        }
        Pending<T> pending = new Pending<>(record, new CompletableFuture<>());
        if (!queue.offer(pending)) {
            throw new NotStored("the queue is full (" + (queue.size() + queue.remainingCapacity()) + ")", null);
        }
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
        }
    }

    /** Batches stored so far (each one transaction). */
    long batches() {
        return batches.get();
    }

    private void run() {
        List<Pending<T>> batch = new ArrayList<>(maxBatch);
        while (!stopping || !queue.isEmpty()) {
            try {
                Pending<T> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                storeAndAnswer(batch);
            } catch (InterruptedException e) {
                if (!stopping) {
                    Thread.currentThread().interrupt();
                    failAll(new IllegalStateException("writer interrupted"));
                    return;
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void storeAndAnswer(List<Pending<T>> batch) {
        try {
            store.store(batch.stream().map(Pending::record).toList());
            batches.incrementAndGet();
            batch.forEach(p -> p.stored().complete(null));
        } catch (Exception | Error e) {
            if (batch.size() == 1) {
                LOG.log(Level.WARNING, writer.getName() + ": a record was not stored; its caller is refused", e);
                batch.get(0).stored().completeExceptionally(e);
                return;
            }
            // One record the store refuses (or one municipality's row-level check) must not refuse every caller that
            // happened to share its commit: each is tried alone, and only those that fail again are refused.
            LOG.log(Level.INFO, writer.getName() + ": a batch of " + batch.size() + " was not stored; storing one by one", e);
            for (Pending<T> pending : batch) {
                storeAndAnswer(List.of(pending));
            }
        }
    }

    /** For tests: records waiting for the writer. */
    int queued() {
        return queue.size();
    }

    private void failAll(Throwable cause) {
        List<Pending<T>> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.stored().completeExceptionally(cause));
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
        failAll(new IllegalStateException("shut down"));
    }
}
