package be.ptrpas.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Whether MP-JWT has what it needs to verify tokens; production must configure the identity provider's key. */
@ApplicationScoped
public class JwtSettings {

    public boolean verificationKeyConfigured() {
        Config config = ConfigProvider.getConfig();
        boolean key =
                config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent()
                        || config.getOptionalValue("mp.jwt.verify.publickey.location", String.class)
                                .isPresent();
        boolean issuer =
                config.getOptionalValue("mp.jwt.verify.issuer", String.class).isPresent();
        return key && issuer;
    }

    /**
     * Whether tokens must name this platform as their audience. Without it, a token the shared identity provider
     * issued for another application (same issuer, same key) would be accepted here too.
     */
    public boolean audienceConfigured() {
        return ConfigProvider.getConfig()
                .getOptionalValue("mp.jwt.verify.audiences", String.class)
                .filter(value -> !value.isBlank())
                .isPresent();
    }
}
