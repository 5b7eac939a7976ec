package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.PluginStore;
import be.ptrpas.spi.payment.Money;
import be.ptrpas.spi.payment.PaymentStatus;
import be.ptrpas.spi.payment.RefundRequest;
import be.ptrpas.spi.payment.RefundResult;
import java.util.Optional;

/**
 * Refunds of sandbox payments. Store key {@code refund-by-key/<payment id>/<sha256 of idempotency key>} holds the
 * refund id and amount ("sbr_... 1000"), so a retried refund returns the first one instead of paying twice.
 */
final class SandboxRefunds {

    static final String REFUNDED = "refunded";

    private final PluginStore store;
    private final SandboxPayments payments;

    SandboxRefunds(PluginStore store, SandboxPayments payments) {
        this.store = store;
        this.payments = payments;
    }

    RefundResult refund(RefundRequest request) {
        String paymentId = request.providerPaymentId();
        String keyEntry = "refund-by-key/" + paymentId + "/" + SandboxIds.hashOf(request.idempotencyKey());
        synchronized (payments.lockFor(paymentId)) {
            Optional<String> earlier = store.get(keyEntry);
            if (earlier.isPresent()) {
                return new RefundResult(earlier.get().split(" ")[0], REFUNDED);
            }
            SandboxPayment payment = payments.find(paymentId).orElseThrow(() -> SandboxPayments.unknown(paymentId));
            check(payment, request);
            String refundId = SandboxIds.newId(SandboxIds.REFUND_PREFIX);
            if (!store.putIfAbsent(keyEntry, refundId + " " + request.amount().minorUnits())) {
                // Another node took this key between our read and write: its refund is the one.
                return new RefundResult(store.get(keyEntry).orElseThrow().split(" ")[0], REFUNDED);
            }
            payments.update(
                    paymentId, current -> current.withRefund(request.amount().minorUnits()));
            return new RefundResult(refundId, REFUNDED);
        }
    }

    private static void check(SandboxPayment payment, RefundRequest request) {
        if (payment.status() != PaymentStatus.PAID) {
            throw PluginException.permanent("only a paid payment can be refunded; " + payment.id() + " is "
                    + SandboxPaymentProvider.word(payment.status()));
        }
        if (!payment.amount().currency().equals(request.amount().currency())) {
            throw PluginException.permanent(
                    "refund currency " + request.amount().currency() + " differs from the payment's "
                            + payment.amount().currency());
        }
        if (request.amount().minorUnits() > payment.refundableMinorUnits()) {
            throw PluginException.permanent("refund of " + request.amount().decimal() + " exceeds what is left ("
                    + new Money(payment.refundableMinorUnits(), payment.amount().currency()).decimal() + ")");
        }
    }
}
