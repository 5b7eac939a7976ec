package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.register.VehicleRegisterFactory;
import be.ptrpas.spi.testkit.VehicleRegisterContract;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The vehicle register contract against the local MAGDA fake. */
class MagdaVehicleRegisterContractTest extends VehicleRegisterContract {

    private static MagdaFake fake;

    @BeforeAll
    static void startFake() {
        fake = MagdaFake.start();
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void serveDefaults() {
        fake.serveDefaults();
    }

    @Override
    protected VehicleRegisterFactory factory() {
        return new MagdaVehicleRegisterFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return fake.config();
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
        fake.goDown();
        return true;
    }
}
