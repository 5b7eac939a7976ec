package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.register.EnterpriseRegister;
import be.ptrpas.spi.register.EnterpriseRegisterFactory;
import java.util.List;
import java.util.Map;

/** Demo enterprise register: deterministic synthetic data for the demo tenants and tests. */
public final class DemoEnterpriseRegisterFactory implements EnterpriseRegisterFactory {

    @Override
    public String id() {
        return "register-demo-enterprise";
    }

    @Override
    public String version() {
        return DemoSettings.VERSION;
    }

    @Override
    public String displayName() {
        return "Demo enterprise register";
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
    public EnterpriseRegister create(PluginContext context) {
        return new DemoEnterpriseRegister(DemoData.get(), DemoSettings.from(context));
    }
}
