package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.PageResponse;
import be.ptrpas.spi.payment.Money;
import be.ptrpas.spi.payment.PaymentProviderFactory;
import be.ptrpas.spi.payment.PaymentStatus;
import be.ptrpas.spi.payment.RefundRequest;
import be.ptrpas.spi.testkit.PaymentProviderContract;
import be.ptrpas.spi.testkit.TestPluginContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * The SPI contract against the sandbox. Payer outcomes are driven the way a payer reaches them (a POST of the
 * checkout form); pending and authorized, which no button produces, are set as a bank would; expiry by the clock.
 * Every status is reachable, so {@code reachableStatuses()} keeps the default.
 */
class SandboxPaymentProviderContractTest extends PaymentProviderContract {

    static final String SECRET = "contract-test-secret-0123456789";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final WebhookReceiver receiver;

    SandboxPaymentProviderContractTest() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Override
    protected PaymentProviderFactory factory() {
        return new SandboxPaymentProviderFactory(Duration.ofSeconds(2));
    }

    @Override
    protected Map<String, String> validConfig() {
        return Map.of("signingSecret", SECRET, "checkoutTitle", "Parkeren Testgem", "expiryMinutes", "30");
    }

    @Override
    protected TestPluginContext context(Map<String, String> config) {
        // Webhooks go to our own receiver, never to whatever else might listen on the default callback port.
        return TestPluginContext.builder()
                .config(config)
                .clock(clock)
                .callbackUrl(receiver.url())
                .build();
    }

    @Override
    protected void drive(String providerPaymentId, PaymentStatus status) {
        switch (status) {
            case OPEN -> {}
            case PAID, FAILED, CANCELED -> choose(providerPaymentId, SandboxPaymentProvider.word(status));
            case PENDING, AUTHORIZED ->
                new SandboxPayments(context.store()).forceStatus(providerPaymentId, status, clock.instant());
            case EXPIRED -> clock.advance(Duration.ofMinutes(31));
            case REFUNDED -> {
                choose(providerPaymentId, "paid");
                provider.refund(new RefundRequest(
                        providerPaymentId,
                        Money.euro(2450),
                        "Terugbetaling",
                        UUID.randomUUID().toString()));
            }
        }
    }

    /** As a payer would: open the link page, follow it to the checkout and choose "paid" there. */
    @Override
    protected void payLink(String providerLinkId) {
        PageResponse page = ((SandboxPaymentProvider) provider)
                .handlePage(new InboundRequest("GET", "link/" + providerLinkId, Map.of(), Map.of(), new byte[0]))
                .orElseThrow();
        String checkout = page.headers().get("Location");
        if (page.status() != 303 || checkout == null) {
            throw new AssertionError("the link page did not lead to a checkout: HTTP " + page.status());
        }
        choose(checkout.substring(checkout.lastIndexOf('/') + 1), "paid");
    }

    @Override
    protected boolean canPayLinks() {
        return true;
    }

    private void choose(String paymentId, String outcome) {
        ((SandboxPaymentProvider) provider)
                .handlePage(new InboundRequest(
                        "POST",
                        "checkout/" + paymentId,
                        Map.of("Content-Type", List.of("application/x-www-form-urlencoded")),
                        Map.of(),
                        ("outcome=" + outcome).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    protected InboundRequest genuineWebhook(String providerPaymentId) {
        byte[] body = WebhookSender.body(providerPaymentId, "paid", "evt_contract");
        return InboundRequest.post(body, Map.of(WebhookSignature.HEADER, new WebhookSignature(SECRET).sign(body)));
    }

    @Override
    protected InboundRequest forgedWebhook(String providerPaymentId) {
        byte[] body = WebhookSender.body(providerPaymentId, "paid", "evt_forged");
        String wrong = new WebhookSignature("an-attacker-guessed-this-secret").sign(body);
        return InboundRequest.post(body, Map.of(WebhookSignature.HEADER, wrong));
    }
}
