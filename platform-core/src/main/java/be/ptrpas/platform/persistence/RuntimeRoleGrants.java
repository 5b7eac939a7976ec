package be.ptrpas.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Production keeps two PostgreSQL roles: the migration role owns the schema and runs Liquibase; the runtime role the
 * platform serves requests with only reads and writes rows. Row-level security cannot be switched off, nor a table
 * dropped or altered, by a role that does not own the table — so a flaw in the platform that let an attacker run SQL
 * still could not lift the wall between municipalities. After each migration the migration role grants the runtime
 * role exactly the row operations, on every table and sequence (new tables of later migrations included).
 */
public final class RuntimeRoleGrants {

    /** Liquibase's own bookkeeping: the runtime role has no business there. */
    private static final List<String> MIGRATION_ONLY_TABLES = List.of("databasechangelog", "databasechangeloglock");

    private RuntimeRoleGrants() {}

    /** The statements, in order, that give {@code runtimeRole} row access to the connection's current schema. */
    public static List<String> statements(String schema, String runtimeRole) {
        String s = quote(schema);
        String role = quote(runtimeRole);
        return List.of(
                "GRANT USAGE ON SCHEMA " + s + " TO " + role,
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + s + " TO " + role,
                "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + s + " TO " + role,
                "REVOKE ALL ON "
                        + String.join(
                                ", ",
                                MIGRATION_ONLY_TABLES.stream()
                                        .map(t -> s + "." + quote(t))
                                        .toList()) + " FROM " + role);
    }

    /** Runs {@link #statements} as the (owning) migration role. */
    static void grant(Connection migrationConnection, String runtimeRole) throws SQLException {
        String schema;
        try (Statement sql = migrationConnection.createStatement();
                var result = sql.executeQuery("SELECT current_schema()")) {
            result.next();
            schema = result.getString(1);
        }
        boolean autoCommit = migrationConnection.getAutoCommit();
        migrationConnection.setAutoCommit(false);
        try (Statement sql = migrationConnection.createStatement()) {
            for (String statement : statements(schema, runtimeRole)) {
                sql.execute(statement);
            }
            migrationConnection.commit();
        } catch (SQLException e) {
            migrationConnection.rollback();
            throw e;
        } finally {
            migrationConnection.setAutoCommit(autoCommit);
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
