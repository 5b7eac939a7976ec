package be.ptrpas.plugins.payment.mollie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.payment.PaymentNotice;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mollie's id-only webhook and the plug-in's settings. */
class MollieWebhookAndSettingsTest {

    private final MolliePaymentProviderFactory factory = new MolliePaymentProviderFactory();

    @Test
    void aWebhookIsOnlyTheIdToFetch() throws RejectedRequestException {
        PaymentNotice notice = MollieWebhook.parse(form("id=tr_d0b0E3EA3v"));

        assertThat(notice).isEqualTo(new PaymentNotice("tr_d0b0E3EA3v", null, null));
        assertThat(MollieWebhook.parse(form("foo=1&id=tr_d0b0E3EA3v")).providerPaymentId())
                .isEqualTo("tr_d0b0E3EA3v");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "id=",
                "id=pl_4Y0eZitmBnQ6IDoMqZQKh",
                "id=tr_%3Cscript%3E",
                "id=tr_../../x",
                "foo=tr_d0b0E3EA3v",
                "{\"id\":\"tr_d0b0E3EA3v\"}",
                "id=%zz",
                "id=tr_a"
            })
    void anythingElseIsRejected(String body) {
        assertThatThrownBy(() -> MollieWebhook.parse(form(body))).isInstanceOf(RejectedRequestException.class);
    }

    @Test
    void anOversizedWebhookIsRejected() {
        assertThatThrownBy(() -> MollieWebhook.parse(form("id=tr_d0b0E3EA3v&pad=" + "x".repeat(2000))))
                .isInstanceOf(RejectedRequestException.class);
    }

    @Test
    void theApiKeyMustBeATestOrLiveKey() {
        assertThat(factory.validate(Map.of("apiKey", "sk_live_123456789012345")))
                .extracting(ConfigIssue::property)
                .containsExactly("apiKey");
        assertThat(factory.validate(Map.of("apiKey", "live_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM")))
                .isEmpty();
    }

    @Test
    void theApiAddressMustBeHttpsExceptOnThisMachine() {
        String key = FakeMollie.API_KEY;
        assertThat(factory.validate(Map.of("apiKey", key, "apiBaseUrl", "http://api.mollie.com/v2")))
                .extracting(ConfigIssue::property)
                .containsExactly("apiBaseUrl");
        assertThat(factory.validate(Map.of("apiKey", key, "apiBaseUrl", "http://127.0.0.1:8089/v2")))
                .isEmpty();
        assertThat(factory.validate(Map.of("apiKey", key, "apiBaseUrl", "https://api.mollie.com/v2/")))
                .isEmpty();
        assertThat(factory.validate(Map.of("apiKey", key, "apiBaseUrl", "not a url")))
                .extracting(ConfigIssue::property)
                .containsExactly("apiBaseUrl");
    }

    @Test
    void theLocaleIsAChoice() {
        assertThat(factory.validate(Map.of("apiKey", FakeMollie.API_KEY, "locale", "de_DE")))
                .extracting(ConfigIssue::property)
                .containsExactly("locale");
        assertThat(factory.configProperties())
                .filteredOn(p -> p.name().equals("locale"))
                .singleElement()
                .satisfies(p -> assertThat(p.choices()).containsExactly("nl_BE", "fr_BE", "en_US"));
        assertThat(factory.configProperties())
                .filteredOn(p -> p.name().equals("apiKey"))
                .singleElement()
                .satisfies(p -> assertThat(p.secret() && p.required()).isTrue());
    }

    private static InboundRequest form(String body) {
        return InboundRequest.post(
                body.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }
}
