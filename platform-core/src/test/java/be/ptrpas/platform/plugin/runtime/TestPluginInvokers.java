package be.ptrpas.platform.plugin.runtime;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/** A real {@link PluginInvoker} for unit tests of features that call plug-ins, without a container. */
public final class TestPluginInvokers {

    private TestPluginInvokers() {}

    /** Plain threads for managed ones; the tests run outside the container. */
    public static final ManagedThreadFactory PLAIN_THREADS = new ManagedThreadFactory() {
        @Override
        public Thread newThread(Runnable work) {
            return Executors.defaultThreadFactory().newThread(work);
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    };

    /** A started invoker; failures it would show the admin are added to {@code recorded} as "nis kind". */
    public static PluginInvoker started(
            Clock clock, long timeoutMillis, int breakerThreshold, long breakerOpenSeconds, List<String> recorded) {
        PluginInvoker invoker = new PluginInvoker();
        invoker.threads = PLAIN_THREADS;
        List<String> log = recorded == null ? new CopyOnWriteArrayList<>() : recorded;
        invoker.failures = new PluginFailureLog() {
            @Override
            public void record(
                    String nis, String slot, String pluginId, String operation, FailureKind kind, String message) {
                log.add(nis + " " + kind);
            }
        };
        invoker.metrics = new PluginMetrics();
        invoker.timeoutMillis = timeoutMillis;
        invoker.maxConcurrentPerPlugin = 8;
        invoker.breakerThreshold = breakerThreshold;
        invoker.breakerOpenSeconds = breakerOpenSeconds;
        invoker.clock = clock;
        invoker.start();
        return invoker;
    }

    public static void stop(PluginInvoker invoker) {
        invoker.stop();
    }
}
