package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.register.VehicleRegister;
import be.ptrpas.spi.register.VehicleRegisterFactory;

/** Demo vehicle register: deterministic synthetic data for the demo tenants and tests. */
public final class DemoVehicleRegisterFactory extends DemoRegisterFactory<VehicleRegister>
        implements VehicleRegisterFactory {

    public DemoVehicleRegisterFactory() {
        super("register-demo-vehicle", "Demo vehicle register", DemoVehicleRegister::new);
    }
}
