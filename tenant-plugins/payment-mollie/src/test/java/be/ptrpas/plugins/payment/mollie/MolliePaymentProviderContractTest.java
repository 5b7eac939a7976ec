package be.ptrpas.plugins.payment.mollie;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.payment.PaymentProviderFactory;
import be.ptrpas.spi.payment.PaymentStatus;
import be.ptrpas.spi.testkit.PaymentProviderContract;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * The SPI contract against a WireMock Mollie. Mollie's webhooks carry only an id, so a forged one is caught by
 * the fetch that follows (404), not by {@code parseWebhook}.
 */
class MolliePaymentProviderContractTest extends PaymentProviderContract {

    private final FakeMollie mollie = new FakeMollie();

    @AfterEach
    void stopMollie() {
        mollie.close();
    }

    @Override
    protected PaymentProviderFactory factory() {
        return new MolliePaymentProviderFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return Map.of("apiKey", FakeMollie.API_KEY, "apiBaseUrl", mollie.baseUrl(), "locale", "nl_BE");
    }

    @Override
    protected void drive(String providerPaymentId, PaymentStatus status) {
        mollie.stubPayment(providerPaymentId, status);
    }

    @Override
    protected void payLink(String providerLinkId) {
        mollie.stubPaidLink(providerLinkId);
    }

    @Override
    protected boolean canPayLinks() {
        return true;
    }

    @Override
    protected InboundRequest genuineWebhook(String providerPaymentId) {
        return form("id=" + providerPaymentId);
    }

    @Override
    protected InboundRequest forgedWebhook(String providerPaymentId) {
        return form("id=tr_forgedByAnAttacker");
    }

    @Override
    protected boolean webhooksAreSigned() {
        return false;
    }

    private static InboundRequest form(String body) {
        return InboundRequest.post(
                body.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }
}
