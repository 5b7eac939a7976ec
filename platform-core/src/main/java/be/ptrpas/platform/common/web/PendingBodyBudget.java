package be.ptrpas.platform.common.web;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes of request bodies held in memory while they arrive, across all requests. Reading bodies without threads
 * leaves memory as the limit an attacker can reach (many sockets, each just short of the body limit): past the budget
 * new bytes are refused with a 503 rather than buffered.
 */
final class PendingBodyBudget {

    private final long max;
    private final AtomicLong used = new AtomicLong();

    PendingBodyBudget(long max) {
        this.max = max;
    }

    boolean reserve(long bytes) {
        if (used.addAndGet(bytes) <= max) {
            return true;
        }
        used.addAndGet(-bytes);
        return false;
    }

    void release(long bytes) {
        used.addAndGet(-bytes);
    }
}
