package be.ptrpas.platform.plugin.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.ptrpas.spi.PluginException;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A vendor's reply never reaches the caller: it may come from any address an admin typed in. */
class PluginInvokerTest {

    static final String VENDOR_REPLY = "<html>internal admin console of 10.0.0.7: root password hunter2</html>";

    final List<String> recorded = new ArrayList<>();
    PluginInvoker invoker;

    @BeforeEach
    void start() {
        invoker = new PluginInvoker();
        invoker.threads = new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable work) {
                return Executors.defaultThreadFactory().newThread(work);
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                throw new UnsupportedOperationException();
            }
        };
        invoker.failures = new PluginFailureLog() {
            @Override
            public void record(
                    String nis, String slot, String pluginId, String operation, FailureKind kind, String message) {
                recorded.add(message);
            }
        };
        invoker.metrics = new PluginMetrics(); // not registered: counts nothing, as without a metric registry
        invoker.timeoutMillis = 2000;
        invoker.maxConcurrentPerPlugin = 4;
        invoker.breakerThreshold = 5;
        invoker.breakerOpenSeconds = 30;
        invoker.clock = Clock.systemUTC();
        invoker.start();
    }

    @AfterEach
    void stop() {
        invoker.stop();
    }

    @Test
    void aRefusalQuotingTheVendorIsToldAsAReferenceOnly() {
        PluginCallException refused = catchThrowableOfType(
                PluginCallException.class,
                () -> invoker.call(target(), "send", () -> {
                    throw new PluginException("gateway answered 400: " + VENDOR_REPLY, false);
                }));
        assertThat(refused.kind()).isEqualTo(FailureKind.REFUSED);
        assertThat(refused.getMessage())
                .doesNotContain("hunter2", "gateway answered")
                .containsPattern("ref [0-9a-f-]{13}");
        assertThat(recorded)
                .singleElement()
                .asString()
                .doesNotContain("hunter2")
                .isEqualTo(refused.getMessage());
    }

    @Test
    void aFailureQuotingTheVendorIsToldAsAReferenceOnly() {
        PluginCallException failed = catchThrowableOfType(
                PluginCallException.class,
                () -> invoker.call(target(), "send", () -> {
                    throw new IllegalStateException("gateway answered 502: " + VENDOR_REPLY);
                }));
        assertThat(failed.kind()).isEqualTo(FailureKind.ERROR);
        assertThat(failed.getMessage()).doesNotContain("hunter2").contains("ref ");
        assertThat(recorded).allSatisfy(message -> assertThat(message).doesNotContain("hunter2"));
    }

    static PluginInvoker.Target target() {
        return new PluginInvoker.Target("71016", "sms", "channel-sms");
    }
}
