package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.register.PersonRegister;
import be.ptrpas.spi.register.PersonRegisterFactory;

/** Demo population register: deterministic synthetic data for the demo tenants and tests. */
public final class DemoPersonRegisterFactory extends DemoRegisterFactory<PersonRegister>
        implements PersonRegisterFactory {

    public DemoPersonRegisterFactory() {
        super("register-demo-person", "Demo population register", DemoPersonRegister::new);
    }
}
