package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.plugins.support.Json;
import be.ptrpas.plugins.support.JsonNumber;
import be.ptrpas.plugins.support.MalformedJsonException;
import be.ptrpas.spi.payment.Money;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A payment link as kept in the store: what every payment started from it will ask. */
record SandboxLink(String id, Money amount, String description, String structuredReference, String redirectUrl,
                   String webhookUrl, Instant expiresAt) {

    boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("amount", amount.minorUnits());
        json.put("currency", amount.currency());
        json.put("description", description);
        json.put("structuredReference", structuredReference);
        json.put("redirectUrl", redirectUrl);
        json.put("webhookUrl", webhookUrl);
        json.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        return Json.write(json);
    }

    static SandboxLink fromJson(String text) throws MalformedJsonException {
        Map<String, Object> json = Json.parseObject(text);
        try {
            if (!(json.get("amount") instanceof JsonNumber amount)) {
                throw new MalformedJsonException("'amount' must be a number");
            }
            return new SandboxLink(
                    Json.requiredString(json, "id"),
                    new Money(amount.bigDecimal().longValueExact(), Json.requiredString(json, "currency")),
                    Json.requiredString(json, "description"),
                    Json.string(json, "structuredReference").orElse(null),
                    Json.string(json, "redirectUrl").orElse(null),
                    Json.string(json, "webhookUrl").orElse(null),
                    Json.string(json, "expiresAt").map(Instant::parse).orElse(null));
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            throw new MalformedJsonException("stored link is unreadable: " + e.getMessage());
        }
    }
}
