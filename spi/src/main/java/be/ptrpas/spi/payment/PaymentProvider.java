package be.ptrpas.spi.payment;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.Provider;
import be.ptrpas.spi.RejectedRequestException;

/**
 * One municipality's connection to a payment provider. Every method may be called from several threads; the
 * platform calls it with a time-out and a circuit breaker, so a method should not retry for long by itself.
 * Throw {@link be.ptrpas.spi.PluginException} to say whether a failure is worth retrying.
 */
public interface PaymentProvider extends Provider {

    /**
     * Creates a payment. The same {@link PaymentRequest#idempotencyKey()} must return the same payment (pass it
     * to the provider's idempotency mechanism, or remember it in the {@link be.ptrpas.spi.PluginStore}).
     */
    CreatedPayment createPayment(PaymentRequest request);

    /**
     * Verifies and reads a webhook. Throw {@link RejectedRequestException} for anything not genuine (bad or
     * missing signature, malformed body). Providers whose webhooks carry only an id return a notice without a
     * status; the platform then fetches the payment, which is the verification ("fetch to confirm").
     */
    PaymentNotice parseWebhook(InboundRequest request) throws RejectedRequestException;

    /** The current status at the provider. */
    PaymentSnapshot fetchPayment(String providerPaymentId);

    /** Pays (part of) a paid payment back. */
    RefundResult refund(RefundRequest request);

    /** Creates a reusable payment link. */
    PaymentLink createPaymentLink(PaymentLinkRequest request);

    /**
     * Whether a payment link has been paid. Payments made through a link carry the provider's payment id, not the
     * link's, so the platform asks about the link itself (when a clerk refreshes it, and regularly while it is open).
     *
     * @throws be.ptrpas.spi.PluginException non-retryable for an unknown link
     */
    PaymentLinkSnapshot fetchPaymentLink(String providerLinkId);
}
