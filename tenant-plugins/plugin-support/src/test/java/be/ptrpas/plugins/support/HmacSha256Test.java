package be.ptrpas.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HmacSha256Test {

    private static final byte[] BODY = "{\"id\":\"sbx_1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesTheRfc4231TestVector() {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
        assertThat(new HmacSha256("Jefe").signHex("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void partsAreSignedAsOneText() {
        HmacSha256 hmac = new HmacSha256("secret");
        assertThat(hmac.sign("1700000000.".getBytes(StandardCharsets.US_ASCII), BODY))
                .isEqualTo(hmac.sign(
                        ("1700000000." + new String(BODY, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void verifiesWhatItSigns() {
        HmacSha256 hmac = new HmacSha256("secret");
        assertThat(hmac.verify(hmac.sign(BODY), BODY)).isTrue();
        assertThat(hmac.verifyHex(hmac.signHex(BODY), BODY)).isTrue();
        assertThat(hmac.verifyHex(" " + hmac.signHex(BODY).toUpperCase() + " ", BODY))
                .isTrue();
        assertThat(hmac.verifyHeader(hmac.header(BODY), BODY)).isTrue();
        assertThat(hmac.verifyHeader(hmac.header(BODY).replace("sha256=", "SHA256="), BODY))
                .isTrue();
        assertThat(hmac.header(BODY)).startsWith("sha256=").hasSize(7 + 64);
    }

    @Test
    void refusesEverythingElse() {
        HmacSha256 hmac = new HmacSha256("secret");
        String good = hmac.header(BODY);
        byte[] altered = "{\"id\":\"sbx_2\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(hmac.verifyHeader(good, altered)).isFalse();
        assertThat(new HmacSha256("other").verifyHeader(good, BODY)).isFalse();
        assertThat(hmac.verifyHeader(null, BODY)).isFalse();
        assertThat(hmac.verifyHeader("", BODY)).isFalse();
        assertThat(hmac.verifyHeader("sha256=", BODY)).isFalse();
        assertThat(hmac.verifyHeader("sha256=00", BODY)).isFalse();
        assertThat(hmac.verifyHeader("sha256=not-hex", BODY)).isFalse();
        assertThat(hmac.verifyHeader(good.replace("sha256=", "md5="), BODY)).isFalse();
        assertThat(hmac.verifyHeader(good.substring(0, good.length() - 2), BODY))
                .isFalse();
        assertThat(hmac.verify(null, BODY)).isFalse();
        assertThat(hmac.verifyHex(null, BODY)).isFalse();
    }

    @Test
    void needsASecret() {
        assertThatThrownBy(() -> new HmacSha256(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HmacSha256("")).isInstanceOf(IllegalArgumentException.class);
    }
}
