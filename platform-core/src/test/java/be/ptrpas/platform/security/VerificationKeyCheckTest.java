package be.ptrpas.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.security.VerificationKeyCheck.State;
import be.ptrpas.platform.testsupport.ManualClock;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key location that points nowhere, or at no key, is told apart from a usable key. */
class VerificationKeyCheckTest {

    @TempDir
    Path dir;

    static RSAPublicKey rsaKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return (RSAPublicKey) generator.generateKeyPair().getPublic();
    }

    static State stateOf(Map<String, String> settings) {
        return VerificationKeyCheck.check(name -> Optional.ofNullable(settings.get(name)))
                .state();
    }

    static String pem(RSAPublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    @Test
    void a_pem_file_a_jwk_set_and_an_inline_key_are_usable() throws Exception {
        RSAPublicKey key = rsaKey();
        Path pem = Files.writeString(dir.resolve("idp.pem"), pem(key));
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        Path jwks = Files.writeString(
                dir.resolve("jwks.json"),
                "{\"keys\":[{\"kty\":\"oct\",\"k\":\"x\"},{\"kty\":\"RSA\",\"n\":\""
                        + url.encodeToString(unsigned(key.getModulus())) + "\",\"e\":\""
                        + url.encodeToString(unsigned(key.getPublicExponent()))
                        + "\"}]}");

        assertThat(stateOf(
                        Map.of("mp.jwt.verify.publickey.location", pem.toUri().toString())))
                .isEqualTo(State.USABLE);
        assertThat(stateOf(Map.of("mp.jwt.verify.publickey.location", pem.toString())))
                .isEqualTo(State.USABLE);
        assertThat(stateOf(
                        Map.of("mp.jwt.verify.publickey.location", jwks.toUri().toString())))
                .isEqualTo(State.USABLE);
        assertThat(stateOf(Map.of("mp.jwt.verify.publickey", pem(key)))).isEqualTo(State.USABLE);
    }

    @Test
    void a_location_pointing_nowhere_or_at_no_key_is_unusable() throws Exception {
        Path garbage = Files.writeString(
                dir.resolve("not-a-key.pem"), "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n");
        Path emptyJwks = Files.writeString(dir.resolve("empty.json"), "{\"keys\":[]}");

        assertThat(stateOf(Map.of(
                        "mp.jwt.verify.publickey.location",
                        dir.resolve("missing.pem").toUri().toString())))
                .isEqualTo(State.UNUSABLE);
        assertThat(stateOf(Map.of("mp.jwt.verify.publickey.location", "/nowhere/at/all.pem")))
                .isEqualTo(State.UNUSABLE);
        assertThat(stateOf(Map.of(
                        "mp.jwt.verify.publickey.location", garbage.toUri().toString())))
                .isEqualTo(State.UNUSABLE);
        assertThat(stateOf(Map.of("mp.jwt.verify.publickey.location", emptyJwks.toString())))
                .isEqualTo(State.UNUSABLE);
        assertThat(stateOf(Map.of("mp.jwt.verify.publickey", "hello"))).isEqualTo(State.UNUSABLE);
        assertThat(stateOf(Map.of())).isEqualTo(State.NOT_CONFIGURED);
    }

    @Test
    void the_answer_is_kept_for_a_minute() throws Exception {
        Path pem = dir.resolve("later.pem");
        ManualClock clock = new ManualClock(Instant.parse("2026-12-07T10:00:00Z"));
        VerificationKeyCheck check = new VerificationKeyCheck(
                clock,
                name -> name.equals("mp.jwt.verify.publickey.location")
                        ? Optional.of(pem.toString())
                        : Optional.empty());
        assertThat(check.result().state()).isEqualTo(State.UNUSABLE);

        Files.writeString(pem, pem(rsaKey()));
        assertThat(check.result().state()).isEqualTo(State.UNUSABLE);
        clock.now = clock.now.plus(VerificationKeyCheck.KEPT);
        assertThat(check.result().state()).isEqualTo(State.USABLE);
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
