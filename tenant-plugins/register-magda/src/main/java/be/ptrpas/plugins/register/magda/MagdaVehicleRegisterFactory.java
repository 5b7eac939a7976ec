package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.register.VehicleRegister;
import be.ptrpas.spi.register.VehicleRegisterFactory;

/** MAGDA vehicle register (DIV). */
public final class MagdaVehicleRegisterFactory extends MagdaRegisterFactory<VehicleRegister>
        implements VehicleRegisterFactory {

    public MagdaVehicleRegisterFactory() {
        super("register-magda-vehicle", "MAGDA vehicle register (DIV)", MagdaVehicleRegister::new);
    }
}
