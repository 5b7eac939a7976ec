package be.ptrpas.platform.common.web;

import be.ptrpas.platform.common.problem.ProblemType;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Collects one request body with blocking reads on a virtual thread of its own ({@link #readAll()}), so that a slow or
 * absent body holds no request thread. Ends in exactly one of: the complete body handed to the API
 * ({@link AsyncContext#dispatch()}), a 413 problem (too large), a 503 (too many bodies in memory), a 408 problem
 * ({@link #deadlinePassed}, the body did not arrive in time), or silence (the client went away).
 *
 * <p>Why not the Servlet's non-blocking {@code ReadListener}: with Payara 7's Grizzly it mixed up bytes between
 * requests under load. Four senders posting 100–150 KB scan batches on a busy 2-core machine saw about 5 % of their
 * batches fail (a 400 "not genuine" for a correctly signed body, a 408 for a body sent whole, a connection closed
 * without an answer, and Grizzly failing to parse the next request's headers), while the same senders against the
 * build without this filter, and small bodies (which never took this path), saw none. A blocking read from a thread of
 * our own is the Servlet 3.0 way of async reading and does not go through that machinery; on Java 21+ a virtual thread
 * blocked in a read costs a few kilobytes, not a platform thread.
 *
 * <p>The reading thread and the deadline's thread meet only in the synchronized methods; the blocking read itself
 * holds no lock.
 */
final class BodyCollector {

    private static final Logger LOG = Logger.getLogger(BodyCollector.class.getName());

    private final AsyncContext async;
    private final ServletInputStream in;
    private final BufferedBodyRequest request;
    private final long limit;
    private final PendingBodyBudget budget;
    private long reserved;
    private boolean released;
    private final ByteArrayOutputStream body;
    private final AtomicBoolean finished = new AtomicBoolean();
    private long received;
    private long receivedAtLastDeadline;
    private int deadlinesPassed;

    BodyCollector(
            AsyncContext async,
            ServletInputStream in,
            BufferedBodyRequest request,
            long limit,
            long announced,
            PendingBodyBudget budget) {
        this.async = async;
        this.budget = budget;
        this.in = in;
        this.request = request;
        this.limit = limit;
        // Small at first: memory follows the bytes that really arrived, not what a client announces.
        this.body = new ByteArrayOutputStream((int) Math.min(Math.max(announced, 64), 16 * 1024));
    }

    /** Reads the body to its end (blocking; run it on a thread of its own) and answers or hands it on. */
    void readAll() {
        byte[] chunk = new byte[8192];
        try {
            int n;
            while (!finished.get() && (n = in.read(chunk)) >= 0) {
                if (n > 0 && !accept(chunk, n)) {
                    return;
                }
            }
            allRead();
        } catch (IOException | RuntimeException e) {
            // The client closed the connection, or a refusal closed it under this read: nobody is left to answer.
            if (finished.compareAndSet(false, true)) {
                LOG.log(Level.FINE, "Request body not received", e);
                complete();
            }
        }
    }

    private synchronized boolean accept(byte[] chunk, int n) {
        if (finished.get()) {
            return false;
        }
        received += n;
        if (received <= limit) {
            if (!reserve(n)) {
                refuse(
                        ProblemType.SERVICE_UNAVAILABLE,
                        "The platform is receiving too many request bodies at " + "once; retry in a few seconds.",
                        true);
                return false;
            }
            body.write(chunk, 0, n);
        } else if (received > BodyLimits.MAX_SWALLOW_BYTES) {
            refuse(ProblemType.CONTENT_TOO_LARGE, BodyLimits.tooLarge(limit), true);
            return false;
        }
        // Between the limit and MAX_SWALLOW_BYTES the rest is read and dropped, so the client sees the 413.
        return true;
    }

    private synchronized void allRead() {
        if (received > limit) {
            refuse(ProblemType.CONTENT_TOO_LARGE, BodyLimits.tooLarge(limit), false);
        } else if (finished.compareAndSet(false, true)) {
            request.receivedBody(body.toByteArray());
            async.dispatch();
        }
    }

    /**
     * The body time-out passed. A body that grew since the last deadline gets another period, up to
     * {@code maxPeriods} in all (a client on a slow line holds no thread, only its socket and the bytes it sent); a
     * body that stopped arriving gets a 408, and the connection is closed, since the rest of it may still come.
     *
     * @return whether the body deadline is to be set once more
     */
    synchronized boolean deadlinePassed(int maxPeriods) {
        if (finished.get()) {
            return false;
        }
        deadlinesPassed++;
        boolean arriving = received > receivedAtLastDeadline;
        receivedAtLastDeadline = received;
        if (arriving && deadlinesPassed < maxPeriods) {
            return true;
        }
        refuse(ProblemType.REQUEST_TIMEOUT, "The request body did not arrive in time.", true);
        return false;
    }

    /** Bytes read so far. */
    synchronized long received() {
        return received;
    }

    private synchronized boolean reserve(int bytes) {
        if (released || !budget.reserve(bytes)) {
            return false;
        }
        reserved += bytes;
        return true;
    }

    /** The request is answered: its body no longer counts against the budget. */
    synchronized void release() {
        released = true;
        budget.release(reserved);
        reserved = 0;
    }

    private void refuse(ProblemType type, String detail, boolean close) {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        try {
            HttpServletResponse response = (HttpServletResponse) async.getResponse();
            if (close) {
                response.setHeader("Connection", "close");
            }
            ServletProblems.write(response, type, detail, request.getRequestURI());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Refusal not delivered", e);
        } finally {
            complete();
        }
    }

    private void complete() {
        try {
            async.complete();
        } catch (IllegalStateException e) {
            LOG.log(Level.FINE, "Request already completed", e);
        }
    }
}
