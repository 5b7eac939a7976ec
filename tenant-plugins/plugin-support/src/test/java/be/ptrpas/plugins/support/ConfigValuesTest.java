package be.ptrpas.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigValuesTest {

    private static final Map<String, String> CONFIG = Map.of("a", "  x ", "blank", "  ");

    @Test
    void valuesAreStrippedAndBlankIsAbsent() {
        assertThat(ConfigValues.value(CONFIG, "a")).hasValue("x");
        assertThat(ConfigValues.value(CONFIG, "blank")).isEmpty();
        assertThat(ConfigValues.value(CONFIG, "missing")).isEmpty();
        assertThat(ConfigValues.required(CONFIG, "a")).isEqualTo("x");
        assertThatThrownBy(() -> ConfigValues.required(CONFIG, "blank")).hasMessage("blank is required");
    }

    @Test
    void plainHttpOnlyToThisMachine() {
        assertThat(ConfigValues.isCleartextToRemoteHost("http://gateway.example"))
                .isTrue();
        assertThat(ConfigValues.isCleartextToRemoteHost("HTTP://gateway.example/api"))
                .isTrue();
        assertThat(ConfigValues.isCleartextToRemoteHost("https://gateway.example"))
                .isFalse();
        assertThat(ConfigValues.isCleartextToRemoteHost("http://127.0.0.1:8080/x"))
                .isFalse();
        assertThat(ConfigValues.isCleartextToRemoteHost("http://LOCALHOST:8080"))
                .isFalse();
        assertThat(ConfigValues.isCleartextToRemoteHost("not a url")).isFalse();
    }
}
