package be.ptrpas.platform.health;

import be.ptrpas.platform.security.VerificationKeyCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready when a token verification key is configured but cannot be used (a location pointing nowhere, a file that
 * holds no key): every signed-in call would be refused while the platform looked healthy. An installation without
 * any key (public information only) stays ready; the start-up banner warns about it. The reason is logged, not
 * answered.
 */
@Readiness
@ApplicationScoped
public class TokenVerificationCheck implements HealthCheck {

    @Inject
    VerificationKeyCheck key;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("token-verification")
                .status(key.result().state() != VerificationKeyCheck.State.UNUSABLE)
                .build();
    }
}
