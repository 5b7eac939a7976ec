package be.ptrpas.plugins.payment.sandbox;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the signed status webhook, as a real provider would after the payer acts. Best effort on purpose: the payer
 * is waiting on the checkout page, and the platform still learns the status when the payer returns and it fetches.
 */
final class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    private final HttpClient http;
    private final WebhookSignature signature;
    private final Duration timeout;

    WebhookSender(WebhookSignature signature, Duration timeout) {
        this.signature = signature;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The body the sandbox sends, also used by tests to build a genuine webhook. */
    static byte[] body(String paymentId, String status, String eventId) {
        return Json.createObjectBuilder()
                .add("id", paymentId)
                .add("status", status)
                .add("eventId", SandboxPayment.orNull(eventId))
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Posts the webhook; returns whether the receiver answered 2xx. Never throws. */
    boolean send(String webhookUrl, String paymentId, String status, String eventId) {
        if (webhookUrl == null) {
            return false;
        }
        byte[] body = body(paymentId, status, eventId);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(webhookUrl))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.HEADER, signature.sign(body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            int answer =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (answer / 100 != 2) {
                LOG.log(Level.INFO, "sandbox webhook for {0} answered {1}", new Object[] {paymentId, answer});
            }
            return answer / 100 == 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "sandbox webhook for {0} failed: {1}", new Object[] {paymentId, e.toString()});
            return false;
        }
    }
}
