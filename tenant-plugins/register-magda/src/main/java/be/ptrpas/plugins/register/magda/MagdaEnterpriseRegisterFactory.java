package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.register.EnterpriseRegister;
import be.ptrpas.spi.register.EnterpriseRegisterFactory;
import java.util.List;
import java.util.Map;

/** MAGDA enterprise register (GeefOnderneming, GeefWerkrelaties). */
public final class MagdaEnterpriseRegisterFactory implements EnterpriseRegisterFactory {

    @Override
    public String id() {
        return "register-magda-enterprise";
    }

    @Override
    public String version() {
        return MagdaSettings.VERSION;
    }

    @Override
    public String displayName() {
        return "MAGDA enterprise register (GeefOnderneming, GeefWerkrelaties)";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return MagdaSettings.PROPERTIES;
    }

    @Override
    public List<ConfigIssue> validate(Map<String, String> config) {
        return MagdaSettings.validate(config);
    }

    @Override
    public EnterpriseRegister create(PluginContext context) {
        return new MagdaEnterpriseRegister(new MagdaClient(MagdaSettings.from(context), context.clock()));
    }
}
