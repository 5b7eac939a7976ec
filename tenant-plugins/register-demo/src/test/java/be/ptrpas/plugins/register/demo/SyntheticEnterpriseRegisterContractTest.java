package be.ptrpas.plugins.register.demo;

/** The enterprise contract on a synthetic company and a synthetic employee. */
class SyntheticEnterpriseRegisterContractTest extends DemoEnterpriseRegisterContractTest {

    @Override
    protected String knownCompanyNumber() {
        return "1000.000.021"; // company numbers start with 0 or 1
    }

    @Override
    protected String employedNationalNumber() {
        return "75060600574";
    }
}
