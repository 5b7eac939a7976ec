package be.ptrpas.platform.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;

/**
 * The integration tests' own PostgreSQL database, made fresh once per test JVM, with a schema of its own for each test
 * class ({@link #freshSchemaFor}): one class's plug-in settings, secrets, counts and lists cannot change what another
 * class sees. The platform connects as {@code ptr_app}, an ordinary role that owns the database: like production, it
 * is subject to row-level security (a superuser would bypass it and hide a broken second wall).
 */
public final class ItDatabase {

    public static final String NAME = System.getProperty("ptr.it.pg.database", "ptr_it");
    public static final String APP_ROLE = "ptr_app";
    private static boolean prepared;
    private static String schema;

    private ItDatabase() {}

    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        try (Connection admin = adminConnection("postgres");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN "
                    + "CREATE ROLE " + APP_ROLE + " LOGIN PASSWORD '" + APP_ROLE
                    + "' NOSUPERUSER NOBYPASSRLS NOCREATEDB; "
                    + "END IF; END $$");
            sql.execute("CREATE DATABASE " + NAME + " OWNER " + APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot prepare the integration-test database on " + url("postgres")
                            + " (is PostgreSQL running? see README)",
                    e);
        }
        prepared = true;
    }

    /**
     * Gives the test class about to start the platform an empty schema of its own, and makes it the platform's: the
     * platform works in its connection's current schema, and {@code ptr_app}'s search path in this database names only
     * that schema (the classes run one after the other, each with its own Payara). The platform then migrates it and
     * loads the demo municipalities into it, as on a fresh installation. The data directory starts empty too.
     */
    public static synchronized void freshSchemaFor(Class<?> testClass) {
        prepare();
        String name = "it_" + testClass.getSimpleName().toLowerCase(Locale.ROOT);
        schema = null;
        try (Connection admin = adminConnection(NAME);
                Statement sql = admin.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            sql.execute("CREATE SCHEMA " + name + " AUTHORIZATION " + APP_ROLE);
            sql.execute("ALTER ROLE " + APP_ROLE + " IN DATABASE " + NAME + " SET search_path = " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the schema " + name + " in " + url(NAME), e);
        }
        schema = name;
        emptyDataDirectory();
    }

    private static void emptyDataDirectory() {
        String dataDir = System.getProperty("ptr.it.data-dir");
        if (dataDir == null || !Files.isDirectory(Path.of(dataDir))) {
            return;
        }
        try (var paths = Files.walk(Path.of(dataDir))) {
            paths.sorted(Comparator.reverseOrder())
                    .filter(p -> !p.equals(Path.of(dataDir)))
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection as the platform's own role, subject to row-level security. */
    public static Connection appConnection() throws SQLException {
        return DriverManager.getConnection(url(NAME), APP_ROLE, APP_ROLE);
    }

    /** A superuser connection, bypassing row-level security: to look at what is really stored. */
    public static Connection adminConnection(String database) throws SQLException {
        return DriverManager.getConnection(url(database), System.getProperty("ptr.it.pg.admin-user", "postgres"), "");
    }

    /** In the test database, connections work in the current test class's schema. */
    private static String url(String database) {
        return "jdbc:postgresql://" + System.getProperty("ptr.it.pg.host", "127.0.0.1") + ":"
                + System.getProperty("ptr.it.pg.port", "5432") + "/" + database
                + (database.equals(NAME) && schema != null ? "?currentSchema=" + schema : "");
    }
}
