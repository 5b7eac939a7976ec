package be.ptrpas.plugins.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.PageResponse;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.payment.Money;
import be.ptrpas.spi.payment.PaymentLink;
import be.ptrpas.spi.payment.PaymentLinkRequest;
import be.ptrpas.spi.payment.PaymentLinkSnapshot;
import be.ptrpas.spi.payment.PaymentStatus;
import be.ptrpas.spi.payment.RefundRequest;
import be.ptrpas.spi.testkit.TestPluginContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** fetchPaymentLink: what the sandbox's own store says about a link and the payments its visits started. */
class SandboxPaymentLinkTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private WebhookReceiver receiver;
    private TestPluginContext context;
    private SandboxPaymentProvider provider;

    @BeforeEach
    void start() throws IOException {
        receiver = new WebhookReceiver();
        context = TestPluginContext.builder()
                .config(Map.of("signingSecret", "link-test-secret-0123456789", "expiryMinutes", "30"))
                .clock(clock)
                .callbackUrl(receiver.url())
                .build();
        provider = (SandboxPaymentProvider) new SandboxPaymentProviderFactory(Duration.ofSeconds(1)).create(context);
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void aNewLinkIsOpenAndFetchingItStartsNoPayment() {
        PaymentLink link = link("open", Duration.ofDays(7));

        assertThat(provider.fetchPaymentLink(link.providerLinkId()))
                .isEqualTo(new PaymentLinkSnapshot(link.providerLinkId(), PaymentStatus.OPEN, null, null));
        assertThat(context.store().get("payment-by-key/" + SandboxIds.hashOf("link/" + link.providerLinkId() + "/0")))
                .isEmpty();
    }

    @Test
    void aVisitedButUnpaidLinkIsOpen() {
        PaymentLink link = link("visited", Duration.ofDays(7));
        String first = checkoutOf(visit(link));
        choose(first, "failed");
        choose(checkoutOf(visit(link)), "canceled");
        visit(link);

        assertThat(provider.fetchPaymentLink(link.providerLinkId()).status()).isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void aLinkPaidAfterAFailedAttemptNamesThePayingPayment() {
        PaymentLink link = link("paid", Duration.ofDays(7));
        choose(checkoutOf(visit(link)), "failed");
        clock.advance(Duration.ofMinutes(3));
        String paying = checkoutOf(visit(link));
        choose(paying, "paid");
        Instant paidAt = clock.instant();

        PaymentLinkSnapshot snapshot = provider.fetchPaymentLink(link.providerLinkId());

        assertThat(snapshot)
                .isEqualTo(new PaymentLinkSnapshot(link.providerLinkId(), PaymentStatus.PAID, paidAt, paying));
        clock.advance(Duration.ofDays(30));
        assertThat(provider.fetchPaymentLink(link.providerLinkId()))
                .as("paid stays paid after the link's expiry")
                .isEqualTo(snapshot);
        provider.refund(new RefundRequest(paying, Money.euro(5800), "Terugbetaling", "refund-1"));
        assertThat(provider.fetchPaymentLink(link.providerLinkId()))
                .as("a refund shows on the payment; the link was still paid")
                .isEqualTo(snapshot);
    }

    @Test
    void anUnpaidLinkPastItsExpiryIsExpired() {
        PaymentLink unvisited = link("expired-1", Duration.ofDays(7));
        PaymentLink visited = link("expired-2", Duration.ofDays(7));
        checkoutOf(visit(visited));
        clock.advance(Duration.ofDays(7));

        assertThat(provider.fetchPaymentLink(unvisited.providerLinkId()))
                .isEqualTo(new PaymentLinkSnapshot(unvisited.providerLinkId(), PaymentStatus.EXPIRED, null, null));
        assertThat(provider.fetchPaymentLink(visited.providerLinkId()).status()).isEqualTo(PaymentStatus.EXPIRED);
    }

    @Test
    void aLinkWithoutExpiryStaysOpen() {
        PaymentLink link = provider.createPaymentLink(
                new PaymentLinkRequest(Money.euro(5800), "GAS 4", null, null, receiver.url(), null, "forever"));
        clock.advance(Duration.ofDays(3650));

        assertThat(provider.fetchPaymentLink(link.providerLinkId()).status()).isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void anUnknownLinkIsNotRetried() {
        assertPermanent(() -> provider.fetchPaymentLink("sbl_" + "A".repeat(24)), "no payment link");
        assertPermanent(() -> provider.fetchPaymentLink("../payment/sbx_" + "A".repeat(24)), "no payment link");
        assertPermanent(() -> provider.fetchPaymentLink("x".repeat(500)), "no payment link");
        assertPermanent(() -> provider.fetchPaymentLink(""), "no payment link");
        assertPermanent(() -> provider.fetchPaymentLink(null), "no payment link");
        String paymentId = checkoutOf(visit(link("not-a-link", Duration.ofDays(1))));
        assertPermanent(() -> provider.fetchPaymentLink(paymentId), "no payment link");
    }

    @Test
    void unreadableStoredDataIsReportedNotGuessed() {
        PaymentLink brokenLink = link("broken-link", Duration.ofDays(7));
        context.store()
                .put("link/" + brokenLink.providerLinkId(), "{\"id\": \"" + brokenLink.providerLinkId() + "\", ");
        assertPermanent(() -> provider.fetchPaymentLink(brokenLink.providerLinkId()), "unreadable");

        PaymentLink brokenPayment = link("broken-payment", Duration.ofDays(7));
        String paymentId = checkoutOf(visit(brokenPayment));
        context.store().put("payment/" + paymentId, "{\"id\": \"" + paymentId + "\", \"status\": \"PAID\"}");
        assertPermanent(() -> provider.fetchPaymentLink(brokenPayment.providerLinkId()), "unreadable");

        PaymentLink danglingPayment = link("dangling-payment", Duration.ofDays(7));
        String gone = checkoutOf(visit(danglingPayment));
        context.store().remove("payment/" + gone);
        assertPermanent(() -> provider.fetchPaymentLink(danglingPayment.providerLinkId()), "unreadable");
    }

    private PaymentLink link(String key, Duration validFor) {
        return provider.createPaymentLink(new PaymentLinkRequest(
                Money.euro(5800),
                "GAS 4 - 1-XYZ-987",
                "090933755493",
                null,
                receiver.url(),
                clock.instant().plus(validFor),
                key));
    }

    private PageResponse visit(PaymentLink link) {
        return provider.handlePage(request("GET", "link/" + link.providerLinkId(), ""))
                .orElseThrow();
    }

    private static String checkoutOf(PageResponse visit) {
        assertThat(visit.status()).isEqualTo(303);
        String location = visit.headers().get("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private void choose(String paymentId, String outcome) {
        provider.handlePage(request("POST", "checkout/" + paymentId, "outcome=" + outcome))
                .orElseThrow();
    }

    private static InboundRequest request(String method, String path, String form) {
        return new InboundRequest(
                method,
                path,
                Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
                Map.of(),
                form.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertPermanent(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PluginException.class, e -> {
            assertThat(e.isRetryable()).as(e.getMessage()).isFalse();
            assertThat(e.getMessage()).contains(message);
        });
    }
}
