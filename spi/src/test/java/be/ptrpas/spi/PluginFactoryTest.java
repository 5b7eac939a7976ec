package be.ptrpas.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginFactoryTest {

    private final PluginFactory factory = new PluginFactory() {
        public String id() {
            return "payment-example";
        }

        public String version() {
            return "1.0.0";
        }

        public PluginKind kind() {
            return PluginKind.PAYMENT_PROVIDER;
        }

        public String displayName() {
            return "Example";
        }

        public List<ConfigProperty> configProperties() {
            return List.of(
                    ConfigProperty.required("profileId", "Profile id", ConfigProperty.Type.STRING),
                    ConfigProperty.secret("apiKey", "API key"),
                    ConfigProperty.optional("webhookBase", "Webhook base URL", ConfigProperty.Type.URL),
                    ConfigProperty.optional("retries", "Retries", ConfigProperty.Type.INTEGER),
                    new ConfigProperty(
                            "mode", "Mode", ConfigProperty.Type.CHOICE, false, false, List.of("test", "live"), null));
        }
    };

    @Test
    void acceptsCompleteValidSettings() {
        assertThat(factory.validate(Map.of(
                        "profileId",
                        "pfl_1",
                        "apiKey",
                        "k",
                        "mode",
                        "live",
                        "webhookBase",
                        "https://pay.example.be",
                        "retries",
                        "3")))
                .isEmpty();
    }

    @Test
    void reportsMissingRequiredWrongTypesAndUnknownKeys() {
        List<ConfigIssue> issues =
                factory.validate(Map.of("webhookBase", "ftp://x", "retries", "three", "mode", "prod", "colour", "red"));
        assertThat(issues)
                .extracting(ConfigIssue::property)
                .containsExactly("profileId", "apiKey", "webhookBase", "retries", "mode", "colour");
        assertThat(issues)
                .extracting(ConfigIssue::message)
                .contains(
                        "Profile id is required",
                        "Webhook base URL must be an http(s) URL",
                        "Retries must be a whole number",
                        "Mode must be one of test, live",
                        "unknown setting 'colour' for this plug-in");
    }

    @Test
    void rejectsMalformedDescriptors() {
        assertThatThrownBy(() -> ConfigProperty.required("bad name", "x", ConfigProperty.Type.STRING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> new ConfigProperty("c", "c", ConfigProperty.Type.CHOICE, false, false, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spiVersionCompatibilityIsSameMajorAndNotNewerMinor() {
        assertThat(SpiVersion.isCompatible(SpiVersion.current())).isTrue();
        assertThat(SpiVersion.isCompatible(SpiVersion.MAJOR + ".0")).isTrue();
        assertThat(SpiVersion.isCompatible(SpiVersion.MAJOR + "." + (SpiVersion.MINOR + 1)))
                .isFalse();
        assertThat(SpiVersion.isCompatible((SpiVersion.MAJOR + 1) + ".0")).isFalse();
        assertThat(SpiVersion.isCompatible("one")).isFalse();
    }
}
