package be.ptrpas.platform.common.web;

import be.ptrpas.platform.common.problem.ProblemType;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Collects one request body as its bytes arrive, on whichever container thread has them, and never waits for more.
 * Ends in exactly one of: the complete body handed to the API ({@link AsyncContext#dispatch()}), a 413 problem
 * (too large), a 408 problem ({@link #expire()}, the body did not arrive in time), or silence (the client went away).
 */
final class BodyCollector implements ReadListener {

    private static final Logger LOG = Logger.getLogger(BodyCollector.class.getName());

    private final AsyncContext async;
    private final ServletInputStream in;
    private final BufferedBodyRequest request;
    private final long limit;
    private final PendingBodyBudget budget;
    private long reserved;
    private boolean released;
    private final ByteArrayOutputStream body;
    private final byte[] chunk = new byte[8192];
    private final AtomicBoolean finished = new AtomicBoolean();
    private long received;

    BodyCollector(AsyncContext async, ServletInputStream in, BufferedBodyRequest request, long limit, long announced,
                  PendingBodyBudget budget) {
        this.async = async;
        this.budget = budget;
        this.in = in;
        this.request = request;
        this.limit = limit;
        // Small at first: memory follows the bytes that really arrived, not what a client announces.
        this.body = new ByteArrayOutputStream((int) Math.min(Math.max(announced, 64), 16 * 1024));
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (!finished.get() && in.isReady()) {
            int n = in.read(chunk);
            if (n < 0) {
                return; // onAllDataRead follows
            }
            received += n;
            if (received <= limit) {
                if (!reserve(n)) {
                    refuse(ProblemType.SERVICE_UNAVAILABLE, "The platform is receiving too many request bodies at "
                            + "once; retry in a few seconds.", true);
                    return;
                }
                body.write(chunk, 0, n);
            } else if (received > BodyLimits.MAX_SWALLOW_BYTES) {
                refuse(ProblemType.CONTENT_TOO_LARGE, BodyLimits.tooLarge(limit), true);
                return;
            }
            // Between the limit and MAX_SWALLOW_BYTES the rest is read and dropped, so the client sees the 413.
        }
    }

    @Override
    public void onAllDataRead() {
        if (received > limit) {
            refuse(ProblemType.CONTENT_TOO_LARGE, BodyLimits.tooLarge(limit), false);
        } else if (finished.compareAndSet(false, true)) {
            request.receivedBody(body.toByteArray());
            async.dispatch();
        }
    }

    @Override
    public void onError(Throwable failure) {
        // The client closed the connection or the read failed: there is nobody left to answer.
        if (finished.compareAndSet(false, true)) {
            LOG.log(Level.FINE, "Request body not received", failure);
            complete();
        }
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

    /** The body time-out passed: a 408, and the connection closed, since the rest of the body may still come. */
    void expire() {
        refuse(ProblemType.REQUEST_TIMEOUT, "The request body did not arrive in time.", true);
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
