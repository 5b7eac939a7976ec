package be.ptrpas.platform.payment;

import be.ptrpas.platform.pass.MoneyState;
import be.ptrpas.platform.pass.PassEntry;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassKind;
import be.ptrpas.platform.pass.PassStatus;
import be.ptrpas.spi.payment.PaymentStatus;
import jakarta.json.Json;

/**
 * A payment request a municipality addressed to a citizen (a payment or link with their national number that pays no
 * item of the pass) as that citizen's pass shows it. A payment that pays an item (a retribution, a GAS fine) is shown
 * on that item instead.
 */
final class PaymentRequestPass {

    private PaymentRequestPass() {}

    static PassEntry entry(String municipality, Payment payment, String note) {
        PaymentStatus status = payment.status();
        long paid = switch (status) {
            case PAID, REFUNDED -> Math.max(0, payment.amountCents() - payment.refundedCents());
            default -> 0;
        };
        return new PassEntry(
                municipality,
                PassKind.PAYMENT_REQUEST,
                payment.id(),
                PassHolder.of(payment.citizenRrn(), null).orElse(null),
                payment.structuredReference() == null ? payment.id() : payment.structuredReference(),
                payment.description(),
                null,
                switch (status) {
                    case OPEN, FAILED -> PassStatus.RECEIVED;
                    case PENDING, AUTHORIZED -> PassStatus.IN_PROGRESS;
                    case PAID, REFUNDED -> PassStatus.HANDLED;
                    case CANCELED, EXPIRED -> PassStatus.CANCELLED;
                },
                switch (status) {
                    case OPEN, PENDING, AUTHORIZED, FAILED -> MoneyState.OPEN;
                    case PAID -> payment.refundedCents() > 0 ? MoneyState.PARTLY_PAID : MoneyState.PAID;
                    case REFUNDED -> MoneyState.REFUNDED;
                    case CANCELED, EXPIRED -> MoneyState.CANCELLED;
                },
                payment.amountCents(),
                paid,
                null,
                payment.structuredReference(),
                payment.createdAt(),
                null,
                Json.createObjectBuilder()
                        .add("paymentId", payment.id())
                        .add("kind", payment.kind().name())
                        .add("description", payment.description())
                        .build(),
                note);
    }
}
