package be.ptrpas.plugins.channel.sms;

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
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what the gateway posts to the platform's callback URL. The body is one event or a JSON array of events,
 * signed with {@code X-Signature: sha256=<hex HMAC-SHA256(raw body, webhookSecret)>}:
 *
 * <pre>
 * {"type":"inbound","id":"in_1","from":"+32470123456","text":"JA","receivedAt":"2026-11-24T10:15:00Z",
 *  "inReplyTo":"msg_123"}
 * {"type":"status","id":"msg_123","status":"delivered","at":"2026-11-24T10:14:00Z","error":"optional detail"}
 * </pre>
 *
 * Times are ISO-8601 (with offset) or Unix seconds; when absent, the time of arrival counts. Statuses
 * accepted|queued|sent, delivered, read and failed|undelivered|rejected|expired are understood. Events of an unknown
 * type or status are skipped, so a gateway that adds new events does not get its whole batch refused.
 */
final class SmsWebhook {

    static final String SIGNATURE_HEADER = "X-Signature";
    private static final int MAX_EVENTS = 1000;

    private final HmacSha256 signature;
    private final PhoneNumbers phoneNumbers;
    private final Clock clock;

    SmsWebhook(HmacSha256 signature, PhoneNumbers phoneNumbers, Clock clock) {
        this.signature = signature;
        this.phoneNumbers = phoneNumbers;
        this.clock = clock;
    }

    InboundMessages parse(InboundRequest request) throws RejectedRequestException {
        if (!"POST".equals(request.method())) {
            throw new RejectedRequestException("the SMS gateway posts its events; got " + request.method());
        }
        byte[] body = request.body();
        if (!signature.verifyHeader(request.header(SIGNATURE_HEADER).orElse(null), body)) {
            throw new RejectedRequestException("missing or wrong " + SIGNATURE_HEADER + " signature");
        }
        try {
            JsonValue document = JsonInput.parse(body);
            List<JsonValue> events = document instanceof JsonArray array ? array : List.of(document);
            if (events.size() > MAX_EVENTS) {
                throw new RejectedRequestException("more than " + MAX_EVENTS + " events in one request");
            }
            List<InboundReply> replies = new ArrayList<>();
            List<DeliveryReceipt> receipts = new ArrayList<>();
            for (JsonValue item : events) {
                JsonObject event = JsonInput.asObject(item, "an event");
                switch (JsonInput.text(event, "type").orElse("").toLowerCase(Locale.ROOT)) {
                    case "inbound" -> replies.add(reply(event));
                    case "status" -> receipt(event).ifPresent(receipts::add);
                    default -> {} // a kind of event this plug-in does not know yet
                }
            }
            return new InboundMessages(replies, receipts);
        } catch (JsonException e) {
            throw new RejectedRequestException("unreadable SMS gateway event: " + e.getMessage(), e);
        }
    }

    private InboundReply reply(JsonObject event) throws RejectedRequestException {
        String id = JsonInput.requiredText(event, "id", "an inbound message");
        String from = JsonInput.requiredText(event, "from", "an inbound message");
        String text = JsonInput.text(event, "text").orElse("");
        return new InboundReply(
                id,
                phoneNumbers.normalise(from),
                text,
                time(event, "receivedAt"),
                JsonInput.text(event, "inReplyTo").orElse(null));
    }

    private Optional<DeliveryReceipt> receipt(JsonObject event) throws RejectedRequestException {
        String id = JsonInput.requiredText(event, "id", "a status event");
        Optional<DeliveryStatus> status = status(JsonInput.requiredText(event, "status", "a status event"));
        if (status.isEmpty()) {
            return Optional.empty();
        }
        String detail = JsonInput.text(event, "error")
                .or(() -> textQuietly(event, "detail"))
                .orElse(null);
        return Optional.of(new DeliveryReceipt(id, status.get(), time(event, "at"), detail));
    }

    private static Optional<DeliveryStatus> status(String status) {
        return Optional.ofNullable(
                switch (status.toLowerCase(Locale.ROOT)) {
                    case "accepted", "queued", "sent" -> DeliveryStatus.ACCEPTED;
                    case "delivered" -> DeliveryStatus.DELIVERED;
                    case "read" -> DeliveryStatus.READ;
                    case "failed", "undelivered", "rejected", "expired" -> DeliveryStatus.FAILED;
                    default -> null;
                });
    }

    private Instant time(JsonObject event, String name) throws RejectedRequestException {
        Optional<String> value = JsonInput.text(event, name);
        if (value.isEmpty()) {
            return clock.instant();
        }
        String text = value.get().strip();
        try {
            if (text.matches("\\d{1,12}")) {
                return Instant.ofEpochSecond(Long.parseLong(text));
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new RejectedRequestException("'" + name + "' is not an ISO-8601 time or Unix seconds", e);
        }
    }

    private static Optional<String> textQuietly(JsonObject event, String name) {
        return event.get(name) instanceof JsonString text && !text.getString().isBlank()
                ? Optional.of(text.getString())
                : Optional.empty();
    }
}
