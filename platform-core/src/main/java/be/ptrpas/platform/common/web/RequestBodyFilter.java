package be.ptrpas.platform.common.web;

import be.ptrpas.platform.common.problem.ProblemType;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads request bodies without holding a request thread. A client that announces a body and sends it slowly, or never,
 * used to keep one of the few request threads blocked in a read for Grizzly's 30 s read time-out: a hundred anonymous
 * sockets stalled every other request, the public reads included. Here such a request is suspended (Servlet async),
 * its body read by a {@link BodyCollector} on a virtual thread of its own, and only a complete body is handed to the
 * API, on the container's async threads. A body that does not arrive within {@code ptr.http.body-timeout-seconds} gets a 408
 * problem. Requests without a body, the plate check among them, and bodies already received whole with their headers
 * go straight on, on their request thread.
 *
 * <p>CONNECT and TRACE are refused at once: the container would otherwise read a CONNECT's tunnel as an endless body.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC})
public class RequestBodyFilter extends HttpFilter {

    @Inject
    BodyLimits limits;

    @Inject
    @ConfigProperty(name = "ptr.http.body-timeout-seconds", defaultValue = "20")
    long bodyTimeoutSeconds;

    /** Request bodies held in memory while they arrive, all requests together. */
    @Inject
    @ConfigProperty(name = "ptr.http.max-pending-body-bytes", defaultValue = "134217728")
    long maxPendingBodyBytes;

    private PendingBodyBudget budget;

    /** Body reads block a virtual thread each, not one of the few request threads (see {@link BodyCollector}). */
    private static final ThreadFactory BODY_READERS =
            Thread.ofVirtual().name("request-body-", 0).factory();

    /** A body still arriving at its deadline gets another period, this many in all (a slow client holds no thread). */
    static final int MAX_BODY_PERIODS = 3;

    /** Backstop for the container's async time-out: the longest the API may work on a body that arrived late. */
    static final long PROCESSING_ALLOWANCE_MILLIS = TimeUnit.MINUTES.toMillis(10);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    /**
     * Payara does not start a CDI request context for an async dispatch; the API's request-scoped beans need one. A
     * controller of its own per dispatch: a controller remembers whether it activated the context, so one shared by
     * this (singleton) filter could leave a context active on a pooled thread for the next request.
     */
    @Inject
    Instance<RequestContextController> requestContexts;

    @Override
    public void init() {
        budget = new PendingBodyBudget(maxPendingBodyBytes);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            withRequestContext(request, response, chain);
            return;
        }
        String method = request.getMethod();
        if ("CONNECT".equals(method) || "TRACE".equals(method)) {
            response.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
            ServletProblems.write(
                    response, ProblemType.METHOD_NOT_ALLOWED, method + " is not served here.", request.getRequestURI());
            return;
        }
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (length <= 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        // available() only counts bytes already received: a body that came with its headers needs no waiting.
        if ((!chunked && request.getInputStream().available() >= length)
                || !request.isAsyncSupported()
                || !plainHttp1(request)) {
            chain.doFilter(request, response);
            return;
        }
        long limit = limitFor(request);
        if (length > limit && length > BodyLimits.MAX_SWALLOW_BYTES) {
            // Reading that much only to refuse it would serve an attacker; close the connection instead.
            response.setHeader("Connection", "close");
            ServletProblems.write(
                    response, ProblemType.CONTENT_TOO_LARGE, BodyLimits.tooLarge(limit), request.getRequestURI());
            return;
        }
        BufferedBodyRequest buffered = new BufferedBodyRequest(request);
        AsyncContext async = request.startAsync(buffered, response);
        // The container's own async time-out would also run out during the API's work on a body that arrived late,
        // and answer 500 in the middle of it; the body deadline is therefore kept here, the container's is a backstop.
        async.setTimeout(
                TimeUnit.SECONDS.toMillis(bodyTimeoutSeconds) * MAX_BODY_PERIODS + PROCESSING_ALLOWANCE_MILLIS);
        BodyCollector collector = new BodyCollector(async, request.getInputStream(), buffered, limit, length, budget);
        BodyDeadline deadline = new BodyDeadline(collector);
        async.addListener(new WhenAnswered(deadline, collector));
        deadline.schedule();
        BODY_READERS.newThread(collector::readAll).start();
    }

    /**
     * The body's deadline: {@code ptr.http.body-timeout-seconds}, set again while the body keeps arriving (see
     * {@link BodyCollector#deadlinePassed}), at most {@link #MAX_BODY_PERIODS} times in all.
     */
    private final class BodyDeadline {
        private final BodyCollector collector;
        private ScheduledFuture<?> next;
        private boolean cancelled;

        BodyDeadline(BodyCollector collector) {
            this.collector = collector;
        }

        synchronized void schedule() {
            if (!cancelled) {
                next = scheduler.schedule(this::passed, bodyTimeoutSeconds, TimeUnit.SECONDS);
            }
        }

        private void passed() {
            if (collector.deadlinePassed(MAX_BODY_PERIODS)) {
                schedule();
            }
        }

        synchronized void cancel() {
            cancelled = true;
            if (next != null) {
                next.cancel(false);
            }
        }
    }

    /**
     * Grizzly's HTTP/2 (a request upgrading with {@code Upgrade: h2c}, or a stream of an HTTP/2 connection) broke with
     * bodies read this way: Java's HttpClient, which upgrades by default, got its connection closed without an answer.
     * Those keep the blocking read, as before.
     */
    private static boolean plainHttp1(HttpServletRequest request) {
        String protocol = request.getProtocol();
        return ("HTTP/1.1".equals(protocol) || "HTTP/1.0".equals(protocol)) && request.getHeader("Upgrade") == null;
    }

    private void withRequestContext(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestContextController requestContext = requestContexts.get();
        boolean activated = requestContext.activate();
        try {
            chain.doFilter(request, response);
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
            requestContexts.destroy(requestContext);
        }
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return limits.forApiPath(path.startsWith("/api/") ? path.substring(5) : path);
    }

    /** Drops the body deadline and frees the body's memory budget once the request is answered, whichever way. */
    private record WhenAnswered(BodyDeadline deadline, BodyCollector collector) implements AsyncListener {
        @Override
        public void onComplete(AsyncEvent event) {
            deadline.cancel();
            collector.release();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            deadline.cancel();
        }

        @Override
        public void onError(AsyncEvent event) {
            deadline.cancel();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // the API does not suspend requests itself; nothing to carry over
        }
    }
}
