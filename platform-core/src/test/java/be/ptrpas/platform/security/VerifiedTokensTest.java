package be.ptrpas.platform.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.NOT_VALIDATED;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.testsupport.ManualClock;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** Tokens MP-JWT verified are answered from memory until they expire, and only for their exact text. */
public class VerifiedTokensTest {

    /** Shaped like MP-JWT's own credential: the token text behind a public getSignedJWT(). */
    public static final class BearerCredential implements Credential {
        private final String token;

        public BearerCredential(String token) {
            this.token = token;
        }

        public String getSignedJWT() {
            return token;
        }
    }

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-24T08:00:00Z"));
    final VerifiedTokens tokens = new VerifiedTokens(clock);

    /** Like MP-JWT's principal: a JsonWebToken that is a CallerPrincipal. */
    static final class Principal extends CallerPrincipal implements JsonWebToken {
        private final Map<String, Object> claims;

        Principal(Map<String, Object> claims) {
            super("client-17");
            this.claims = claims;
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) claims.get(name);
        }

        @Override
        public Set<String> getGroups() {
            return Set.of("warden");
        }
    }

    static JsonWebToken token(String raw, Instant expires) {
        return new Principal(Map.of(Claims.raw_token.name(), raw, Claims.exp.name(), expires.getEpochSecond()));
    }

    @Test
    void a_verified_token_is_answered_with_the_same_principal_and_groups() {
        JsonWebToken jwt = token("aaa.bbb.ccc", clock.now.plus(Duration.ofHours(1)));
        assertThat(tokens.validate(new BearerCredential("aaa.bbb.ccc")).getStatus())
                .isEqualTo(NOT_VALIDATED);

        tokens.remember(jwt);

        CredentialValidationResult result = tokens.validate(new BearerCredential("aaa.bbb.ccc"));
        assertThat(result.getStatus()).isEqualTo(VALID);
        assertThat(result.getCallerPrincipal()).isSameAs(jwt);
        assertThat(result.getCallerGroups()).containsExactly("warden");
    }

    @Test
    void any_other_token_text_goes_to_mp_jwt() {
        tokens.remember(token("aaa.bbb.ccc", clock.now.plus(Duration.ofHours(1))));

        assertThat(tokens.validate(new BearerCredential("aaa.bbb.ccd")).getStatus())
                .isEqualTo(NOT_VALIDATED);
        assertThat(tokens.validate(new BearerCredential("aaa.bbx.ccc")).getStatus())
                .isEqualTo(NOT_VALIDATED);
        assertThat(tokens.validate(new BearerCredential("")).getStatus()).isEqualTo(NOT_VALIDATED);
    }

    @Test
    void a_token_is_forgotten_when_it_expires() {
        tokens.remember(token("aaa.bbb.ccc", clock.now.plus(Duration.ofMinutes(2))));
        clock.now = clock.now.plus(Duration.ofMinutes(2));

        assertThat(tokens.validate(new BearerCredential("aaa.bbb.ccc")).getStatus())
                .isEqualTo(NOT_VALIDATED);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void a_long_lived_token_is_verified_again_after_five_minutes() {
        tokens.remember(token("aaa.bbb.ccc", clock.now.plus(Duration.ofDays(1))));
        clock.now = clock.now.plus(VerifiedTokens.MAX_AGE).minusSeconds(1);
        assertThat(tokens.validate(new BearerCredential("aaa.bbb.ccc")).getStatus())
                .isEqualTo(VALID);

        clock.now = clock.now.plusSeconds(1);
        assertThat(tokens.validate(new BearerCredential("aaa.bbb.ccc")).getStatus())
                .isEqualTo(NOT_VALIDATED);
    }

    @Test
    void an_already_expired_token_or_one_without_its_text_or_expiry_is_not_remembered() {
        tokens.remember(token("aaa.bbb.ccc", clock.now.minusSeconds(1)));
        tokens.remember(new Principal(Map.of(Claims.raw_token.name(), "ddd.eee.fff")));
        tokens.remember(new Principal(
                Map.of(Claims.exp.name(), clock.now.plusSeconds(600).getEpochSecond())));
        // Not a CallerPrincipal: Jakarta Security could not carry it in a result.
        tokens.remember(CallerTest.token(
                List.of("warden"),
                Map.of(
                        Claims.raw_token.name(),
                        "ggg.hhh.iii",
                        Claims.exp.name(),
                        clock.now.plusSeconds(600).getEpochSecond())));

        assertThat(tokens.size()).isZero();
    }

    @Test
    void other_credentials_are_left_to_other_stores() {
        tokens.remember(token("secret", clock.now.plus(Duration.ofHours(1))));

        assertThat(tokens.validate(new UsernamePasswordCredential("secret", "secret"))
                        .getStatus())
                .isEqualTo(NOT_VALIDATED);
        assertThat(tokens.validate(null).getStatus()).isEqualTo(NOT_VALIDATED);
    }

    @Test
    void when_full_expired_tokens_go_first_then_all() {
        for (int i = 0; i < VerifiedTokens.CAPACITY; i++) {
            tokens.remember(token("t" + i, clock.now.plusSeconds(i < 10 ? 60 : 3600)));
        }
        assertThat(tokens.size()).isEqualTo(VerifiedTokens.CAPACITY);
        clock.now = clock.now.plusSeconds(61);

        tokens.remember(token("new", clock.now.plusSeconds(3600)));
        assertThat(tokens.size()).isEqualTo(VerifiedTokens.CAPACITY - 10 + 1);

        for (int i = 0; i < 9; i++) {
            tokens.remember(token("more" + i, clock.now.plusSeconds(3600)));
        }
        assertThat(tokens.size()).isEqualTo(VerifiedTokens.CAPACITY);
        tokens.remember(token("overflow", clock.now.plusSeconds(3600)));
        assertThat(tokens.size()).isEqualTo(1);
        assertThat(tokens.validate(new BearerCredential("overflow")).getStatus())
                .isEqualTo(VALID);
    }
}
