package be.ptrpas.platform.startup;

import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.persistence.DatabaseSettings;
import be.ptrpas.platform.security.DevLogin;
import be.ptrpas.platform.security.JwtSettings;
import be.ptrpas.platform.security.VerificationKeyCheck;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells whoever started the platform where it answers, how to sign in, and what is missing. */
@Startup
@Singleton
@DependsOn("DemoDataLoader")
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    JwtSettings jwt;

    @Inject
    DatabaseInfo database;

    @Inject
    VerificationKeyCheck verificationKey;

    @Inject
    @ConfigProperty(name = "ptr.http.port", defaultValue = "8080")
    int port;

    @PostConstruct
    void print() {
        String base = "http://localhost:" + port;
        StringBuilder banner = new StringBuilder("\n\n  PTR-pas platform on " + base + "\n")
                .append("    Public API      ")
                .append(base)
                .append("/api/v1/public/tenants\n")
                .append("    OpenAPI         ")
                .append(base)
                .append("/openapi\n")
                .append("    Health          ")
                .append(base)
                .append("/health/ready\n")
                .append("    Admin console   ")
                .append(base)
                .append("/console/\n")
                .append("    Warden page     ")
                .append(base)
                .append("/warden  (plate check on a phone)\n")
                .append("    Database        ")
                .append(
                        DatabaseSettings.isEmbedded()
                                ? "embedded H2 in " + DatabaseSettings.dataDirectory()
                                : "PostgreSQL")
                .append('\n');
        if (DevLogin.isActive(database)) {
            banner.append("    Dev login page  ")
                    .append(base)
                    .append("/dev/login  (operator; admin, clerk, warden of ")
                    .append("11002 12025 11039 23088 71022 71016; six citizens)\n")
                    .append("    Dev token       curl -s -X POST ")
                    .append(base)
                    .append(
                            "/api/v1/dev/token -H 'Content-Type: application/json' -d '{\"role\":\"admin\",\"tenant\":\"71016\"}'\n")
                    .append(
                            DevLogin.allowsRemoteCallers()
                                    ? "    Dev login answers callers on every network interface (PTR_DEV_LOGIN_ALLOW_REMOTE=true):\n"
                                            + "                    anyone who reaches this port can sign in as any persona\n"
                                    : "    Dev login answers only on this machine (127.0.0.1, ::1); PTR_DEV_LOGIN_ALLOW_REMOTE=true opens it\n"
                                            + "                    to other machines\n");
        }
        LOG.info(banner.toString());
        if (DevLogin.isEnabled() && !database.isEmbedded()) {
            LOG.log(
                    Level.SEVERE,
                    "The configuration looks like the embedded default but the database is " + database.productName()
                            + ": dev login stays off. Set PTR_DB_URL consistently.");
        }
        if (!database.isEmbedded() && !jwt.audienceConfigured()) {
            LOG.warning("No token audience is configured: tokens the identity provider issued for other applications "
                    + "are accepted too. Set MP_JWT_VERIFY_AUDIENCES to this platform's client id.");
        }
        verificationKey.result(); // logs SEVERE when a configured key cannot be used (readiness is DOWN then)
        if (!jwt.verificationKeyConfigured()) {
            LOG.log(
                    Level.SEVERE,
                    "No token verification key is configured: nobody can sign in. Set "
                            + "MP_JWT_VERIFY_PUBLICKEY_LOCATION and MP_JWT_VERIFY_ISSUER for your identity provider.");
        }
    }
}
