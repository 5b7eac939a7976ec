package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.register.EnterpriseRegisterFactory;
import be.ptrpas.spi.testkit.EnterpriseRegisterContract;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The enterprise register contract against the local MAGDA fake. */
class MagdaEnterpriseRegisterContractTest extends EnterpriseRegisterContract {

    @RegisterExtension
    static final MagdaFakeExtension MAGDA = new MagdaFakeExtension();

    @Override
    protected EnterpriseRegisterFactory factory() {
        return new MagdaEnterpriseRegisterFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return MAGDA.config();
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
        return MAGDA.takeDown();
    }
}
