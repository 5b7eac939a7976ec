package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.spi.payment.Money;
import be.ptrpas.spi.payment.PaymentStatus;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One sandbox payment as it is kept in the plug-in store.
 *
 * @param id                  {@code sbx_...}
 * @param amount              what the payer pays
 * @param description         shown on the checkout page
 * @param structuredReference 12 digits, or null
 * @param returnUrl           where the payer goes after choosing, or null
 * @param webhookUrl          where the signed webhook goes, or null
 * @param status              current status
 * @param createdAt           when it was created
 * @param expiresAt           when an open payment expires
 * @param paidAt              when the payer chose "paid", or null
 * @param refundedMinorUnits  how much was refunded so far
 * @param paymentLinkId       the link it was started from, or null
 */
record SandboxPayment(
        String id,
        Money amount,
        String description,
        String structuredReference,
        String returnUrl,
        String webhookUrl,
        PaymentStatus status,
        Instant createdAt,
        Instant expiresAt,
        Instant paidAt,
        long refundedMinorUnits,
        String paymentLinkId) {

    SandboxPayment withStatus(PaymentStatus newStatus, Instant at) {
        Instant newPaidAt = newStatus == PaymentStatus.PAID && paidAt == null ? at : paidAt;
        return new SandboxPayment(
                id,
                amount,
                description,
                structuredReference,
                returnUrl,
                webhookUrl,
                newStatus,
                createdAt,
                expiresAt,
                newPaidAt,
                refundedMinorUnits,
                paymentLinkId);
    }

    SandboxPayment withRefund(long minorUnits) {
        long total = refundedMinorUnits + minorUnits;
        PaymentStatus newStatus = total >= amount.minorUnits() ? PaymentStatus.REFUNDED : status;
        return new SandboxPayment(
                id,
                amount,
                description,
                structuredReference,
                returnUrl,
                webhookUrl,
                newStatus,
                createdAt,
                expiresAt,
                paidAt,
                total,
                paymentLinkId);
    }

    long refundableMinorUnits() {
        return amount.minorUnits() - refundedMinorUnits;
    }

    String toJson() {
        return Json.createObjectBuilder()
                .add("id", id)
                .add("amount", amount.minorUnits())
                .add("currency", amount.currency())
                .add("description", description)
                .add("structuredReference", orNull(structuredReference))
                .add("returnUrl", orNull(returnUrl))
                .add("webhookUrl", orNull(webhookUrl))
                .add("status", status.name())
                .add("createdAt", createdAt.toString())
                .add("expiresAt", expiresAt.toString())
                .add("paidAt", orNull(paidAt == null ? null : paidAt.toString()))
                .add("refunded", refundedMinorUnits)
                .add("paymentLinkId", orNull(paymentLinkId))
                .build()
                .toString();
    }

    static JsonValue orNull(String text) {
        return text == null ? JsonValue.NULL : Json.createValue(text);
    }

    /**
     * Reads a stored payment; the store is ours, so a broken value is a bug or tampering, reported as such.
     *
     * @throws JsonException when it is not a stored payment
     */
    static SandboxPayment fromJson(String text) {
        JsonObject json = JsonInput.parseObject(text.getBytes(StandardCharsets.UTF_8));
        try {
            String currency = JsonInput.requiredString(json, "currency");
            return new SandboxPayment(
                    JsonInput.requiredString(json, "id"),
                    new Money(longValue(json, "amount"), currency),
                    JsonInput.requiredString(json, "description"),
                    JsonInput.string(json, "structuredReference").orElse(null),
                    JsonInput.string(json, "returnUrl").orElse(null),
                    JsonInput.string(json, "webhookUrl").orElse(null),
                    PaymentStatus.valueOf(JsonInput.requiredString(json, "status")),
                    Instant.parse(JsonInput.requiredString(json, "createdAt")),
                    Instant.parse(JsonInput.requiredString(json, "expiresAt")),
                    JsonInput.string(json, "paidAt").map(Instant::parse).orElse(null),
                    longValue(json, "refunded"),
                    JsonInput.string(json, "paymentLinkId").orElse(null));
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            throw new JsonException("stored payment is unreadable: " + e.getMessage());
        }
    }

    static long longValue(JsonObject json, String name) {
        if (json.get(name) instanceof JsonNumber number) {
            return number.bigDecimalValue().longValueExact();
        }
        throw new JsonException("'" + name + "' must be a number");
    }
}
