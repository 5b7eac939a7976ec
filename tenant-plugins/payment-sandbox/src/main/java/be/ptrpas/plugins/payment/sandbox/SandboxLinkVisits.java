package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.spi.payment.PaymentStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Turns a visit of a payment link into a payment. Each link has a numbered series of payments (idempotency keys
 * {@code link/<id>/0}, {@code /1}, ...): a visit reuses the first one that is still open or already settled, and
 * starts the next one when every earlier attempt failed, was cancelled or expired. Two payers opening the link at
 * once get the same payment, because payment creation is idempotent.
 */
final class SandboxLinkVisits {

    /** Enough retries for any honest payer; keeps a visit's work bounded. */
    static final int MAX_ATTEMPTS = 20;

    private static final Set<PaymentStatus> RETRY_AFTER =
            EnumSet.of(PaymentStatus.FAILED, PaymentStatus.CANCELED, PaymentStatus.EXPIRED);

    private final SandboxPayments payments;
    private final Function<SandboxLink, SandboxPayment> newPayment;
    private final UnaryOperator<SandboxPayment> refresh;

    /** {@code refresh} brings a stored payment up to date (expiry) before the visit judges it. */
    SandboxLinkVisits(
            SandboxPayments payments,
            Function<SandboxLink, SandboxPayment> newPayment,
            UnaryOperator<SandboxPayment> refresh) {
        this.payments = payments;
        this.newPayment = newPayment;
        this.refresh = refresh;
    }

    /** The payment this visit should see, or empty when the link has used up its attempts. */
    Optional<SandboxPayment> paymentFor(SandboxLink link) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            SandboxPayment payment =
                    refresh.apply(payments.createOnce(attemptKey(link, attempt), () -> newPayment.apply(link)));
            if (!RETRY_AFTER.contains(payment.status())) {
                return Optional.of(payment);
            }
        }
        return Optional.empty();
    }

    /**
     * The payments visits of this link have started so far, in attempt order, as stored (read only: nothing is
     * created or expired). Attempts are numbered without gaps, so the first missing one ends the series.
     */
    List<SandboxPayment> started(SandboxLink link) {
        List<SandboxPayment> started = new ArrayList<>();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<SandboxPayment> payment = payments.findForKey(attemptKey(link, attempt));
            if (payment.isEmpty()) {
                break;
            }
            started.add(payment.get());
        }
        return started;
    }

    private static String attemptKey(SandboxLink link, int attempt) {
        return "link/" + link.id() + "/" + attempt;
    }
}
