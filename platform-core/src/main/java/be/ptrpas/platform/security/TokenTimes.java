package be.ptrpas.platform.security;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The time claims MP-JWT leaves unchecked: it refuses expired tokens but accepts one issued ({@code iat}) or valid
 * only from ({@code nbf}) an hour from now — a token minted ahead of time, or by an identity provider whose clock is
 * wrong. Only a small clock difference between the identity provider and this platform is tolerated.
 */
@ApplicationScoped
public class TokenTimes {

    @Inject
    Clock clock;

    /** Tolerated clock difference with the identity provider (env PTR_JWT_CLOCK_SKEW_SECONDS). */
    @Inject
    @ConfigProperty(name = "ptr.jwt.clock-skew-seconds", defaultValue = "60")
    long skewSeconds;

    public TokenTimes() {}

    TokenTimes(Clock clock, Duration skew) {
        this.clock = clock;
        this.skewSeconds = skew.toSeconds();
    }

    /** Refuses (401) a token issued or becoming valid later than now plus the tolerated skew. */
    public void check(JsonWebToken token) {
        Instant latest = clock.instant().plusSeconds(Math.max(0, skewSeconds));
        refuseIfAfter(token, Claims.iat, latest, "issued");
        refuseIfAfter(token, Claims.nbf, latest, "not valid before");
    }

    private static void refuseIfAfter(JsonWebToken token, Claims claim, Instant latest, String what) {
        Long seconds = epochSeconds(token.getClaim(claim.name()));
        if (seconds != null && Instant.ofEpochSecond(seconds).isAfter(latest)) {
            throw new ProblemException(
                    ProblemType.UNAUTHORIZED,
                    "The bearer token is " + what + " " + Instant.ofEpochSecond(seconds)
                            + ", in the future: check the identity provider's clock.");
        }
    }

    private static Long epochSeconds(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        return value instanceof JsonNumber number ? number.longValue() : null;
    }
}
