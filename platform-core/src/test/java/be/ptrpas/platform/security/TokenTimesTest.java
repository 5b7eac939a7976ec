package be.ptrpas.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.testsupport.ManualClock;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** A token from the future is refused; a minute of clock difference with the identity provider is not. */
class TokenTimesTest {

    final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T10:00:00Z"));
    final TokenTimes times = new TokenTimes(clock, Duration.ofSeconds(60));

    JsonWebToken token(String claim, Instant at) {
        return new VerifiedTokensTest.Principal(Map.of(claim, at.getEpochSecond()));
    }

    @Test
    void a_token_issued_or_valid_only_an_hour_from_now_is_refused() {
        for (String claim : new String[] {"iat", "nbf"}) {
            assertThatThrownBy(() -> times.check(token(claim, clock.now.plusSeconds(3600))))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e ->
                            Assertions.assertThat(((ProblemException) e).type()).isEqualTo(ProblemType.UNAUTHORIZED))
                    .hasMessageContaining("in the future");
        }
    }

    @Test
    void the_tolerated_skew_and_the_past_are_accepted() {
        assertThatCode(() -> times.check(token("iat", clock.now.plusSeconds(60))))
                .doesNotThrowAnyException();
        assertThatCode(() -> times.check(token("nbf", clock.now.minusSeconds(3600))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> times.check(token("iat", clock.now.plusSeconds(61))))
                .isInstanceOf(ProblemException.class);
        // MP-JWT may hand the claims over as JSON numbers
        assertThatThrownBy(() -> times.check(new VerifiedTokensTest.Principal(Map.of(
                        "nbf", Json.createValue(clock.now.plusSeconds(600).getEpochSecond())))))
                .isInstanceOf(ProblemException.class);
    }
}
