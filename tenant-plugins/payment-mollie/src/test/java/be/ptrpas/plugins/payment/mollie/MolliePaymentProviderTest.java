package be.ptrpas.plugins.payment.mollie;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.payment.CreatedPayment;
import be.ptrpas.spi.payment.Money;
import be.ptrpas.spi.payment.PaymentLink;
import be.ptrpas.spi.payment.PaymentLinkRequest;
import be.ptrpas.spi.payment.PaymentProvider;
import be.ptrpas.spi.payment.PaymentRequest;
import be.ptrpas.spi.payment.PaymentSnapshot;
import be.ptrpas.spi.payment.PaymentStatus;
import be.ptrpas.spi.payment.RefundRequest;
import be.ptrpas.spi.payment.RefundResult;
import be.ptrpas.spi.testkit.TestPluginContext;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the Mollie plug-in talks to Mollie and how it reports Mollie's failures. */
class MolliePaymentProviderTest {

    private static final String PAYMENT = "tr_WDqYK6vllg";

    private final FakeMollie mollie = new FakeMollie();
    private final WireMockServer server = mollie.server();
    private final PaymentProvider provider = provider(FakeMollie.API_KEY, mollie.baseUrl());

    @AfterEach
    void stop() {
        mollie.close();
    }

    @Test
    void createsAPaymentTheWayMollieDocumentsIt() {
        CreatedPayment created = provider.createPayment(request(2450, "key-123"));

        assertThat(created.providerPaymentId()).startsWith("tr_");
        assertThat(created.checkoutUrl().toString()).startsWith("https://www.mollie.com/checkout/select-method/");
        assertThat(created.expiresAt()).isEqualTo(Instant.parse("2026-03-02T09:15:00Z"));
        assertThat(created.status()).isEqualTo(PaymentStatus.OPEN);
        server.verify(postRequestedFor(urlPathEqualTo("/v2/payments"))
                .withHeader("Idempotency-Key", equalTo("key-123"))
                .withHeader("Authorization", equalTo("Bearer " + FakeMollie.API_KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"amount": {"currency": "EUR", "value": "24.50"},
                         "description": "Bewonerskaart zone A",
                         "redirectUrl": "https://parkeren.example.be/terug",
                         "webhookUrl": "https://parkeren.example.be/hook",
                         "locale": "nl_BE",
                         "metadata": {"item": "permit-1", "tenantNis": "71022", "structuredReference": "090933755493"}}
                        """)));
    }

    @Test
    void smallAmountsKeepTheirLeadingZero() {
        provider.createPayment(request(5, "five-cents"));
        provider.createPayment(request(123456, "big"));

        server.verify(postRequestedFor(urlPathEqualTo("/v2/payments"))
                .withRequestBody(matchingJsonPath("$.amount.value", equalTo("0.05"))));
        server.verify(postRequestedFor(urlPathEqualTo("/v2/payments"))
                .withRequestBody(matchingJsonPath("$.amount.value", equalTo("1234.56"))));
    }

    @Test
    void aLongDescriptionIsCutToMollieLimitAndNoLocaleIsSentWhenNotSet() {
        PaymentProvider withoutLocale = provider(FakeMollie.API_KEY, mollie.baseUrl(), Map.of());
        withoutLocale.createPayment(
                new PaymentRequest(Money.euro(100), "x".repeat(300), null, null, null, "k", Map.of()));

        server.verify(postRequestedFor(urlPathEqualTo("/v2/payments"))
                .withRequestBody(matchingJsonPath("$.description", equalTo("x".repeat(255))))
                .withRequestBody(matchingJsonPath("$.locale", absent()))
                .withRequestBody(matchingJsonPath("$.redirectUrl", absent())));
    }

    @Test
    void readsPaidPartlyRefundedAndFullyRefundedPayments() {
        mollie.stubPayment(PAYMENT, PaymentStatus.PAID);
        PaymentSnapshot paid = provider.fetchPayment(PAYMENT);
        assertThat(paid.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(paid.providerStatus()).isEqualTo("paid");
        assertThat(paid.paidAt()).isEqualTo(Instant.parse("2026-03-02T09:03:41Z"));
        assertThat(paid.refunded()).isEqualTo(Money.euro(0));

        mollie.stubPayment(PAYMENT, PaymentStatus.REFUNDED);
        PaymentSnapshot refunded = provider.fetchPayment(PAYMENT);
        assertThat(refunded.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(refunded.providerStatus()).isEqualTo("paid");
        assertThat(refunded.refunded()).isEqualTo(Money.euro(2450));

        assertThat(MollieStatuses.map("paid", Money.euro(2450), Money.euro(1000)))
                .isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void serverErrorsRateLimitsAndTimeOutsAreRetryable() {
        stubGet(503, "<html>Service Unavailable</html>");
        assertRetryable(() -> provider.fetchPayment(PAYMENT), true);

        stubGet(500, MollieBodies.error(500, "Internal Server Error", "Something went wrong"));
        assertRetryable(() -> provider.fetchPayment(PAYMENT), true);

        stubGet(429, MollieBodies.error(429, "Too Many Requests", "Rate limit"));
        assertRetryable(() -> provider.fetchPayment(PAYMENT), true);

        server.stubFor(get(urlPathEqualTo("/v2/payments/" + PAYMENT))
                .atPriority(1)
                .willReturn(FakeMollie.json(200, MollieBodies.payment(PAYMENT, Money.euro(100), PaymentStatus.OPEN))
                        .withFixedDelay(1500)));
        PaymentProvider impatient = new MolliePaymentProviderFactory(Duration.ofMillis(300))
                .create(context(FakeMollie.API_KEY, mollie.baseUrl(), Map.of()));
        assertRetryable(() -> impatient.fetchPayment(PAYMENT), true);
    }

    @Test
    void anUnreachableMollieIsRetryable() {
        PaymentProvider nowhere = provider(FakeMollie.API_KEY, "http://127.0.0.1:1/v2");

        assertRetryable(() -> nowhere.fetchPayment(PAYMENT), true);
    }

    @Test
    void aRefusedApiKeySaysSoAndIsNotRetried() {
        PaymentProvider wrongKey = provider("test_wrongwrongwrongwrongwrongwr", mollie.baseUrl());

        assertThatThrownBy(() -> wrongKey.createPayment(request(2450, "k")))
                .isInstanceOfSatisfying(PluginException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage())
                            .contains("API key")
                            .contains("401")
                            .doesNotContain("test_wrong");
                });
    }

    @Test
    void unknownPaymentsAndRefusedRequestsAreNotRetried() {
        assertRetryable(() -> provider.fetchPayment("tr_doesNotExist"), false);
        assertRetryable(() -> provider.fetchPayment("../../v1/secrets"), false);

        server.stubFor(post(urlPathEqualTo("/v2/payments/" + PAYMENT + "/refunds"))
                .atPriority(2)
                .willReturn(FakeMollie.json(
                        422,
                        MollieBodies.error(
                                422,
                                "Unprocessable Entity",
                                "The refund amount is higher than the amount that remains"))));
        assertThatThrownBy(() -> provider.refund(new RefundRequest(PAYMENT, Money.euro(99999), "x", "k")))
                .isInstanceOfSatisfying(PluginException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage()).contains("422").contains("higher than the amount that remains");
                });
    }

    @Test
    void malformedJsonFromMollieIsAPluginException() {
        stubGet(200, "{\"resource\": \"payment\", \"id\": \"" + PAYMENT + "\", ");
        assertThatThrownBy(() -> provider.fetchPayment(PAYMENT))
                .isExactlyInstanceOf(PluginException.class)
                .hasMessageContaining("malformed JSON");

        stubGet(200, "{\"resource\": \"payment\", \"id\": \"" + PAYMENT + "\", \"status\": \"paid\"}");
        assertRetryable(() -> provider.fetchPayment(PAYMENT), false);

        stubGet(
                200,
                MollieBodies.payment(PAYMENT, Money.euro(100), PaymentStatus.OPEN)
                        .replace("\"1.00\"", "1.00"));
        assertRetryable(() -> provider.fetchPayment(PAYMENT), false);

        stubGet(
                200,
                MollieBodies.payment(PAYMENT, Money.euro(100), PaymentStatus.OPEN)
                        .replace("\"open\"", "\"teleported\""));
        assertRetryable(() -> provider.fetchPayment(PAYMENT), false);
    }

    @Test
    void refundsWithAnIdempotencyKey() {
        RefundResult refund =
                provider.refund(new RefundRequest(PAYMENT, Money.euro(1000), "Terugbetaling", "refund-1"));

        assertThat(refund.providerRefundId()).isEqualTo("re_4qqhO89gsT");
        assertThat(refund.status()).isEqualTo("pending");
        server.verify(postRequestedFor(urlPathEqualTo("/v2/payments/" + PAYMENT + "/refunds"))
                .withHeader("Idempotency-Key", equalTo("refund-1"))
                .withRequestBody(equalToJson("""
                        {"amount": {"currency": "EUR", "value": "10.00"}, "description": "Terugbetaling"}
                        """)));
    }

    @Test
    void createsAPaymentLink() {
        PaymentLink link = provider.createPaymentLink(new PaymentLinkRequest(
                Money.euro(5800),
                "GAS 4 - 1-XYZ-987",
                "090933755493",
                URI.create("https://parkeren.example.be/bedankt"),
                URI.create("https://parkeren.example.be/hook"),
                Instant.parse("2026-03-09T09:00:00.123Z"),
                "link-1"));

        assertThat(link.providerLinkId()).isEqualTo("pl_4Y0eZitmBnQ6IDoMqZQKh");
        assertThat(link.url()).isEqualTo(URI.create("https://paymentlink.mollie.com/payment/4Y0eZitmBnQ6IDoMqZQKh/"));
        assertThat(link.expiresAt()).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
        server.verify(postRequestedFor(urlPathEqualTo("/v2/payment-links"))
                .withHeader("Idempotency-Key", equalTo("link-1"))
                .withRequestBody(equalToJson("""
                        {"amount": {"currency": "EUR", "value": "58.00"},
                         "description": "GAS 4 - 1-XYZ-987",
                         "redirectUrl": "https://parkeren.example.be/bedankt",
                         "webhookUrl": "https://parkeren.example.be/hook",
                         "expiresAt": "2026-03-09T09:00:00+00:00"}
                        """)));
    }

    private void stubGet(int status, String body) {
        server.stubFor(
                get(urlPathEqualTo("/v2/payments/" + PAYMENT)).atPriority(1).willReturn(FakeMollie.json(status, body)));
    }

    private static void assertRetryable(ThrowingCallable call, boolean retryable) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        PluginException.class,
                        e -> assertThat(e.isRetryable()).as(e.getMessage()).isEqualTo(retryable));
    }

    private static PaymentRequest request(long cents, String key) {
        return new PaymentRequest(
                Money.euro(cents),
                "Bewonerskaart zone A",
                "090933755493",
                URI.create("https://parkeren.example.be/terug"),
                URI.create("https://parkeren.example.be/hook"),
                key,
                Map.of("item", "permit-1"));
    }

    private static PaymentProvider provider(String apiKey, String baseUrl) {
        return provider(apiKey, baseUrl, Map.of("locale", "nl_BE"));
    }

    private static PaymentProvider provider(String apiKey, String baseUrl, Map<String, String> extra) {
        return new MolliePaymentProviderFactory().create(context(apiKey, baseUrl, extra));
    }

    private static TestPluginContext context(String apiKey, String baseUrl, Map<String, String> extra) {
        return TestPluginContext.builder()
                .tenantNis("71022")
                .set("apiKey", apiKey)
                .set("apiBaseUrl", baseUrl)
                .config(extra)
                .build();
    }
}
