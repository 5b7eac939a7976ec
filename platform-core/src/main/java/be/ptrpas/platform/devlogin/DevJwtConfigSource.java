package be.ptrpas.platform.devlogin;

import be.ptrpas.platform.security.DevLogin;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies MP-JWT's verification key and issuer for dev login, only while dev login is enabled. In production this
 * source is empty and the operator configures {@code mp.jwt.verify.publickey.location} (or a JWKS URL) and
 * {@code mp.jwt.verify.issuer} for the real identity provider. Its ordinal sits above the application's defaults and
 * below environment variables and system properties.
 */
public class DevJwtConfigSource implements ConfigSource {

    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String ISSUER = "mp.jwt.verify.issuer";

    private volatile Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = DevLogin.isEnabled()
                    ? Map.of(PUBLIC_KEY, DevKeys.publicKeyPem(), ISSUER, DevLogin.ISSUER)
                    : Map.of();
        }
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String name) {
        return PUBLIC_KEY.equals(name) || ISSUER.equals(name) ? getProperties().get(name) : null;
    }

    @Override
    public int getOrdinal() {
        return 200;
    }

    @Override
    public String getName() {
        return "ptr-pas dev login";
    }
}
