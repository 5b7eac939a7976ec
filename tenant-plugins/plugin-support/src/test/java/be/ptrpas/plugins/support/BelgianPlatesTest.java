package be.ptrpas.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BelgianPlatesTest {

    @Test
    void registeredSpellingOfCurrentAndOldPlates() {
        assertThat(BelgianPlates.registeredSpelling("1abc123")).hasValue("1-ABC-123");
        assertThat(BelgianPlates.registeredSpelling("1-ABC-123")).hasValue("1-ABC-123");
        assertThat(BelgianPlates.registeredSpelling("abc 123")).hasValue("ABC-123");
        assertThat(BelgianPlates.registeredSpelling("123-ABC")).hasValue("123-ABC");
        assertThat(BelgianPlates.registeredSpelling("HH-AB-1234")).isEmpty();
        assertThat(BelgianPlates.registeredSpelling("0ABC123")).isEmpty();
        assertThatThrownBy(() -> BelgianPlates.registeredSpelling(" ")).hasMessage("a plate is required");
    }
}
