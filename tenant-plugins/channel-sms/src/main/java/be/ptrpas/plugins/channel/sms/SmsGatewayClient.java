package be.ptrpas.plugins.channel.sms;

import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.messaging.DeliveryStatus;
import be.ptrpas.spi.messaging.SendResult;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Talks to a typical HTTP SMS gateway:
 *
 * <pre>
 * POST {baseUrl}/messages
 * Authorization: Bearer &lt;apiKey&gt;
 * Idempotency-Key: &lt;platform message id&gt;
 * Content-Type: application/json
 *
 * {"from":"PTRPAS","to":"+32470123456","text":"...","reference":"&lt;platform message id&gt;",
 *  "callbackUrl":"&lt;the platform's callback URL for this municipality&gt;"}
 *
 * 201 or 202 {"id":"msg_...","status":"accepted"}
 * </pre>
 *
 * 408, 425, 429 and 5xx answers, time-outs and connection failures are retryable; any other answer means the
 * gateway refused the message for good. The gateway reports replies and delivery to {@code callbackUrl}, see
 * {@link SmsWebhook}.
 */
final class SmsGatewayClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final SmsSettings settings;
    private final URI messagesUrl;
    private final URI callbackUrl;
    // Redirects are not followed: the Bearer token must only ever go to the configured host.
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    SmsGatewayClient(SmsSettings settings, URI callbackUrl) {
        this.settings = settings;
        String base = settings.baseUrl().toString();
        this.messagesUrl = URI.create(base.endsWith("/") ? base + "messages" : base + "/messages");
        this.callbackUrl = callbackUrl;
    }

    /** Lets the HTTP client's threads go once running sends end (the channel is closed). */
    void shutdown() {
        http.shutdown();
    }

    SendResult send(String e164, String text, String messageId) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("from", settings.sender())
                .add("to", e164)
                .add("text", text)
                .add("reference", messageId);
        if (callbackUrl != null) {
            json.add("callbackUrl", callbackUrl.toString());
        }
        byte[] body = json.build().toString().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(messagesUrl)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", messageId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response = exchange(request);
        return interpret(response, messageId);
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw PluginException.temporary("the SMS gateway could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PluginException.temporary("interrupted while sending the SMS", e);
        }
    }

    private static SendResult interpret(HttpResponse<byte[]> response, String messageId) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return accepted(response.body(), messageId);
        }
        String detail = "the SMS gateway answered HTTP " + status + GatewayError.describe(response.body());
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            throw new PluginException(detail, true);
        }
        throw PluginException.permanent(detail);
    }

    /**
     * The gateway took the message. Without a readable id the message still went out; we then keep our own id
     * (which the gateway also has as {@code reference}) rather than sending it a second time.
     */
    private static SendResult accepted(byte[] body, String messageId) {
        try {
            JsonObject answer = JsonInput.asObject(JsonInput.parse(body), "the gateway's answer");
            String id = JsonInput.text(answer, "id").orElse(messageId);
            Optional<String> status = JsonInput.text(answer, "status");
            return new SendResult(
                    id,
                    status.filter("delivered"::equalsIgnoreCase).isPresent()
                            ? DeliveryStatus.DELIVERED
                            : DeliveryStatus.ACCEPTED);
        } catch (JsonException e) {
            return new SendResult(messageId, DeliveryStatus.ACCEPTED);
        }
    }

    /** Pulls a short explanation out of an error answer without trusting its shape. */
    static final class GatewayError {

        private static final int MAX = 200;

        private GatewayError() {}

        static String describe(byte[] body) {
            if (body == null || body.length == 0) {
                return "";
            }
            String message;
            try {
                JsonObject outer = JsonInput.asObject(JsonInput.parse(body), "error");
                JsonObject error = outer.get("error") instanceof JsonObject nested ? nested : outer;
                message = textOrEmpty(error, "message")
                        .or(() -> textOrEmpty(error, "error"))
                        .or(() -> textOrEmpty(error, "detail"))
                        .orElse("");
            } catch (JsonException e) {
                message = new String(body, StandardCharsets.UTF_8);
            }
            message = message.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
            if (message.length() > MAX) {
                message = message.substring(0, MAX) + "...";
            }
            return message.isEmpty() ? "" : ": " + message;
        }

        private static Optional<String> textOrEmpty(JsonObject object, String name) {
            return object.get(name) instanceof JsonString text ? Optional.of(text.getString()) : Optional.empty();
        }
    }
}
