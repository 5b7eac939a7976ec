package be.ptrpas.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date before anything else touches the database. Several instances starting together are
 * serialised by Liquibase's lock table. The same changelog serves PostgreSQL and the embedded H2 default;
 * PostgreSQL-only changesets (row-level security, append-only triggers) are marked {@code dbms="postgresql"}.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "be.ptrpas.platform.persistence.PlatformDataSource",
        url = "${MPCONFIG=ptr.db.url:embedded}",
        user = "${MPCONFIG=ptr.db.user:ptr}",
        password = "${MPCONFIG=ptr.db.password:ptr}",
        minPoolSize = 1,
        maxPoolSize = 16,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true",
            // A connection checked in the last few seconds is not checked again on every request; a dead one is
            // still found (fail-all-connections) and the pool refilled.
            "fish.payara.validate-atmost-once-period-in-seconds=5",
            // One pool, one kind of connection: nothing to match a request against.
            "fish.payara.match-connections=false"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/ptr";
    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        // Liquibase 4.30+ phones home unless told not to; a municipal platform must not.
        System.setProperty("liquibase.analytics.enabled", System.getProperty("liquibase.analytics.enabled", "false"));
        long start = System.nanoTime();
        DatabaseSettings.Credentials runtime = DatabaseSettings.runtimeCredentials();
        DatabaseSettings.Credentials migration = DatabaseSettings.migrationCredentials();
        boolean ownRole = !DatabaseSettings.isEmbedded() && !migration.user().equals(runtime.user());
        try (Connection connection = ownRole ? migrationConnection(migration) : dataSource.getConnection()) {
            String product = update(connection);
            if (ownRole) {
                RuntimeRoleGrants.grant(connection, runtime.user());
                LOG.info(() -> "Schema migrated as " + migration.user() + "; " + runtime.user()
                        + " may read and write rows only");
            }
            migrated = true;
            LOG.info(() -> "Database schema up to date (" + product + ") in " + (System.nanoTime() - start) / 1_000_000
                    + " ms");
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }

    /** A connection of its own as the schema's owner, outside the pool: the pool's role cannot change the schema. */
    private static Connection migrationConnection(DatabaseSettings.Credentials migration) throws SQLException {
        PlatformDataSource direct = new PlatformDataSource();
        direct.setUrl(DatabaseSettings.configuredUrl());
        return direct.getConnection(migration.user(), migration.password());
    }

    /** Applies the changelog on a connection; returns the database product. Also used by tests outside the container. */
    public static String update(Connection connection) throws Exception {
        Database database =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        Scope.child(
                Map.of(
                        Scope.Attr.resourceAccessor.name(),
                        new ClassLoaderResourceAccessor(DatabaseMigration.class.getClassLoader())),
                () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                        .execute());
        return database.getDatabaseProductName();
    }

    public boolean isMigrated() {
        return migrated;
    }
}
