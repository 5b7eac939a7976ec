package be.ptrpas.platform.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh in-memory H2 database in PostgreSQL mode, migrated by the platform's own changelog, with the given
 * municipalities in it: for unit tests of the raw-JDBC classes that prove their tenant predicate. Close it to drop it.
 */
public final class MigratedH2 implements AutoCloseable {

    private final Connection connection;

    private MigratedH2(Connection connection) {
        this.connection = connection;
    }

    public static MigratedH2 withMunicipalities(String... nisCodes) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        String url = "jdbc:h2:mem:migrated-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Connection connection = DriverManager.getConnection(url, "sa", "");
        try (Connection migration = DriverManager.getConnection(url, "sa", "")) {
            DatabaseMigration.update(migration);
        }
        try (Statement sql = connection.createStatement()) {
            for (String nis : nisCodes) {
                sql.execute("insert into tenant (nis_code, name_nl, languages, business_model, retribution_issuer, "
                        + "collector, enforcer, status, version, created_at, updated_at) values ('" + nis
                        + "', 'T', 'nl', 'IN_HOUSE', 'MUNICIPALITY', 'MUNICIPALITY', 'MUNICIPALITY', 'ACTIVE', 0, "
                        + "current_timestamp, current_timestamp)");
            }
        }
        return new MigratedH2(connection);
    }

    public Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("SHUTDOWN");
        }
        connection.close();
    }
}
