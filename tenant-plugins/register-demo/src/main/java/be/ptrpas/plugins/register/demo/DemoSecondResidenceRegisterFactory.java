package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.register.SecondResidenceRegister;
import be.ptrpas.spi.register.SecondResidenceRegisterFactory;

/** Demo second-residence register: deterministic synthetic data for the demo tenants and tests. */
public final class DemoSecondResidenceRegisterFactory extends DemoRegisterFactory<SecondResidenceRegister>
        implements SecondResidenceRegisterFactory {

    public DemoSecondResidenceRegisterFactory() {
        super("register-demo-second-residence", "Demo second-residence register", DemoSecondResidenceRegister::new);
    }
}
