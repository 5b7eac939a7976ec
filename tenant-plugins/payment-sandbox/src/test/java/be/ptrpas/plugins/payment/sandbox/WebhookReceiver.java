package be.ptrpas.plugins.payment.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real HTTP server on 127.0.0.1 that records the webhooks the sandbox sends. */
final class WebhookReceiver implements AutoCloseable {

    /** One received webhook: its body and the signature header. */
    record Received(byte[] body, String signature, String contentType) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int answerStatus = 204;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/webhook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(
                        in.readAllBytes(),
                        exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                        exchange.getRequestHeaders().getFirst("Content-Type")));
            }
            exchange.sendResponseHeaders(answerStatus, -1);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhook");
    }

    /** Makes the receiver answer with this status from now on, e.g. 500 to play a broken platform. */
    void answerWith(int status) {
        this.answerStatus = status;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Headers as the platform would hand them to parseWebhook. */
    static Map<String, String> headersOf(Received webhook) {
        return Map.of(WebhookSignature.HEADER, webhook.signature(), "Content-Type", webhook.contentType());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
