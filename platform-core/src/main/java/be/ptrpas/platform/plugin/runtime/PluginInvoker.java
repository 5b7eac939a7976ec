package be.ptrpas.platform.plugin.runtime;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.RejectedRequestException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The only way the platform calls plug-in code. Every call runs on a pool thread with a time-out, inside a bulkhead
 * and a circuit breaker that both belong to one municipality and one plug-in, and inside a try/catch: a slow or
 * broken plug-in of one municipality can neither block a request thread for long nor take capacity from another
 * municipality. Failures are recorded for the municipality's admin ({@link PluginFailureLog}).
 */
@ApplicationScoped
public class PluginInvoker {

    private static final Logger LOG = Logger.getLogger(PluginInvoker.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Clock clock;

    @Inject
    PluginFailureLog failures;

    @Inject
    PluginMetrics metrics;

    @Inject
    @ConfigProperty(name = "ptr.plugins.call-timeout-ms", defaultValue = "10000")
    long timeoutMillis;

    @Inject
    @ConfigProperty(name = "ptr.plugins.max-concurrent-calls", defaultValue = "8")
    int maxConcurrentPerPlugin;

    @Inject
    @ConfigProperty(name = "ptr.plugins.breaker.failures", defaultValue = "5")
    int breakerThreshold;

    @Inject
    @ConfigProperty(name = "ptr.plugins.breaker.open-seconds", defaultValue = "30")
    long breakerOpenSeconds;

    private ThreadPoolExecutor pool;
    private CircuitBreakers breakers;
    private final Map<String, Semaphore> bulkheads = new ConcurrentHashMap<>();

    /** Identifies whose plug-in is called, for breakers, bulkheads and the failure log. */
    public record Target(String nis, String slot, String pluginId) {
        String key() {
            return nis + "|" + pluginId;
        }
    }

    @PostConstruct
    void start() {
        // Managed threads carry the application's context (CDI, JNDI, transactions) for plug-ins that use the store.
        pool = new ThreadPoolExecutor(
                4, 64, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads, new ThreadPoolExecutor.AbortPolicy());
        breakers = new CircuitBreakers(breakerThreshold, Duration.ofSeconds(breakerOpenSeconds), clock);
        metrics.watch(breakers::status);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    public <T> T call(Target target, String operation, Callable<T> work) {
        return call(target, operation, Duration.ofMillis(timeoutMillis), work);
    }

    public <T> T call(Target target, String operation, Duration timeout, Callable<T> work) {
        String key = target.key();
        if (!breakers.tryPass(key)) {
            // Not recorded per call: the open circuit itself is shown to the admin (plugin-status).
            metrics.failed(target, FailureKind.CIRCUIT_OPEN);
            throw new PluginCallException(
                    FailureKind.CIRCUIT_OPEN,
                    target.pluginId(),
                    "the plug-in failed repeatedly; " + "calls are paused until "
                            + breakers.status(key).openUntil(),
                    null);
        }
        Semaphore bulkhead = bulkheads.computeIfAbsent(key, k -> new Semaphore(maxConcurrentPerPlugin));
        if (!bulkhead.tryAcquire()) {
            breakers.release(key);
            metrics.failed(target, FailureKind.BULKHEAD_FULL);
            throw new PluginCallException(
                    FailureKind.BULKHEAD_FULL,
                    target.pluginId(),
                    maxConcurrentPerPlugin + " calls to this plug-in are already running",
                    null);
        }
        Future<T> future;
        AtomicBoolean started = new AtomicBoolean();
        AtomicBoolean released = new AtomicBoolean();
        Runnable releaseOnce = () -> {
            if (released.compareAndSet(false, true)) {
                bulkhead.release();
            }
        };
        try {
            // The task gives the permit back when it really ends: a call that timed out but still hangs in the
            // plug-in keeps counting against this municipality's bulkhead, not against everyone's threads.
            future = pool.submit(() -> {
                started.set(true);
                try {
                    return work.call();
                } finally {
                    releaseOnce.run();
                }
            });
        } catch (RejectedExecutionException e) {
            releaseOnce.run();
            breakers.release(key);
            throw fail(
                    target,
                    operation,
                    FailureKind.BULKHEAD_FULL,
                    "the platform's plug-in threads are all busy",
                    e,
                    false);
        }
        try {
            T result = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            breakers.success(key);
            metrics.succeeded(target);
            return result;
        } catch (TimeoutException e) {
            future.cancel(true);
            if (!started.get()) {
                releaseOnce.run(); // cancelled before it ran: the task's own release will never come
            }
            throw fail(
                    target, operation, FailureKind.TIMEOUT, "no answer within " + timeout.toMillis() + " ms", e, true);
        } catch (InterruptedException e) {
            future.cancel(true);
            if (!started.get()) {
                releaseOnce.run();
            }
            Thread.currentThread().interrupt();
            throw fail(target, operation, FailureKind.TIMEOUT, "interrupted", e, true);
        } catch (ExecutionException e) {
            throw classify(target, operation, e.getCause());
        }
    }

    /** Whether calls for this municipality's plug-in currently go through, and how many failed in a row. */
    public CircuitBreakers.Status breakerStatus(String nis, String pluginId) {
        return breakers.status(nis + "|" + pluginId);
    }

    private PluginCallException classify(Target target, String operation, Throwable cause) {
        if (cause instanceof RejectedRequestException) {
            // A forged or garbled callback: says nothing about the vendor's health, and is not recorded, so that a
            // flood of forged callbacks can neither steer the breaker nor fill the admin's failure list.
            breakers.release(target.key());
            metrics.failed(target, FailureKind.REFUSED);
            return new PluginCallException(FailureKind.REFUSED, target.pluginId(), cause.getMessage(), cause);
        }
        // What a plug-in says about a failure often quotes its vendor's reply, and the vendor is whatever address an
        // admin typed in: told to callers, it would let an admin read any server the platform can reach. The detail
        // goes to the log under a reference; callers, the failure list and stored errors get the reference only.
        String reference = reference();
        String detail = cause == null
                ? "unknown failure"
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        LOG.log(Level.WARNING, "Plug-in {0} of {1} failed in {2} [ref {3}]: {4}", new Object[] {
            target.pluginId(), target.nis(), operation, reference, detail
        });
        if (cause instanceof PluginException plugin && !plugin.isRetryable()
                || cause instanceof IllegalArgumentException) {
            breakers.success(target.key()); // the vendor (or the plug-in) answered: healthy; the request was not
            return fail(
                    target,
                    operation,
                    FailureKind.REFUSED,
                    "the plug-in or its vendor refused the request (ref " + reference + ")",
                    cause,
                    false);
        }
        return fail(
                target,
                operation,
                FailureKind.ERROR,
                "the plug-in or its vendor failed (ref " + reference + ")",
                cause,
                true);
    }

    /** A short random id that ties what a caller is told to the detail in the log. */
    static String reference() {
        return UUID.randomUUID().toString().substring(0, 13);
    }

    private PluginCallException fail(
            Target target,
            String operation,
            FailureKind kind,
            String message,
            Throwable cause,
            boolean countAgainstHealth) {
        if (countAgainstHealth && breakers.failure(target.key())) {
            failures.record(
                    target.nis(),
                    target.slot(),
                    target.pluginId(),
                    operation,
                    FailureKind.CIRCUIT_OPEN,
                    "calls paused for " + breakerOpenSeconds + " s after " + breakerThreshold + " failures in a row");
        }
        failures.record(target.nis(), target.slot(), target.pluginId(), operation, kind, message);
        metrics.failed(target, kind);
        return new PluginCallException(kind, target.pluginId(), message, cause);
    }
}
