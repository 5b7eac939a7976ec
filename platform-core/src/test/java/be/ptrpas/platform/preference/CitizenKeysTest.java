package be.ptrpas.platform.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CitizenKeysTest {

    static byte[] key(int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return bytes;
    }

    @Test
    void aCitizenKeyIsAKeyedHashNotTheNationalNumber() {
        CitizenKeys keys = CitizenKeys.of(key(1));
        String hashed = keys.citizenKey("85073003328");
        assertThat(hashed).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("85073003328");
        assertThat(keys.citizenKey("85073003328")).isEqualTo(hashed);
        assertThat(keys.citizenKey("54083021377")).isNotEqualTo(hashed);
        // Another installation's key gives another hash: hashes cannot be matched across installations.
        assertThat(CitizenKeys.of(key(2)).citizenKey("85073003328")).isNotEqualTo(hashed);
    }

    @Test
    void aCodeMatchesOnlyItsOwnConfirmation() {
        CitizenKeys keys = CitizenKeys.of(key(3));
        String stored = keys.codeHash("confirmation-1", "123456");
        assertThat(stored).doesNotContain("123456");
        assertThat(keys.codeMatches("confirmation-1", "123456", stored)).isTrue();
        assertThat(keys.codeMatches("confirmation-1", "123457", stored)).isFalse();
        assertThat(keys.codeMatches("confirmation-2", "123456", stored)).isFalse();
    }

    @Test
    void withoutAKeyPreferencesAreUnavailableNotUnprotected() {
        assertThatThrownBy(() -> new CitizenKeys().citizenKey("85073003328"))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE));
    }
}
