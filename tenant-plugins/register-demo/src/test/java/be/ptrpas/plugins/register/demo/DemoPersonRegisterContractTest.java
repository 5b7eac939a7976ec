package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.register.PersonRegisterFactory;
import be.ptrpas.spi.testkit.PersonRegisterContract;
import java.util.Map;

/** The person register contract on a demo persona (Jan Janssens, Antwerpen). */
class DemoPersonRegisterContractTest extends PersonRegisterContract {

    @Override
    protected PersonRegisterFactory factory() {
        return new DemoPersonRegisterFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return Map.of();
    }

    @Override
    protected String knownNationalNumber() {
        return "62110205701";
    }

    @Override
    protected String unknownNationalNumber() {
        return "85010199885";
    }

    @Override
    protected boolean takeSourceDown() {
        register = factory().create(context(Map.of(DemoSettings.SIMULATE_OUTAGE, "true")));
        return true;
    }
}
