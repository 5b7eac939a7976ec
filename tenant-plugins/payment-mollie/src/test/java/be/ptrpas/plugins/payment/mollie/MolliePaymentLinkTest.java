package be.ptrpas.plugins.payment.mollie;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.payment.PaymentLinkSnapshot;
import be.ptrpas.spi.payment.PaymentProvider;
import be.ptrpas.spi.payment.PaymentStatus;
import be.ptrpas.spi.testkit.TestPluginContext;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the Mollie plug-in reads a payment link (GET /v2/payment-links/{id}) and maps it onto OPEN, PAID, EXPIRED. */
class MolliePaymentLinkTest {

    private static final String LINK = "pl_4Y0eZitmBnQ6IDoMqZQKh";
    /** MollieBodies' links expire on 2026-03-09T09:00:00Z. */
    private static final Instant BEFORE_EXPIRY = Instant.parse("2026-03-05T12:00:00Z");

    private static final Instant AT_EXPIRY = Instant.parse("2026-03-09T09:00:00Z");

    private final FakeMollie mollie = new FakeMollie();
    private final WireMockServer server = mollie.server();

    @AfterEach
    void stop() {
        mollie.close();
    }

    @Test
    void anUnpaidLinkBeforeItsExpiryIsOpen() {
        stubLink(200, MollieBodies.paymentLink(LINK, "58.00"));

        PaymentLinkSnapshot snapshot = provider(BEFORE_EXPIRY).fetchPaymentLink(LINK);

        assertThat(snapshot).isEqualTo(new PaymentLinkSnapshot(LINK, PaymentStatus.OPEN, null, null));
        server.verify(getRequestedFor(urlPathEqualTo("/v2/payment-links/" + LINK))
                .withHeader("Authorization", equalTo("Bearer " + FakeMollie.API_KEY)));
    }

    @Test
    void anUnpaidLinkPastItsExpiryIsExpiredByTheProvidersClock() {
        stubLink(200, MollieBodies.paymentLink(LINK, "58.00"));

        assertThat(provider(AT_EXPIRY).fetchPaymentLink(LINK).status()).isEqualTo(PaymentStatus.EXPIRED);
        assertThat(provider(AT_EXPIRY.plusSeconds(86_400)).fetchPaymentLink(LINK))
                .isEqualTo(new PaymentLinkSnapshot(LINK, PaymentStatus.EXPIRED, null, null));
    }

    @Test
    void aLinkWithoutExpiryStaysOpen() {
        stubLink(200, MollieBodies.paymentLink(LINK, "58.00", "null", "null"));

        assertThat(provider(Instant.parse("2099-01-01T00:00:00Z"))
                        .fetchPaymentLink(LINK)
                        .status())
                .isEqualTo(PaymentStatus.OPEN);
    }

    @Test
    void aPaidLinkIsPaidWithItsTimeAndNoPaymentIdEvenPastItsExpiry() {
        stubLink(
                200,
                MollieBodies.paymentLink(
                        LINK, "58.00", "\"2026-03-09T09:00:00+00:00\"", "\"2026-03-04T15:21:07+01:00\""));
        PaymentLinkSnapshot expected =
                new PaymentLinkSnapshot(LINK, PaymentStatus.PAID, Instant.parse("2026-03-04T14:21:07Z"), null);

        assertThat(provider(BEFORE_EXPIRY).fetchPaymentLink(LINK)).isEqualTo(expected);
        assertThat(provider(AT_EXPIRY.plusSeconds(86_400)).fetchPaymentLink(LINK))
                .isEqualTo(expected);
        stubLink(
                200,
                MollieBodies.paymentLink(
                                LINK, "58.00", "\"2026-03-09T09:00:00+00:00\"", "\"2026-03-04T15:21:07+01:00\"")
                        .replace("\"archived\": false", "\"archived\": true"));
        assertThat(provider(BEFORE_EXPIRY).fetchPaymentLink(LINK)).isEqualTo(expected);
    }

