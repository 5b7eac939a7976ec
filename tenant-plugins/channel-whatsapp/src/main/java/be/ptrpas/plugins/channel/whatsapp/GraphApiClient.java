package be.ptrpas.plugins.channel.whatsapp;

import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.messaging.DeliveryStatus;
import be.ptrpas.spi.messaging.InvalidRecipientException;
import be.ptrpas.spi.messaging.SendResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends template messages through the WhatsApp Business Cloud API:
 *
 * <pre>
 * POST {graphBaseUrl}/{apiVersion}/{phoneNumberId}/messages
 * Authorization: Bearer &lt;accessToken&gt;
 *
 * {"messaging_product":"whatsapp","recipient_type":"individual","to":"32470123456","type":"template",
 *  "biz_opaque_callback_data":"&lt;platform message id&gt;",
 *  "template":{"name":"ptr_betaalverzoek","language":{"code":"nl"},
 *              "components":[{"type":"body","parameters":[{"type":"text","text":"24,50"}, ...]}]}}
 *
 * 200 {"messaging_product":"whatsapp","contacts":[...],"messages":[{"id":"wamid.HBgL..."}]}
 * </pre>
 *
 * HTTP 5xx, 408, 429, throttling codes and network failures are retryable; error 131026 (and other "cannot reach
 * this recipient" codes) is an invalid recipient; any other refusal is final.
 */
final class GraphApiClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final WhatsAppSettings settings;
    private final URI messagesUrl;
    // Redirects are not followed: the access token must only ever go to the configured host.
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    GraphApiClient(WhatsAppSettings settings) {
        this.settings = settings;
        String base = settings.graphBaseUrl().toString().replaceAll("/+$", "");
        this.messagesUrl =
                URI.create(base + "/" + settings.apiVersion() + "/" + settings.phoneNumberId() + "/messages");
    }

    /** Lets the HTTP client's threads go once running sends end (the channel is closed). */
    void shutdown() {
        http.shutdown();
    }

    SendResult send(String waId, TemplateMessage message, String messageId) {
        JsonObjectBuilder template = Json.createObjectBuilder()
                .add("name", message.name())
                .add("language", Json.createObjectBuilder().add("code", message.languageCode()));
        if (!message.parameters().isEmpty()) {
            JsonArrayBuilder parameters = Json.createArrayBuilder();
            for (String text : message.parameters()) {
                parameters.add(Json.createObjectBuilder().add("type", "text").add("text", text));
            }
            template.add(
                    "components",
                    Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("type", "body").add("parameters", parameters)));
        }
        JsonObject json = Json.createObjectBuilder()
                .add("messaging_product", "whatsapp")
                .add("recipient_type", "individual")
                .add("to", waId)
                .add("type", "template")
                // Meta echoes this in status webhooks; it ties a status to our message even without the wamid.
                .add("biz_opaque_callback_data", messageId.length() > 512 ? messageId.substring(0, 512) : messageId)
                .add("template", template)
                .build();
        byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(messagesUrl)
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + settings.accessToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return interpret(exchange(request), waId, messageId);
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw PluginException.temporary("the WhatsApp Cloud API could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PluginException.temporary("interrupted while sending the WhatsApp message", e);
        }
    }

    private static SendResult interpret(HttpResponse<byte[]> response, String waId, String messageId) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new SendResult(wamid(response.body()).orElse(messageId), DeliveryStatus.ACCEPTED);
        }
        GraphError error = GraphError.from(response.body());
        String detail = "WhatsApp answered HTTP " + status + error.describe();
        if (error.isUnreachableRecipient()) {
            throw new InvalidRecipientException("WhatsApp cannot deliver to +" + waId + error.describe());
        }
        if (status >= 500 || status == 408 || status == 429 || error.isTemporary()) {
            throw new PluginException(detail, true);
        }
        throw PluginException.permanent(detail);
    }

    /**
     * The wamid Meta gave the message. Without one the message was still accepted; we keep our own id rather than
     * send it twice (the Cloud API has no idempotency key).
     */
    private static Optional<String> wamid(byte[] body) {
        try {
            JsonObject answer = JsonInput.asObject(JsonInput.parse(body), "the answer");
            JsonArray messages = JsonInput.asArray(answer.get("messages"), "messages");
            return messages.isEmpty()
                    ? Optional.empty()
                    : JsonInput.text(JsonInput.asObject(messages.get(0), "a message"), "id");
        } catch (JsonException e) {
            return Optional.empty();
        }
    }
}
