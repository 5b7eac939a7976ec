package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.register.PersonRegisterFactory;
import be.ptrpas.spi.testkit.PersonRegisterContract;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The person register contract against the local MAGDA fake. */
class MagdaPersonRegisterContractTest extends PersonRegisterContract {

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
    protected PersonRegisterFactory factory() {
        return new MagdaPersonRegisterFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return fake.config();
    }

    @Override
    protected String knownNationalNumber() {
        return MagdaFake.JAN;
    }

    @Override
    protected String unknownNationalNumber() {
        return "85010199885";
    }

    @Override
    protected boolean takeSourceDown() {
        fake.goDown();
        return true;
    }
}
