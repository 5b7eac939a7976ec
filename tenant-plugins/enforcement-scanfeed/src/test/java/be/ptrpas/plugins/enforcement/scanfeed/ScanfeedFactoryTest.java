package be.ptrpas.plugins.enforcement.scanfeed;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.ConfigIssue;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanfeedFactoryTest {

    private final ScanfeedFactory factory = new ScanfeedFactory();

    @Test
    void theClockSkewMustBeSensible() {
        for (String bad : new String[] {"0", "-5", "86401"}) {
            Map<String, String> config = new HashMap<>(Uploads.config());
            config.put("maxClockSkewSeconds", bad);
            assertThat(factory.validate(config))
                    .extracting(ConfigIssue::property)
                    .containsExactly("maxClockSkewSeconds");
        }
        Map<String, String> config = new HashMap<>(Uploads.config());
        config.put("maxClockSkewSeconds", "five");
        assertThat(factory.validate(config)).extracting(ConfigIssue::property).containsExactly("maxClockSkewSeconds");
    }

    @Test
    void aShortSecretIsRefused() {
        Map<String, String> config = new HashMap<>(Uploads.config());
        config.put("signingSecret", "secret");
        assertThat(factory.validate(config)).extracting(ConfigIssue::property).containsExactly("signingSecret");
    }

    @Test
    void allowedDevicesIsACommaList() {
        assertThat(ScanfeedFactory.allowedDevices(" car-1, car-2 ,,car-3"))
                .containsExactlyInAnyOrder("car-1", "car-2", "car-3");
        assertThat(ScanfeedFactory.allowedDevices("")).isEmpty();
    }

    @Test
    void theSigningSecretIsSecret() {
        assertThat(factory.configProperties())
                .filteredOn(property -> property.name().equals("signingSecret"))
                .singleElement()
                .satisfies(property -> assertThat(property.secret()).isTrue());
    }
}
