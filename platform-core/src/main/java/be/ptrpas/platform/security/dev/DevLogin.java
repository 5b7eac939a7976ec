package be.ptrpas.platform.security.dev;

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

    public static boolean isEnabled() {
        String flag = System.getProperty("ptr.dev-login", System.getenv("PTR_DEV_LOGIN"));
        return DatabaseSettings.isEmbedded() && !"false".equalsIgnoreCase(flag == null ? "" : flag.trim());
    }
}
