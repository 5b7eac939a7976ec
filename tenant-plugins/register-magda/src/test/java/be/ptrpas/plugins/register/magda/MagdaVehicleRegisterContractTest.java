package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.register.VehicleRegisterFactory;
import be.ptrpas.spi.testkit.VehicleRegisterContract;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The vehicle register contract against the local MAGDA fake. */
class MagdaVehicleRegisterContractTest extends VehicleRegisterContract {

    @RegisterExtension
    static final MagdaFakeExtension MAGDA = new MagdaFakeExtension();

    @Override
    protected VehicleRegisterFactory factory() {
        return new MagdaVehicleRegisterFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return MAGDA.config();
    }

    @Override
    protected String knownHolder() {
        return MagdaFake.JAN;
    }

    @Override
    protected String knownPlate() {
        return "1-JAN-062";
    }

    @Override
    protected String unknownPlate() {
        return "1-ZZZ-999";
    }

    @Override
    protected boolean takeSourceDown() {
        return MAGDA.takeDown();
    }
}
