package be.ptrpas.plugins.channel.whatsapp;

import be.ptrpas.plugins.support.HmacSha256;
import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.plugins.support.phone.PhoneNumbers;
import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.messaging.DeliveryReceipt;
import be.ptrpas.spi.messaging.DeliveryStatus;
import be.ptrpas.spi.messaging.InboundMessages;
import be.ptrpas.spi.messaging.InboundReply;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the webhook Meta posts for the business phone number, signed with
 * {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256(raw body, app secret)>}:
 *
 * <pre>
 * {"object":"whatsapp_business_account","entry":[{"id":"&lt;WABA id&gt;","changes":[{"field":"messages","value":{
 *   "messaging_product":"whatsapp","metadata":{"display_phone_number":"3292660000","phone_number_id":"1234567890"},
 *   "messages":[{"from":"32470123456","id":"wamid.IN","timestamp":"1764000000","type":"text",
 *                "text":{"body":"JA"},"context":{"from":"3292660000","id":"wamid.OUT"}}],
 *   "statuses":[{"id":"wamid.OUT","status":"delivered","timestamp":"1764000000","recipient_id":"32470123456",
 *                "errors":[{"code":131026,"title":"Message undeliverable"}]}]}}]}]}
 * </pre>
 *
 * Replies of type text, button (a template's quick-reply button) and interactive are read as text; other types
 * (image, audio, ...) arrive as "[image]" etc. so the clerk sees that something came. Changes for another phone
 * number id (one Meta app can serve several numbers) and unknown statuses are skipped.
 */
final class WhatsAppWebhook {

    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private final HmacSha256 signature;
    private final String phoneNumberId;
    private final PhoneNumbers phoneNumbers;

    WhatsAppWebhook(HmacSha256 signature, String phoneNumberId, PhoneNumbers phoneNumbers) {
        this.signature = signature;
        this.phoneNumberId = phoneNumberId;
        this.phoneNumbers = phoneNumbers;
    }

    InboundMessages parse(InboundRequest request) throws RejectedRequestException {
        if (!"POST".equals(request.method())) {
            throw new RejectedRequestException("WhatsApp posts its events; got " + request.method());
        }
        byte[] body = request.body();
        if (!signature.verifyHeader(request.header(SIGNATURE_HEADER).orElse(null), body)) {
            throw new RejectedRequestException("missing or wrong " + SIGNATURE_HEADER + " signature");
        }
        try {
            JsonObject root = JsonInput.asObject(JsonInput.parse(body), "the body");
            List<InboundReply> replies = new ArrayList<>();
            List<DeliveryReceipt> receipts = new ArrayList<>();
            for (JsonValue entry : JsonInput.asArray(root.get("entry"), "entry")) {
                for (JsonValue change :
                        list(JsonInput.asObject(entry, "an entry").get("changes"), "changes")) {
                    readChange(JsonInput.asObject(change, "a change"), replies, receipts);
                }
            }
            return new InboundMessages(replies, receipts);
        } catch (JsonException e) {
            throw new RejectedRequestException("unreadable WhatsApp webhook: " + e.getMessage(), e);
        }
    }

    private void readChange(JsonObject change, List<InboundReply> replies, List<DeliveryReceipt> receipts) {
        Optional<JsonObject> changed = JsonInput.object(change, "value");
        if (!member(change, "field").filter("messages"::equals).isPresent() || changed.isEmpty()) {
            return; // template status, quality rating, account updates: not for the outbox
        }
        JsonObject value = changed.get();
        if (member(value, "metadata", "phone_number_id")
                .filter(id -> !id.equals(phoneNumberId))
                .isPresent()) {
            return; // another business number of the same Meta app
        }
        for (JsonValue message : list(value.get("messages"), "messages")) {
            replies.add(reply(JsonInput.asObject(message, "a message")));
        }
        for (JsonValue status : list(value.get("statuses"), "statuses")) {
            receipt(JsonInput.asObject(status, "a status")).ifPresent(receipts::add);
        }
    }

    private InboundReply reply(JsonObject message) {
        String id = JsonInput.requiredText(message, "id", "a message");
        String from = JsonInput.requiredText(message, "from", "a message");
        String inReplyTo = member(message, "context", "id").orElse(null);
        return new InboundReply(
                id,
                phoneNumbers.normalise(from),
                text(message),
                seconds(JsonInput.requiredText(message, "timestamp", "a message")),
                inReplyTo);
    }

    private static String text(JsonObject message) {
        String type = JsonInput.text(message, "type").orElse("text");
        Optional<String> text = switch (type) {
            case "text" -> member(message, "text", "body");
            case "button" -> member(message, "button", "text");
            case "interactive" ->
                member(message, "interactive", "button_reply", "title")
                        .or(() -> member(message, "interactive", "list_reply", "title"));
            default -> Optional.empty();
        };
        return text.orElse("[" + type + "]");
    }

    private static Optional<DeliveryReceipt> receipt(JsonObject status) {
        String id = JsonInput.requiredText(status, "id", "a status");
        String vendorStatus = JsonInput.requiredText(status, "status", "a status");
        DeliveryStatus delivery = switch (vendorStatus.toLowerCase(Locale.ROOT)) {
            case "sent" -> DeliveryStatus.ACCEPTED;
            case "delivered" -> DeliveryStatus.DELIVERED;
            case "read" -> DeliveryStatus.READ;
            case "failed" -> DeliveryStatus.FAILED;
            default -> null; // e.g. "deleted", "warning": nothing the outbox tracks
        };
        if (delivery == null) {
            return Optional.empty();
        }
        return Optional.of(new DeliveryReceipt(
                id, delivery, seconds(JsonInput.requiredText(status, "timestamp", "a status")), errorDetail(status)));
    }

    /** "131026 Message undeliverable" from the first error, or null. */
    private static String errorDetail(JsonObject status) {
        if (status.get("errors") instanceof JsonArray errors
                && !errors.isEmpty()
                && errors.get(0) instanceof JsonObject error) {
            String code = scalar(error.get("code"));
            String title = error.containsKey("title") ? scalar(error.get("title")) : scalar(error.get("message"));
            String detail = ((code == null ? "" : code + " ") + (title == null ? "" : title)).strip();
            return detail.isEmpty() ? null : detail;
        }
        return null;
    }

    /** A string's text or a number's digits; null for anything else. */
    private static String scalar(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value instanceof JsonNumber number ? number.toString() : null;
    }

    private static Instant seconds(String timestamp) {
        if (!timestamp.matches("\\d{1,12}")) {
            throw new JsonException("a timestamp is not Unix seconds");
        }
        return Instant.ofEpochSecond(Long.parseLong(timestamp));
    }

    /** A nested string member such as text.body, empty when any step is missing or of another type. */
    private static Optional<String> member(JsonObject object, String... path) {
        JsonValue current = object;
        for (String step : path) {
            if (!(current instanceof JsonObject map)) {
                return Optional.empty();
            }
            current = map.get(step);
        }
        return current instanceof JsonString text ? Optional.of(text.getString()) : Optional.empty();
    }

    /** An optional array member: absent counts as empty. */
    private static List<JsonValue> list(JsonValue value, String what) {
        return value == null || value == JsonValue.NULL ? List.of() : JsonInput.asArray(value, what);
    }
}
