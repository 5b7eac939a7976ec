package be.ptrpas.platform.security.dev;

import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.persistence.DatabaseSettings;

/**
 * Dev login mints tokens for demo personas without an identity provider. It exists only on the embedded default and
 * only while {@code PTR_DEV_LOGIN} is not {@code false}: whenever a PostgreSQL (production) database is configured it
 * is off, whatever else is set, so no production deployment can ever accept self-made tokens.
 */
public final class DevLogin {

    public static final String ISSUER = "urn:ptr-pas:dev-login";

    private DevLogin() {
    }

    /** Whether configuration asks for dev login (embedded database, not switched off). */
    public static boolean isEnabled() {
        String flag = DatabaseSettings.setting("ptr.dev-login", "PTR_DEV_LOGIN").orElse("");
        return DatabaseSettings.isEmbedded() && !"false".equalsIgnoreCase(flag.trim());
    }

    /** Dev login may act: configuration asks for it and the database actually connected to is the embedded one. */
    public static boolean isActive(DatabaseInfo database) {
        return isEnabled() && database.isEmbedded();
    }
}