    @Test
    void anUnknownLinkIsNotRetried() {
        assertThatThrownBy(() -> provider(BEFORE_EXPIRY).fetchPaymentLink("pl_doesNotExist"))
                .isInstanceOfSatisfying(PluginException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.getMessage())
                            .contains("no payment link pl_doesNotExist")
                            .contains("404");
                });
    }

    @Test
    void anIdThatIsNotAMollieLinkIdNeverReachesAUrl() {
        PaymentProvider provider = provider(BEFORE_EXPIRY);

        assertRetryable(() -> provider.fetchPaymentLink("../payments/tr_WDqYK6vllg"), false);
        assertRetryable(() -> provider.fetchPaymentLink("pl_abc?x=1"), false);
        assertRetryable(() -> provider.fetchPaymentLink("tr_WDqYK6vllg"), false);
        assertRetryable(() -> provider.fetchPaymentLink(""), false);
        assertRetryable(() -> provider.fetchPaymentLink(null), false);
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRefusedKeyIsNotRetried() {
        PaymentProvider wrongKey = new MolliePaymentProviderFactory()
                .create(TestPluginContext.builder()
                        .set("apiKey", "test_wrongwrongwrongwrongwrongwr")
                        .set("apiBaseUrl", mollie.baseUrl())
                        .build());

        assertThatThrownBy(() -> wrongKey.fetchPaymentLink(LINK)).isInstanceOfSatisfying(PluginException.class, e -> {
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getMessage()).contains("API key").contains("401").doesNotContain("test_wrong");
        });
    }

    @Test
    void serverErrorsAndRateLimitsAreRetryable() {
        stubLink(503, "<html>Service Unavailable</html>");
        assertRetryable(() -> provider(BEFORE_EXPIRY).fetchPaymentLink(LINK), true);

        stubLink(429, MollieBodies.error(429, "Too Many Requests", "Rate limit"));
        assertRetryable(() -> provider(BEFORE_EXPIRY).fetchPaymentLink(LINK), true);

        PaymentProvider nowhere = new MolliePaymentProviderFactory()
                .create(TestPluginContext.builder()
                        .set("apiKey", FakeMollie.API_KEY)
                        .set("apiBaseUrl", "http://127.0.0.1:1/v2")
                        .build());
        assertRetryable(() -> nowhere.fetchPaymentLink(LINK), true);
    }

    @Test
    void malformedAnswersArePluginExceptions() {
        PaymentProvider provider = provider(BEFORE_EXPIRY);

        stubLink(200, "{\"resource\": \"payment-link\", \"id\": \"" + LINK + "\", ");
        assertThatThrownBy(() -> provider.fetchPaymentLink(LINK))
                .isExactlyInstanceOf(PluginException.class)
                .hasMessageContaining("malformed JSON");

        stubLink(200, MollieBodies.paymentLink(LINK, "58.00", "null", "\"yesterday\""));
        assertRetryable(() -> provider.fetchPaymentLink(LINK), false);

        stubLink(200, MollieBodies.paymentLink(LINK, "58.00", "1741510800", "null"));
        assertRetryable(() -> provider.fetchPaymentLink(LINK), false);

        stubLink(200, MollieBodies.paymentLink(LINK, "58.00").replace("\"archived\": false", "\"archived\": \"no\""));
        assertRetryable(() -> provider.fetchPaymentLink(LINK), false);

        stubLink(200, MollieBodies.paymentLink("pl_someOtherLink", "58.00"));
        assertRetryable(() -> provider.fetchPaymentLink(LINK), false);

        stubLink(200, "{\"resource\": \"payment-link\"}");
        assertRetryable(() -> provider.fetchPaymentLink(LINK), false);
    }

    private void stubLink(int status, String body) {
        server.stubFor(get(urlPathEqualTo("/v2/payment-links/" + LINK))
                .atPriority(1)
                .willReturn(FakeMollie.json(status, body)));
    }

    private PaymentProvider provider(Instant now) {
        return new MolliePaymentProviderFactory()
                .create(TestPluginContext.builder()
                        .tenantNis("71022")
                        .set("apiKey", FakeMollie.API_KEY)
                        .set("apiBaseUrl", mollie.baseUrl())
                        .clock(Clock.fixed(now, ZoneOffset.UTC))
                        .build());
    }

    private static void assertRetryable(ThrowingCallable call, boolean retryable) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        PluginException.class,
                        e -> assertThat(e.isRetryable()).as(e.getMessage()).isEqualTo(retryable));
    }
}
