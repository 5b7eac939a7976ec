package be.ptrpas.plugins.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sandbox's settings beyond what the contract checks. */
class SandboxFactoryTest {

    private final SandboxPaymentProviderFactory factory = new SandboxPaymentProviderFactory();

    @Test
    void describesItsSettings() {
        List<ConfigProperty> properties = factory.configProperties();

        assertThat(properties)
                .extracting(ConfigProperty::name)
                .containsExactly("signingSecret", "checkoutTitle", "expiryMinutes");
        assertThat(properties.get(0).secret()).isTrue();
        assertThat(properties.get(0).required()).isTrue();
        assertThat(properties.get(2).type()).isEqualTo(ConfigProperty.Type.INTEGER);
    }

    @Test
    void refusesAnExpiryOutsideItsRangeAndAShortSecret() {
        List<ConfigIssue> issues = factory.validate(Map.of("signingSecret", "short", "expiryMinutes", "0"));

        assertThat(issues)
                .extracting(ConfigIssue::property)
                .containsExactlyInAnyOrder("signingSecret", "expiryMinutes");
        assertThat(factory.validate(Map.of("signingSecret", "long-enough-secret-123", "expiryMinutes", "abc")))
                .extracting(ConfigIssue::property)
                .containsExactly("expiryMinutes");
        assertThat(factory.validate(Map.of("signingSecret", "long-enough-secret-123", "expiryMinutes", "10080")))
                .isEmpty();
    }
}
