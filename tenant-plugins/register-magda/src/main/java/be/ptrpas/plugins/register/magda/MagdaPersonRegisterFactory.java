package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.register.PersonRegister;
import be.ptrpas.spi.register.PersonRegisterFactory;
import java.util.List;
import java.util.Map;

/** MAGDA population register (GeefPersoon, GeefGezinssamenstelling). */
public final class MagdaPersonRegisterFactory implements PersonRegisterFactory {

    @Override
    public String id() {
        return "register-magda-person";
    }

    @Override
    public String version() {
        return MagdaSettings.VERSION;
    }

    @Override
    public String displayName() {
        return "MAGDA population register (GeefPersoon, GeefGezinssamenstelling)";
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
    public PersonRegister create(PluginContext context) {
        return new MagdaPersonRegister(new MagdaClient(MagdaSettings.from(context), context.clock()));
    }
}
