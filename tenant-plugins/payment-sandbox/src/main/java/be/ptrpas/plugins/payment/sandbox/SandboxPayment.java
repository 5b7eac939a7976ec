package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.plugins.support.Json;
import be.ptrpas.plugins.support.JsonNumber;
import be.ptrpas.plugins.support.MalformedJsonException;
import be.ptrpas.spi.payment.Money;
import be.ptrpas.spi.payment.PaymentStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

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
record SandboxPayment(String id, Money amount, String description, String structuredReference, String returnUrl,
                      String webhookUrl, PaymentStatus status, Instant createdAt, Instant expiresAt, Instant paidAt,
                      long refundedMinorUnits, String paymentLinkId) {

    SandboxPayment withStatus(PaymentStatus newStatus, Instant at) {
        Instant newPaidAt = newStatus == PaymentStatus.PAID && paidAt == null ? at : paidAt;
        return new SandboxPayment(id, amount, description, structuredReference, returnUrl, webhookUrl, newStatus,
                createdAt, expiresAt, newPaidAt, refundedMinorUnits, paymentLinkId);
    }

    SandboxPayment withRefund(long minorUnits) {
        long total = refundedMinorUnits + minorUnits;
        PaymentStatus newStatus = total >= amount.minorUnits() ? PaymentStatus.REFUNDED : status;
        return new SandboxPayment(id, amount, description, structuredReference, returnUrl, webhookUrl, newStatus,
                createdAt, expiresAt, paidAt, total, paymentLinkId);
    }

    long refundableMinorUnits() {
        return amount.minorUnits() - refundedMinorUnits;
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("amount", amount.minorUnits());
        json.put("currency", amount.currency());
        json.put("description", description);
        json.put("structuredReference", structuredReference);
        json.put("returnUrl", returnUrl);
        json.put("webhookUrl", webhookUrl);
        json.put("status", status.name());
        json.put("createdAt", createdAt.toString());
        json.put("expiresAt", expiresAt.toString());
        json.put("paidAt", paidAt == null ? null : paidAt.toString());
        json.put("refunded", refundedMinorUnits);
        json.put("paymentLinkId", paymentLinkId);
        return Json.write(json);
    }

    /** Reads a stored payment; the store is ours, so a broken value is a bug or tampering, reported as such. */
    static SandboxPayment fromJson(String text) throws MalformedJsonException {
        Map<String, Object> json = Json.parseObject(text);
        try {
            String currency = Json.requiredString(json, "currency");
            return new SandboxPayment(
                    Json.requiredString(json, "id"),
                    new Money(longValue(json, "amount"), currency),
                    Json.requiredString(json, "description"),
                    Json.string(json, "structuredReference").orElse(null),
                    Json.string(json, "returnUrl").orElse(null),
                    Json.string(json, "webhookUrl").orElse(null),
                    PaymentStatus.valueOf(Json.requiredString(json, "status")),
                    Instant.parse(Json.requiredString(json, "createdAt")),
                    Instant.parse(Json.requiredString(json, "expiresAt")),
                    Json.string(json, "paidAt").map(Instant::parse).orElse(null),
                    longValue(json, "refunded"),
                    Json.string(json, "paymentLinkId").orElse(null));
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            throw new MalformedJsonException("stored payment is unreadable: " + e.getMessage());
        }
    }

    private static long longValue(Map<String, Object> json, String name) throws MalformedJsonException {
        if (json.get(name) instanceof JsonNumber number) {
            return number.bigDecimal().longValueExact();
        }
        throw new MalformedJsonException("'" + name + "' must be a number");
    }
}
