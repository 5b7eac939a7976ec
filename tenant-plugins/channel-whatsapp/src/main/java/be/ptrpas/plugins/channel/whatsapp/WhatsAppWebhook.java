package be.ptrpas.plugins.channel.whatsapp;

import be.ptrpas.plugins.support.HmacSha256;
import be.ptrpas.plugins.support.Json;
import be.ptrpas.plugins.support.MalformedJsonException;
import be.ptrpas.plugins.support.phone.PhoneNumbers;
import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.messaging.DeliveryReceipt;
import be.ptrpas.spi.messaging.DeliveryStatus;
import be.ptrpas.spi.messaging.InboundMessages;
import be.ptrpas.spi.messaging.InboundReply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            Map<String, Object> root = Json.asObject(Json.parse(body), "the body");
            List<InboundReply> replies = new ArrayList<>();
            List<DeliveryReceipt> receipts = new ArrayList<>();
            for (Object entry : Json.asArray(root.get("entry"), "entry")) {
                for (Object change : list(Json.asObject(entry, "an entry").get("changes"), "changes")) {
                    readChange(Json.asObject(change, "a change"), replies, receipts);
                }
            }
            return new InboundMessages(replies, receipts);
        } catch (MalformedJsonException e) {
            throw new RejectedRequestException("unreadable WhatsApp webhook: " + e.getMessage(), e);
        }
    }

    private void readChange(Map<String, Object> change, List<InboundReply> replies, List<DeliveryReceipt> receipts)
            throws MalformedJsonException {
        if (!"messages".equals(change.get("field")) || change.get("value") == null) {
            return; // template status, quality rating, account updates: not for the outbox
        }
        Map<String, Object> value = Json.asObject(change.get("value"), "a change's value");
        if (value.get("metadata") instanceof Map<?, ?> metadata
                && metadata.get("phone_number_id") instanceof String id && !id.equals(phoneNumberId)) {
            return; // another business number of the same Meta app
        }
        for (Object message : list(value.get("messages"), "messages")) {
            replies.add(reply(Json.asObject(message, "a message")));
        }
        for (Object status : list(value.get("statuses"), "statuses")) {
            receipt(Json.asObject(status, "a status")).ifPresent(receipts::add);
        }
    }

    private InboundReply reply(Map<String, Object> message) throws MalformedJsonException {
        String id = Json.requiredText(message, "id", "a message");
        String from = Json.requiredText(message, "from", "a message");
        String inReplyTo = message.get("context") instanceof Map<?, ?> context
                && context.get("id") instanceof String original ? original : null;
        return new InboundReply(id, phoneNumbers.normalise(from), text(message),
                seconds(Json.requiredText(message, "timestamp", "a message")), inReplyTo);
    }

    private static String text(Map<String, Object> message) throws MalformedJsonException {
        String type = Json.text(message, "type").orElse("text");
        Optional<String> text = switch (type) {
            case "text" -> member(message, "text", "body");
            case "button" -> member(message, "button", "text");
            case "interactive" -> member(message, "interactive", "button_reply", "title")
                    .or(() -> member(message, "interactive", "list_reply", "title"));
            default -> Optional.empty();
        };
        return text.orElse("[" + type + "]");
    }

    private static Optional<DeliveryReceipt> receipt(Map<String, Object> status) throws MalformedJsonException {
        String id = Json.requiredText(status, "id", "a status");
        DeliveryStatus delivery = switch (Json.requiredText(status, "status", "a status").toLowerCase(Locale.ROOT)) {
            case "sent" -> DeliveryStatus.ACCEPTED;
            case "delivered" -> DeliveryStatus.DELIVERED;
            case "read" -> DeliveryStatus.READ;
            case "failed" -> DeliveryStatus.FAILED;
            default -> null; // e.g. "deleted", "warning": nothing the outbox tracks
        };
        if (delivery == null) {
            return Optional.empty();
        }
        return Optional.of(new DeliveryReceipt(id, delivery,
                seconds(Json.requiredText(status, "timestamp", "a status")), errorDetail(status)));
    }

    /** "131026 Message undeliverable" from the first error, or null. */
    private static String errorDetail(Map<String, Object> status) {
        if (status.get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.get(0) instanceof Map<?, ?> error) {
            Object code = error.get("code");
            Object title = error.get("title") != null ? error.get("title") : error.get("message");
            String detail = ((code == null ? "" : code + " ") + (title == null ? "" : title)).strip();
            return detail.isEmpty() ? null : detail;
        }
        return null;
    }

    private static Instant seconds(String timestamp) throws MalformedJsonException {
        if (!timestamp.matches("\\d{1,12}")) {
            throw new MalformedJsonException("a timestamp is not Unix seconds");
        }
        return Instant.ofEpochSecond(Long.parseLong(timestamp));
    }

    /** A nested string member such as text.body, empty when any step is missing or of another type. */
    private static Optional<String> member(Map<String, Object> object, String... path) {
        Object current = object;
        for (String step : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = map.get(step);
        }
        return current instanceof String text ? Optional.of(text) : Optional.empty();
    }

    /** An optional array member: absent counts as empty. */
    private static List<Object> list(Object value, String what) throws MalformedJsonException {
        return value == null ? List.of() : Json.asArray(value, what);
    }
}
