package be.ptrpas.platform.health;

import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.persistence.DatabaseMigration;
import be.ptrpas.platform.security.JwtSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready to serve when the schema is migrated and the database answers. Whether tokens can be verified is reported
 * too (public information works without), and the start-up banner warns loudly when they cannot.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Inject
    DatabaseInfo database;

    @Inject
    JwtSettings jwt;

    @Override
    public HealthCheckResponse call() {
        boolean migrated = migration.isMigrated();
        boolean answers = database.answers(2);
        boolean tokens = jwt.verificationKeyConfigured();
        return HealthCheckResponse.named("ptr-platform")
                .status(migrated && answers)
                .withData("schemaMigrated", migrated)
                .withData("databaseAnswers", answers)
                .withData("tokenVerificationConfigured", tokens)
                .withData("tokenAudienceConfigured", jwt.audienceConfigured())
                .build();
    }
}
