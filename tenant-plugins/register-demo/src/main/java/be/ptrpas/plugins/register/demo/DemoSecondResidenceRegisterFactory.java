package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.register.SecondResidenceRegister;
import be.ptrpas.spi.register.SecondResidenceRegisterFactory;
import java.util.List;
import java.util.Map;

/** Demo second-residence register: deterministic synthetic data for the demo tenants and tests. */
public final class DemoSecondResidenceRegisterFactory implements SecondResidenceRegisterFactory {

    @Override
    public String id() {
        return "register-demo-second-residence";
    }

    @Override
    public String version() {
        return DemoSettings.VERSION;
    }

    @Override
    public String displayName() {
        return "Demo second-residence register";
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
    public SecondResidenceRegister create(PluginContext context) {
        return new DemoSecondResidenceRegister(DemoData.get(), DemoSettings.from(context));
    }
}
