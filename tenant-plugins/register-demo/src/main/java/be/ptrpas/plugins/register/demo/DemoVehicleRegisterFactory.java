package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.register.VehicleRegister;
import be.ptrpas.spi.register.VehicleRegisterFactory;
import java.util.List;
import java.util.Map;

/** Demo vehicle register: deterministic synthetic data for the demo tenants and tests. */
public final class DemoVehicleRegisterFactory implements VehicleRegisterFactory {

    @Override
    public String id() {
        return "register-demo-vehicle";
    }

    @Override
    public String version() {
        return DemoSettings.VERSION;
    }

    @Override
    public String displayName() {
        return "Demo vehicle register";
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
    public VehicleRegister create(PluginContext context) {
        return new DemoVehicleRegister(DemoData.get(), DemoSettings.from(context));
    }
}
