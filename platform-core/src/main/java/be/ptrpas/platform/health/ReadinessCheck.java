package be.ptrpas.platform.health;

import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.persistence.DatabaseMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready to serve when the schema is migrated and the database answers. The answer is public, so it says UP or DOWN
 * and nothing else (no URLs, paths, versions or settings); why it is DOWN is in the log.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Inject
    DatabaseInfo database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database")
                .status(migration.isMigrated() && database.answers(2))
                .build();
    }
}
