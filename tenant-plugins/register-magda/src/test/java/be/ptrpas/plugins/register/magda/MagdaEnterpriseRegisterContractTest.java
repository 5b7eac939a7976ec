package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.register.EnterpriseRegisterFactory;
import be.ptrpas.spi.testkit.EnterpriseRegisterContract;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The enterprise register contract against the local MAGDA fake. */
class MagdaEnterpriseRegisterContractTest extends EnterpriseRegisterContract {

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
    protected EnterpriseRegisterFactory factory() {
        return new MagdaEnterpriseRegisterFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return fake.config();
    }

    @Override
    protected String knownCompanyNumber() {
        return "0207.183.486";
    }

    @Override
    protected String unknownCompanyNumber() {
        return "0123499905";
    }

    @Override
    protected String employedNationalNumber() {
        return MagdaFake.JAN;
    }

    @Override
    protected boolean takeSourceDown() {
        fake.goDown();
        return true;
    }
}
