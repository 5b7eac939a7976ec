package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.register.EnterpriseRegisterFactory;
import be.ptrpas.spi.testkit.EnterpriseRegisterContract;
import java.util.Map;

/** The enterprise register contract on Sofie Maes' company and Tom Wouters' jobs. */
class DemoEnterpriseRegisterContractTest extends EnterpriseRegisterContract {

    @Override
    protected EnterpriseRegisterFactory factory() {
        return new DemoEnterpriseRegisterFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return Map.of();
    }

    @Override
    protected String knownCompanyNumber() {
        return "0831.246.745";
    }

    @Override
    protected String unknownCompanyNumber() {
        return "0123499905";
    }

    @Override
    protected String employedNationalNumber() {
        return "91090733175";
    }

    @Override
    protected boolean takeSourceDown() {
        register = factory().create(context(Map.of(DemoSettings.SIMULATE_OUTAGE, "true")));
        return true;
    }
}
