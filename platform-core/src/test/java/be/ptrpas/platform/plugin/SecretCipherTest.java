package be.ptrpas.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretCipherTest {

    static final String OWNER = "71016/PAYMENT/apiKey";

    static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    final SecretCipher cipher = new SecretCipher(SecretCipher.decodeKey(randomKey()));

    @Test
    void whatIsEncryptedDecryptsToTheSameText() {
        for (String secret : new String[] {"sk_live_4eC39HqLyjWDarjtT1zdp7dc", "", "été — 駐車 🚗"}) {
            String stored = cipher.encrypt(secret, OWNER);
            assertThat(stored).startsWith("v1:");
            if (!secret.isEmpty()) {
                assertThat(stored).doesNotContain(secret);
            }
            assertThat(cipher.decrypt(stored, OWNER)).isEqualTo(secret);
        }
    }

    @Test
    void twoEncryptionsOfTheSameTextDiffer() {
        String first = cipher.encrypt("same secret", OWNER);
        String second = cipher.encrypt("same secret", OWNER);
        assertThat(first).isNotEqualTo(second);
        assertThat(first.split(":")[1]).as("a fresh IV each time").isNotEqualTo(second.split(":")[1]);
        assertThat(cipher.decrypt(first, OWNER)).isEqualTo(cipher.decrypt(second, OWNER));
    }

    @Test
    void aCiphertextCopiedToAnotherOwnerDoesNotDecrypt() {
        String stored = cipher.encrypt("secret", OWNER);
        assertThatThrownBy(() -> cipher.decrypt(stored, "71022/PAYMENT/apiKey"))
                .isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(AEADBadTagException.class);
    }

    @Test
    void anotherKeyDoesNotDecrypt() {
        String stored = cipher.encrypt("secret", OWNER);
        SecretCipher other = new SecretCipher(SecretCipher.decodeKey(randomKey()));
        assertThatThrownBy(() -> other.decrypt(stored, OWNER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be decrypted");
    }

    @Test
    void aTamperedCiphertextDoesNotDecrypt() {
        String stored = cipher.encrypt("secret", OWNER);
        int colon = stored.lastIndexOf(':');
        byte[] sealed = Base64.getDecoder().decode(stored.substring(colon + 1));
        sealed[0] ^= 1;
        String tampered = stored.substring(0, colon + 1) + Base64.getEncoder().encodeToString(sealed);
        assertThatThrownBy(() -> cipher.decrypt(tampered, OWNER)).isInstanceOf(IllegalStateException.class);

        byte[] iv = Base64.getDecoder().decode(stored.split(":")[1]);
        iv[0] ^= 1;
        String otherIv = "v1:" + Base64.getEncoder().encodeToString(iv) + stored.substring(colon);
        assertThatThrownBy(() -> cipher.decrypt(otherIv, OWNER)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain text", "v1:", "v1:abc", "v1:!!!:???", "v2:AAAA:BBBB"})
    void somethingThatIsNotACiphertextIsRefused(String stored) {
        assertThatThrownBy(() -> cipher.decrypt(stored, OWNER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void decodeKeyRefusesTextThatIsNotBase64() {
        assertThatThrownBy(() -> SecretCipher.decodeKey("not base64 at all!"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not base64");
    }

    @Test
    void decodeKeyRefusesAKeyOfTheWrongLength() {
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);
        String thirtyThreeBytes = Base64.getEncoder().encodeToString(new byte[33]);
        for (String key : new String[] {sixteenBytes, thirtyThreeBytes, ""}) {
            assertThatThrownBy(() -> SecretCipher.decodeKey(key))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("32 bytes");
        }
    }

    @Test
    void decodeKeyAcceptsA32ByteKey() {
        SecretKey key = SecretCipher.decodeKey(Base64.getEncoder().encodeToString(new byte[32]));
        assertThat(key.getAlgorithm()).isEqualTo("AES");
        assertThat(key.getEncoded()).hasSize(32);
    }
}
