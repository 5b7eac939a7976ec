package be.ptrpas.platform.payment;

import java.time.Instant;

/**
 * A payment as the API shows it. {@code transferredCents} is what bank transfers with its structured reference brought
 * in (a partly paid payment is still open with some transferred); {@code overpaidCents} what they brought beyond the
 * amount: to be refunded.
 */
public record PaymentView(
        String id,
        String kind,
        String status,
        long amountCents,
        String currency,
        String description,
        String structuredReference,
        String checkoutUrl,
        Instant expiresAt,
        String provider,
        String providerPaymentId,
        String providerStatus,
        long refundedCents,
        Instant paidAt,
        String citizenRrn,
        long transferredCents,
        long overpaidCents,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static PaymentView of(Payment p) {
        return new PaymentView(
                p.id(),
                p.kind().name(),
                p.status().name(),
                p.amountCents(),
                p.currency(),
                p.description(),
                p.structuredReference(),
                p.checkoutUrl(),
                p.expiresAt(),
                p.pluginId(),
                p.providerPaymentId(),
                p.providerStatus(),
                p.refundedCents(),
                p.paidAt(),
                p.citizenRrn(),
                p.transferredCents(),
                p.overpaidCents(),
                p.version(),
                p.createdAt(),
                p.updatedAt());
    }
}
