package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.spi.payment.Money;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A payment link as kept in the store: what every payment started from it will ask. */
record SandboxLink(
        String id,
        Money amount,
        String description,
        String structuredReference,
        String redirectUrl,
        String webhookUrl,
        Instant expiresAt) {

    boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    String toJson() {
        return Json.createObjectBuilder()
                .add("id", id)
                .add("amount", amount.minorUnits())
                .add("currency", amount.currency())
                .add("description", description)
                .add("structuredReference", SandboxPayment.orNull(structuredReference))
                .add("redirectUrl", SandboxPayment.orNull(redirectUrl))
                .add("webhookUrl", SandboxPayment.orNull(webhookUrl))
                .add("expiresAt", SandboxPayment.orNull(expiresAt == null ? null : expiresAt.toString()))
                .build()
                .toString();
    }

    /** Reads a stored link; {@link JsonException} when it is not one. */
    static SandboxLink fromJson(String text) {
        JsonObject json = JsonInput.parseObject(text.getBytes(StandardCharsets.UTF_8));
        try {
            return new SandboxLink(
                    JsonInput.requiredString(json, "id"),
                    new Money(SandboxPayment.longValue(json, "amount"), JsonInput.requiredString(json, "currency")),
                    JsonInput.requiredString(json, "description"),
                    JsonInput.string(json, "structuredReference").orElse(null),
                    JsonInput.string(json, "redirectUrl").orElse(null),
                    JsonInput.string(json, "webhookUrl").orElse(null),
                    JsonInput.string(json, "expiresAt").map(Instant::parse).orElse(null));
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            throw new JsonException("stored link is unreadable: " + e.getMessage());
        }
    }
}
