package be.ptrpas.platform.persistence;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the platform keeps its data. Read from the environment / system properties only, because the data source is
 * created before the application's own configuration file is read.
 *
 * <ul>
 *   <li>{@code PTR_DB_URL} / {@code ptr.db.url}: a PostgreSQL JDBC URL in production; unset or {@code embedded}
 *       selects the embedded default, a file-based H2 database under the data directory.</li>
 *   <li>{@code PTR_DATA_DIR} / {@code ptr.data.dir}: the data directory of the embedded default (default
 *       {@code ./ptr-data}); it survives restarts.</li>
 *   <li>{@code PTR_DB_USER}, {@code PTR_DB_PASSWORD}: the runtime role requests are served with.</li>
 *   <li>{@code PTR_DB_MIGRATION_USER}, {@code PTR_DB_MIGRATION_PASSWORD}: the role that owns the schema and runs
 *       Liquibase at start-up (see docs/architecture.md, "Database roles"); default: the runtime role.</li>
 * </ul>
 */
public final class DatabaseSettings {

    public static final String EMBEDDED = "embedded";

    private DatabaseSettings() {}

    public static String configuredUrl() {
        return setting("ptr.db.url", "PTR_DB_URL").filter(url -> !url.isBlank()).orElse(EMBEDDED);
    }

    public static boolean isEmbedded(String url) {
        return url == null || url.isBlank() || EMBEDDED.equals(url) || url.startsWith("jdbc:h2:");
    }

    public static boolean isEmbedded() {
        return isEmbedded(configuredUrl());
    }

    /** A database login. {@code password} may be null (password-less authentication). */
    public record Credentials(String user, String password) {}

    /** The role the platform serves requests with (the connection pool's). */
    public static Credentials runtimeCredentials() {
        return new Credentials(
                setting("ptr.db.user", "PTR_DB_USER")
                        .filter(user -> !user.isBlank())
                        .orElse("ptr"),
                setting("ptr.db.password", "PTR_DB_PASSWORD").orElse("ptr"));
    }

    /**
     * The role that owns the schema and migrates it. Unset, it is the runtime role (the embedded default, and
     * installations that keep one role); set, its password is its own.
     */
    public static Credentials migrationCredentials() {
        Credentials runtime = runtimeCredentials();
        return setting("ptr.db.migration.user", "PTR_DB_MIGRATION_USER")
                .filter(user -> !user.isBlank())
                .map(user -> new Credentials(
                        user,
                        setting("ptr.db.migration.password", "PTR_DB_MIGRATION_PASSWORD")
                                .orElse(user.equals(runtime.user()) ? runtime.password() : null)))
                .orElse(runtime);
    }

    public static Path dataDirectory() {
        return Path.of(setting("ptr.data.dir", "PTR_DATA_DIR")
                        .filter(dir -> !dir.isBlank())
                        .orElse("ptr-data"))
                .toAbsolutePath()
                .normalize();
    }

    /** The JDBC URL actually used: the embedded H2 file in PostgreSQL compatibility mode, or the configured one. */
    public static String effectiveUrl(String configured) {
        if (configured == null || configured.isBlank() || EMBEDDED.equals(configured)) {
            Path file = dataDirectory().resolve("db").resolve("ptr");
            return "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
        }
        return configured;
    }

    /**
     * A setting from a system property or the environment, looked up under every name MicroProfile Config would
     * accept for it ({@code ptr.db.url}, {@code ptr_db_url}, {@code PTR_DB_URL}), so this early reading can never
     * disagree with what the connection pool sees.
     */
    public static Optional<String> setting(String property, String environmentVariable) {
        String value = System.getProperty(property);
        String[] names = {property, property.replaceAll("[^A-Za-z0-9]", "_"), environmentVariable};
        for (int i = 0; value == null && i < names.length; i++) {
            value = System.getenv(names[i]);
        }
        return Optional.ofNullable(value);
    }
}
