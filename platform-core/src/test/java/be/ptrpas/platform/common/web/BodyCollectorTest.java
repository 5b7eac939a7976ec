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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/**
 * {@link BodyCollector}: the body read to its end is handed on; the deadline refuses a body that stopped arriving, gives
 * one still arriving another period, and refuses one that trickles past its last period; a refusal unblocks the reader
 * without a second answer.
 */
class BodyCollectorTest {

    private static final byte[] BODY = "{\"observations\":[]}".getBytes(StandardCharsets.UTF_8);

    private final Network network = new Network();
    private final Calls calls = new Calls();
    private final BufferedBodyRequest request = new BufferedBodyRequest(proxy(HttpServletRequest.class, calls));
    private final BodyCollector collector = new BodyCollector(
            proxy(AsyncContext.class, calls),
            network,
            request,
            1_000_000,
            BODY.length,
            new PendingBodyBudget(1_000_000));

    @Test
    void aBodyReadToItsEndIsHandedOnOnce() throws InterruptedException {
        Thread reader = Thread.ofVirtual().start(collector::readAll);
        network.arrive(Arrays.copyOfRange(BODY, 0, 5));
        network.arrive(Arrays.copyOfRange(BODY, 5, BODY.length));
        network.end();
        reader.join(5_000);

        assertThat(reader.isAlive()).isFalse();
        assertThat(calls.names()).contains("dispatch").doesNotContain("complete");
        assertThat(bodyOf(request)).isEqualTo(BODY);
        assertThat(collector.deadlinePassed(3)).isFalse();
        assertThat(calls.names()).doesNotContain("complete");
    }

    @Test
    void aBodyThatNeverStartedGetsTheTimeoutAndAClosedConnectionAndItsReaderEnds() throws InterruptedException {
        Thread reader = Thread.ofVirtual().start(collector::readAll);

        assertThat(collector.deadlinePassed(3)).isFalse();
        assertThat(calls.names()).contains("complete").doesNotContain("dispatch");
        assertThat(calls.headers).containsEntry("Connection", "close");

        network.closedByServer(); // what closing the connection does to a read blocked on it
        reader.join(5_000);
        assertThat(reader.isAlive()).isFalse();
        assertThat(calls.names().stream().filter("complete"::equals).count()).isEqualTo(1);
    }

    @Test
    void aBodyStillArrivingGetsAnotherPeriodAndIsRefusedOnceItStops() throws InterruptedException {
        Thread reader = Thread.ofVirtual().start(collector::readAll);
        network.arrive(new byte[] {'{'});
        awaitReceived(1);

        assertThat(collector.deadlinePassed(3)).isTrue();
        assertThat(collector.deadlinePassed(3)).isFalse();
        assertThat(calls.names()).contains("complete").doesNotContain("dispatch");
        network.closedByServer();
        reader.join(5_000);
    }

    @Test
    void aBodyTricklingInForeverIsRefusedAfterItsLastPeriod() throws InterruptedException {
        Thread reader = Thread.ofVirtual().start(collector::readAll);
        network.arrive(new byte[] {'{'});
        awaitReceived(1);
        assertThat(collector.deadlinePassed(3)).isTrue();
        network.arrive(new byte[] {'"'});
        awaitReceived(2);
        assertThat(collector.deadlinePassed(3)).isTrue();
        network.arrive(new byte[] {'a'});
        awaitReceived(3);

        assertThat(collector.deadlinePassed(3)).isFalse();
        assertThat(calls.names()).contains("complete").doesNotContain("dispatch");
        network.closedByServer();
        reader.join(5_000);
    }

    /** The reader counts what it read on its own thread: a deadline must see it counted. */
    private void awaitReceived(long bytes) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (collector.received() < bytes && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(collector.received()).isEqualTo(bytes);
    }

    private static byte[] bodyOf(BufferedBodyRequest request) {
        try {
            return request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The client's side of the connection: reads block until bytes arrive, the body ends, or the server closes. */
    private static final class Network extends ServletInputStream {
        private static final byte[] END = new byte[0];
        private static final byte[] CLOSED = new byte[0];
        private final BlockingQueue<byte[]> segments = new LinkedBlockingQueue<>();
        private volatile boolean ended;

        void arrive(byte[] bytes) {
            segments.add(bytes);
        }

        void end() {
            segments.add(END);
        }

        void closedByServer() {
            segments.add(CLOSED);
        }

        @Override
        public boolean isFinished() {
            return ended;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("the collector reads blocking");
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("the collector reads chunks");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            byte[] segment;
            try {
                segment = segments.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            if (segment == END) {
                ended = true;
                return -1;
            }
            if (segment == CLOSED) {
                throw new IOException("Connection closed");
            }
            System.arraycopy(segment, 0, buffer, offset, segment.length);
            return segment.length;
        }
    }

    /** What the collector asked of the async context and the response (from the reader's and the test's threads). */
    private static final class Calls {
        private final List<String> names = new CopyOnWriteArrayList<>();
        final Map<String, String> headers = new ConcurrentHashMap<>();
        final ByteArrayOutputStream written = new ByteArrayOutputStream();

        List<String> names() {
            return names;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Calls calls) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            String name = method.getName();
            calls.names().add(name);
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
                        public void setWriteListener(WriteListener listener) {}

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
