package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.register.VehicleRegisterFactory;
import be.ptrpas.spi.testkit.VehicleRegisterContract;
import java.util.Map;

/** The vehicle register contract on Jan Janssens' two cars and Lotte Claes' lease car. */
class DemoVehicleRegisterContractTest extends VehicleRegisterContract {

    @Override
    protected VehicleRegisterFactory factory() {
        return new DemoVehicleRegisterFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return Map.of();
    }

    @Override
    protected String knownHolder() {
        return "62110205701";
    }

    @Override
    protected String knownPlate() {
        return "2-CLA-003";
    }

    @Override
    protected String unknownPlate() {
        return "9-ABC-123";
    }

    @Override
    protected boolean takeSourceDown() {
        register = factory().create(context(Map.of(DemoSettings.SIMULATE_OUTAGE, "true")));
        return true;
    }
}
