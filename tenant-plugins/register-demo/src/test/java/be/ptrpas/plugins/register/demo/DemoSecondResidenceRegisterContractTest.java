package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.register.SecondResidenceRegisterFactory;
import be.ptrpas.spi.testkit.SecondResidenceRegisterContract;
import java.util.Map;

/** The second-residence contract on Marc Willems (Schilde), who has a flat in Mechelen. */
class DemoSecondResidenceRegisterContractTest extends SecondResidenceRegisterContract {

    @Override
    protected SecondResidenceRegisterFactory factory() {
        return new DemoSecondResidenceRegisterFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return Map.of();
    }

    @Override
    protected String nationalNumberWithSecondResidence() {
        return "54083021377";
    }

    @Override
    protected String nationalNumberWithoutSecondResidence() {
        return "91090733175";
    }

    @Override
    protected boolean takeSourceDown() {
        register = factory().create(context(Map.of(DemoSettings.SIMULATE_OUTAGE, "true")));
        return true;
    }
}
