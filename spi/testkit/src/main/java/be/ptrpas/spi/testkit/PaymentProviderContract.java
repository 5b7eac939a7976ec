package be.ptrpas.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.payment.CreatedPayment;
import be.ptrpas.spi.payment.Money;
import be.ptrpas.spi.payment.PaymentLink;
import be.ptrpas.spi.payment.PaymentLinkRequest;
import be.ptrpas.spi.payment.PaymentLinkSnapshot;
import be.ptrpas.spi.payment.PaymentNotice;
import be.ptrpas.spi.payment.PaymentProvider;
import be.ptrpas.spi.payment.PaymentProviderFactory;
import be.ptrpas.spi.payment.PaymentRequest;
import be.ptrpas.spi.payment.PaymentStatus;
import be.ptrpas.spi.payment.RefundRequest;
import be.ptrpas.spi.payment.RefundResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a payment provider plug-in. Extend it in your plug-in's tests, point the provider at your fake
 * of the vendor (through {@link #validConfig()} or {@link #context}) and implement the hooks that drive that fake.
 */
public abstract class PaymentProviderContract extends PluginFactoryContract {

    /** The context and provider every test of this contract uses, fresh per test. */
    protected TestPluginContext context;

    protected PaymentProvider provider;

    @Override
    protected abstract PaymentProviderFactory factory();

    /**
     * Makes the vendor (fake) put a payment into {@code status}, as if the payer or the bank had acted. Only called
     * for statuses in {@link #reachableStatuses()}.
     */
    protected abstract void drive(String providerPaymentId, PaymentStatus status);

    /** The statuses {@link #drive} can produce; every one must come back from {@code fetchPayment} unchanged. */
    protected Set<PaymentStatus> reachableStatuses() {
        return EnumSet.allOf(PaymentStatus.class);
    }

    /** A webhook exactly as the vendor would send it about this payment (signed, where the vendor signs). */
    protected abstract InboundRequest genuineWebhook(String providerPaymentId);

    /**
     * A webhook an attacker could send about this payment: a wrong signature, or (for fetch-to-confirm vendors) an
     * id the vendor does not know. Return it so that {@code parseWebhook} or the subsequent fetch rejects it.
     */
    protected abstract InboundRequest forgedWebhook(String providerPaymentId);

    /**
     * Whether a forged webhook is caught by {@code parseWebhook} itself (signing vendors) or only by the fetch that
     * follows (vendors whose webhook carries just an id).
     */
    protected boolean webhooksAreSigned() {
        return true;
    }

    /**
     * Makes the vendor (fake) record that a payer paid this payment link, as if someone opened it and paid. Only
     * called when {@link #canPayLinks()} says so; the default does nothing.
     */
    protected void payLink(String providerLinkId) {}

    /** Whether {@link #payLink} is implemented; then the contract checks that a paid link is fetched as PAID. */
    protected boolean canPayLinks() {
        return false;
    }

    @BeforeEach
    void createProvider() {
        context = context(validConfig());
        provider = factory().create(context);
    }

    protected PaymentRequest request(String idempotencyKey) {
        return new PaymentRequest(
                Money.euro(2450),
                "Bewonerskaart zone A - 1-ABC-123",
                "090933755493",
                URI.create("http://127.0.0.1:8080/return"),
                context.callbackUrl(),
                idempotencyKey,
                Map.of("item", "permit-1"));
    }

    @Test
    void createsAnOpenPaymentWithACheckout() {
        CreatedPayment created =
                provider.createPayment(request(UUID.randomUUID().toString()));
        assertFalse(created.providerPaymentId().isBlank());
        assertTrue(created.checkoutUrl().isAbsolute(), "checkout URL must be absolute: " + created.checkoutUrl());
        assertEquals(PaymentStatus.OPEN, created.status());
        assertEquals(
                PaymentStatus.OPEN,
                provider.fetchPayment(created.providerPaymentId()).status());
    }

    @Test
    void theSameIdempotencyKeyGivesTheSamePayment() {
        String key = UUID.randomUUID().toString();
        CreatedPayment first = provider.createPayment(request(key));
        CreatedPayment again = provider.createPayment(request(key));
        assertEquals(first.providerPaymentId(), again.providerPaymentId(), "a retried create must not charge twice");
        CreatedPayment other = provider.createPayment(request(UUID.randomUUID().toString()));
        assertNotEquals(first.providerPaymentId(), other.providerPaymentId());
    }

    @Test
    void mapsEveryStatus() {
        for (PaymentStatus status : reachableStatuses()) {
            CreatedPayment created =
                    provider.createPayment(request(UUID.randomUUID().toString()));
            drive(created.providerPaymentId(), status);
            assertEquals(
                    status, provider.fetchPayment(created.providerPaymentId()).status(), "status " + status);
        }
    }

    @Test
    void readsAGenuineWebhook() throws RejectedRequestException {
        CreatedPayment created =
                provider.createPayment(request(UUID.randomUUID().toString()));
        drive(created.providerPaymentId(), PaymentStatus.PAID);
        PaymentNotice notice = provider.parseWebhook(genuineWebhook(created.providerPaymentId()));
        assertEquals(created.providerPaymentId(), notice.providerPaymentId());
        if (notice.status() != null) {
            assertEquals(PaymentStatus.PAID, notice.status());
        }
    }

    @Test
    void rejectsAForgedWebhook() {
        CreatedPayment created =
                provider.createPayment(request(UUID.randomUUID().toString()));
        InboundRequest forged = forgedWebhook(created.providerPaymentId());
        if (webhooksAreSigned()) {
            assertThrows(RejectedRequestException.class, () -> provider.parseWebhook(forged));
            return;
        }
        try {
            PaymentNotice notice = provider.parseWebhook(forged);
            PluginException failure = assertThrows(
                    PluginException.class,
                    () -> provider.fetchPayment(notice.providerPaymentId()),
                    "fetch-to-confirm must fail for a forged id");
            assertFalse(failure.isRetryable(), "an unknown payment is not worth retrying");
        } catch (RejectedRequestException rejected) {
            // rejected even earlier: fine
        }
    }

    @Test
    void rejectsGarbageAsAWebhook() {
        InboundRequest garbage = InboundRequest.post("{not json".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThrows(RejectedRequestException.class, () -> provider.parseWebhook(garbage));
    }

    @Test
    void refundsAPaidPayment() {
        CreatedPayment created =
                provider.createPayment(request(UUID.randomUUID().toString()));
        drive(created.providerPaymentId(), PaymentStatus.PAID);
        RefundResult refund = provider.refund(new RefundRequest(
                created.providerPaymentId(),
                Money.euro(1000),
                "Terugbetaling",
                UUID.randomUUID().toString()));
        assertNotNull(refund.providerRefundId());
    }

    @Test
    void aRetriedRefundDoesNotRefundTwice() {
        CreatedPayment created =
                provider.createPayment(request(UUID.randomUUID().toString()));
        drive(created.providerPaymentId(), PaymentStatus.PAID);
        String key = UUID.randomUUID().toString();
        RefundRequest refund = new RefundRequest(created.providerPaymentId(), Money.euro(1000), "Terugbetaling", key);
        RefundResult first = provider.refund(refund);
        RefundResult again = provider.refund(refund);
        assertEquals(
                first.providerRefundId(),
                again.providerRefundId(),
                "the same idempotency key must give the same refund");
    }

    /** A link that expires a week after the provider's clock, so it is open whatever time the fake lives in. */
    protected PaymentLinkRequest linkRequest(String idempotencyKey) {
        return new PaymentLinkRequest(
                Money.euro(5800),
                "GAS 4 - 1-XYZ-987",
                "090933755493",
                null,
                context.callbackUrl(),
                context.clock().instant().plus(7, ChronoUnit.DAYS),
                idempotencyKey);
    }

    @Test
    void createsAPaymentLink() {
        PaymentLink link =
                provider.createPaymentLink(linkRequest(UUID.randomUUID().toString()));
        assertNotNull(link.url());
        assertTrue(link.url().isAbsolute(), "payment link must be absolute");
    }

    @Test
    void aNewPaymentLinkIsOpen() {
        PaymentLink link =
                provider.createPaymentLink(linkRequest(UUID.randomUUID().toString()));
        PaymentLinkSnapshot snapshot = provider.fetchPaymentLink(link.providerLinkId());
        assertEquals(link.providerLinkId(), snapshot.providerLinkId());
        assertEquals(PaymentStatus.OPEN, snapshot.status());
        assertNull(snapshot.paidAt(), "an unpaid link has no paidAt");
    }

    @Test
    void aPaidPaymentLinkIsPaid() {
        assumeTrue(canPayLinks(), "this plug-in's test cannot pay a link");
        PaymentLink link =
                provider.createPaymentLink(linkRequest(UUID.randomUUID().toString()));
        payLink(link.providerLinkId());
        PaymentLinkSnapshot snapshot = provider.fetchPaymentLink(link.providerLinkId());
        assertEquals(link.providerLinkId(), snapshot.providerLinkId());
        assertEquals(PaymentStatus.PAID, snapshot.status());
        assertNotNull(snapshot.paidAt(), "a paid link says when it was paid");
    }

    @Test
    void anUnknownPaymentLinkFailsClearly() {
        try {
            provider.fetchPaymentLink("unknown-" + UUID.randomUUID());
            fail("fetching an unknown payment link must fail");
        } catch (PluginException e) {
            assertFalse(e.isRetryable(), "an unknown payment link is not worth retrying");
            assertNotNull(e.getMessage());
        }
    }

    @Test
    void anUnknownPaymentFailsClearly() {
        try {
            provider.fetchPayment("unknown-" + UUID.randomUUID());
            fail("fetching an unknown payment must fail");
        } catch (PluginException e) {
            assertFalse(e.isRetryable(), "an unknown payment is not worth retrying");
            assertNotNull(e.getMessage());
        }
    }
}
