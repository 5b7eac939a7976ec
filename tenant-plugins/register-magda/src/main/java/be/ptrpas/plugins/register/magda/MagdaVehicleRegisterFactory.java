package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.register.VehicleRegister;
import be.ptrpas.spi.register.VehicleRegisterFactory;
import java.util.List;
import java.util.Map;

/** MAGDA vehicle register (DIV). */
public final class MagdaVehicleRegisterFactory implements VehicleRegisterFactory {

    @Override
    public String id() {
        return "register-magda-vehicle";
    }

    @Override
    public String version() {
        return MagdaSettings.VERSION;
    }

    @Override
    public String displayName() {
        return "MAGDA vehicle register (DIV)";
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
    public VehicleRegister create(PluginContext context) {
        return new MagdaVehicleRegister(new MagdaClient(MagdaSettings.from(context), context.clock()));
    }
}
