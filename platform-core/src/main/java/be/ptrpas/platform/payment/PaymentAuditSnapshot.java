package be.ptrpas.platform.payment;

import java.time.Instant;

/**
 * What the audit trail keeps of a payment at each change: enough to account for money (amounts, status, provider and
 * its id, the structured reference that reconciles bank statements), nothing more. Left out on purpose (mission F-52,
 * data minimisation): the checkout URL (a bearer link: whoever holds it can open the payer's checkout page), the
 * return URL, the free-text description (clerks type plates and names into it) and the payer's national number. The
 * payment itself still holds them; the audit trail outlives the payment's retention and is read by more people.
 */
public record PaymentAuditSnapshot(
        String kind,
        String status,
        long amountCents,
        String currency,
        String structuredReference,
        String provider,
        String providerPaymentId,
        String providerStatus,
        long refundedCents,
        long transferredCents,
        long overpaidCents,
        Instant paidAt,
        boolean citizenKnown,
        long version) {

    static PaymentAuditSnapshot of(Payment p) {
        return new PaymentAuditSnapshot(
                p.kind().name(),
                p.status().name(),
                p.amountCents(),
                p.currency(),
                p.structuredReference(),
                p.pluginId(),
                p.providerPaymentId(),
                p.providerStatus(),
                p.refundedCents(),
                p.transferredCents(),
                p.overpaidCents(),
                p.paidAt(),
                p.citizenRrn() != null,
                p.version());
    }
}
