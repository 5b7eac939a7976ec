package be.ptrpas.platform.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The integration tests' own PostgreSQL database, made fresh once per test JVM. The platform connects as
 * {@code ptr_app}, an ordinary role that owns the database: like production, it is subject to row-level security
 * (a superuser would bypass it and hide a broken second wall).
 */
public final class ItDatabase {

    public static final String NAME = System.getProperty("ptr.it.pg.database", "ptr_it");
    public static final String APP_ROLE = "ptr_app";
    private static boolean prepared;

    private ItDatabase() {
    }

    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        try (Connection admin = adminConnection("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN "
                    + "CREATE ROLE " + APP_ROLE + " LOGIN PASSWORD '" + APP_ROLE + "' NOSUPERUSER NOBYPASSRLS NOCREATEDB; "
                    + "END IF; END $$");
            sql.execute("CREATE DATABASE " + NAME + " OWNER " + APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the integration-test database on " + url("postgres")
                    + " (is PostgreSQL running? see README)", e);
        }
        prepared = true;
    }

    /** A connection as the platform's own role, subject to row-level security. */
    public static Connection appConnection() throws SQLException {
        return DriverManager.getConnection(url(NAME), APP_ROLE, APP_ROLE);
    }

    /** A superuser connection, bypassing row-level security: to look at what is really stored. */
    public static Connection adminConnection(String database) throws SQLException {
        return DriverManager.getConnection(url(database), System.getProperty("ptr.it.pg.admin-user", "postgres"), "");
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + System.getProperty("ptr.it.pg.host", "127.0.0.1") + ":"
                + System.getProperty("ptr.it.pg.port", "5432") + "/" + database;
    }
}
