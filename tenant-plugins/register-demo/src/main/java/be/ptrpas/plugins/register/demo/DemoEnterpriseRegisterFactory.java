package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.register.EnterpriseRegister;
import be.ptrpas.spi.register.EnterpriseRegisterFactory;

/** Demo enterprise register: deterministic synthetic data for the demo tenants and tests. */
public final class DemoEnterpriseRegisterFactory extends DemoRegisterFactory<EnterpriseRegister>
        implements EnterpriseRegisterFactory {

    public DemoEnterpriseRegisterFactory() {
        super("register-demo-enterprise", "Demo enterprise register", DemoEnterpriseRegister::new);
    }
}
