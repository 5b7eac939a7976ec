package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.register.PersonRegisterFactory;
import be.ptrpas.spi.testkit.PersonRegisterContract;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The person register contract against the local MAGDA fake. */
class MagdaPersonRegisterContractTest extends PersonRegisterContract {

    @RegisterExtension
    static final MagdaFakeExtension MAGDA = new MagdaFakeExtension();

    @Override
    protected PersonRegisterFactory factory() {
        return new MagdaPersonRegisterFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return MAGDA.config();
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
        return MAGDA.takeDown();
    }
}
