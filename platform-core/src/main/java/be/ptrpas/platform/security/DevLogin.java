package be.ptrpas.platform.security;

import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.persistence.DatabaseSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Dev login mints tokens for demo personas without an identity provider. It exists only on the embedded default and
 * only while {@code PTR_DEV_LOGIN} is not {@code false}: whenever a PostgreSQL (production) database is configured it
 * is off, whatever else is set, so no production deployment can ever accept self-made tokens. It answers only callers
 * on this machine (loopback) unless {@code PTR_DEV_LOGIN_ALLOW_REMOTE=true}: the quick start binds every interface,
 * and anyone on the same network could otherwise sign in as any persona.
 */
public final class DevLogin {

    public static final String ISSUER = "urn:ptr-pas:dev-login";

    private DevLogin() {}

    /** Whether configuration asks for dev login (embedded database, not switched off). */
    public static boolean isEnabled() {
        String flag = DatabaseSettings.setting("ptr.dev-login", "PTR_DEV_LOGIN").orElse("");
        return DatabaseSettings.isEmbedded() && !"false".equalsIgnoreCase(flag.trim());
    }

    /** Whether the operator opened dev login to callers on other machines ({@code ptr.dev-login.allow-remote}). */
    public static boolean allowsRemoteCallers() {
        return "true"
                .equalsIgnoreCase(DatabaseSettings.setting("ptr.dev-login.allow-remote", "PTR_DEV_LOGIN_ALLOW_REMOTE")
                        .orElse("")
                        .trim());
    }

    /** Whether dev login may answer a caller at this address (the request's remote address, an IP literal). */
    public static boolean servesCaller(String remoteAddress) {
        return allowsRemoteCallers() || isLoopback(remoteAddress);
    }

    static boolean isLoopback(String address) {
        // Only IP literals: never resolve a name here (it would be a DNS look-up, and a name proves nothing).
        if (address == null || !address.matches("[0-9A-Fa-f:.]+(%[0-9A-Za-z]+)?") || !address.matches(".*[.:].*")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Dev login may act: configuration asks for it and the database actually connected to is the embedded one. */
    public static boolean isActive(DatabaseInfo database) {
        return isEnabled() && database.isEmbedded();
    }
}
