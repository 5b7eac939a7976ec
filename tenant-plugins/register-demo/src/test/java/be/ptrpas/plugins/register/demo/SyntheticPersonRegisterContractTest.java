package be.ptrpas.plugins.register.demo;

/** The same contract on a synthetic person, who is nobody in the demo data. */
class SyntheticPersonRegisterContractTest extends DemoPersonRegisterContractTest {

    @Override
    protected String knownNationalNumber() {
        return "88041221144";
    }
}
