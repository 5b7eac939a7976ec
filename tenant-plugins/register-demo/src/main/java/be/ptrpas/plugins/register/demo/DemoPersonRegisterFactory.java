package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.register.PersonRegister;
import be.ptrpas.spi.register.PersonRegisterFactory;
import java.util.List;
import java.util.Map;

/** Demo population register: deterministic synthetic data for the demo tenants and tests. */
public final class DemoPersonRegisterFactory implements PersonRegisterFactory {

    @Override
    public String id() {
        return "register-demo-person";
    }

    @Override
    public String version() {
        return DemoSettings.VERSION;
    }

    @Override
    public String displayName() {
        return "Demo population register";
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return DemoSettings.PROPERTIES;
    }

    @Override
    public List<ConfigIssue> validate(Map<String, String> config) {
        return DemoSettings.validate(config);
    }

    @Override
    public PersonRegister create(PluginContext context) {
        return new DemoPersonRegister(DemoData.get(), DemoSettings.from(context));
    }
}
