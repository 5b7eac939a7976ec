package be.ptrpas.platform.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The body deadline of {@link BodyCollector}: a body whose bytes wait unread is the server's delay and is read, not
 * refused; a body that keeps arriving gets another period; a body that stopped arriving, or that used up its periods,
 * gets the 408 and a closed connection.
 */
class BodyCollectorTest {

    private static final byte[] BODY = "{\"observations\":[]}".getBytes(StandardCharsets.UTF_8);

    private final Network network = new Network();
    private final Calls calls = new Calls();
    private final BufferedBodyRequest request = new BufferedBodyRequest(proxy(HttpServletRequest.class, calls));
    private final BodyCollector collector = new BodyCollector(proxy(AsyncContext.class, calls), network, request,
            1_000_000, BODY.length, new PendingBodyBudget(1_000_000));

    @Test
    void aCompleteBodyWhoseReadNotificationNeverCameIsHandedOnAtTheDeadlineNotRefused() {
        network.arrive(BODY);
        network.end();

        boolean again = collector.deadlinePassed(3);

        assertThat(again).isFalse();
        assertThat(calls.names).contains("dispatch").doesNotContain("complete");
        assertThat(bodyOf(request)).isEqualTo(BODY);
    }

    @Test
    void aBodyThatNeverStartedGetsTheTimeoutAndAClosedConnection() {
        boolean again = collector.deadlinePassed(3);

        assertThat(again).isFalse();
        assertThat(calls.names).contains("complete").doesNotContain("dispatch");
        assertThat(calls.headers).containsEntry("Connection", "close");
    }

    @Test
    void aBodyStillArrivingGetsAnotherPeriodAndIsRefusedOnceItStops() throws IOException {
        network.arrive(new byte[] {'{'});
        assertThat(collector.deadlinePassed(3)).isTrue();

        assertThat(collector.deadlinePassed(3)).isFalse();
        assertThat(calls.names).contains("complete").doesNotContain("dispatch");
    }

    @Test
    void aBodyTricklingInForeverIsRefusedAfterItsLastPeriod() {
        network.arrive(new byte[] {'{'});
        assertThat(collector.deadlinePassed(3)).isTrue();
        network.arrive(new byte[] {'"'});
        assertThat(collector.deadlinePassed(3)).isTrue();
        network.arrive(new byte[] {'a'});

        assertThat(collector.deadlinePassed(3)).isFalse();
        assertThat(calls.names).contains("complete").doesNotContain("dispatch");
    }

    @Test
    void theDeadlineOfAnAnsweredBodyDoesNothing() throws IOException {
        network.arrive(BODY);
        network.end();
        collector.onDataAvailable();
        collector.onAllDataRead();
        calls.names.clear();

        assertThat(collector.deadlinePassed(3)).isFalse();
        assertThat(calls.names).isEmpty();
    }

    private static byte[] bodyOf(BufferedBodyRequest request) {
        try {
            return request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes the client has sent so far; the container's read notifications are not simulated (that is the point). */
    private static final class Network extends ServletInputStream {
        private final Deque<Byte> waiting = new ArrayDeque<>();
        private boolean ended;

        void arrive(byte[] bytes) {
            for (byte b : bytes) {
                waiting.add(b);
            }
        }

        void end() {
            ended = true;
        }

        @Override
        public boolean isFinished() {
            return ended && waiting.isEmpty();
        }

        @Override
        public boolean isReady() {
            return !waiting.isEmpty();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            // the collector is called directly in these tests
        }

        @Override
        public int read() {
            if (waiting.isEmpty()) {
                return -1;
            }
            return waiting.poll() & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (waiting.isEmpty()) {
                return ended ? -1 : 0;
            }
            int n = 0;
            while (n < length && !waiting.isEmpty()) {
                buffer[offset + n++] = waiting.poll();
            }
            return n;
        }
    }

    /** What the collector asked of the async context and the response. */
    private static final class Calls {
        final List<String> names = new ArrayList<>();
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Calls calls) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            String name = method.getName();
            calls.names.add(name);
            switch (name) {
                case "getResponse":
                    return proxy(HttpServletResponse.class, calls);
                case "setHeader":
                    calls.headers.put((String) args[0], (String) args[1]);
                    return null;
                case "getRequestURI":
                    return "/api/v1/callbacks/71016/enforcement";
                case "getOutputStream":
                    return new ServletOutputStream() {
                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setWriteListener(WriteListener listener) {
                        }

                        @Override
                        public void write(int b) {
                            calls.written.write(b);
                        }
                    };
                case "hashCode":
                    return System.identityHashCode(self);
                case "equals":
                    return self == args[0];
                case "toString":
                    return type.getSimpleName();
                default:
                    Class<?> returned = method.getReturnType();
                    if (returned == boolean.class) {
                        return false;
                    }
                    if (returned == int.class || returned == long.class) {
                        return returned == int.class ? (Object) 0 : (Object) 0L;
                    }
                    return null;
            }
        });
    }
}
