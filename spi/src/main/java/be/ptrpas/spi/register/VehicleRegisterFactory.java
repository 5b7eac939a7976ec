package be.ptrpas.spi.register;

import be.ptrpas.spi.PluginKind;
import be.ptrpas.spi.ProviderFactory;

/** Factory of a VehicleRegister plug-in. */
public interface VehicleRegisterFactory extends ProviderFactory<VehicleRegister> {

    @Override
    default PluginKind kind() {
        return PluginKind.VEHICLE_REGISTER;
    }
}
