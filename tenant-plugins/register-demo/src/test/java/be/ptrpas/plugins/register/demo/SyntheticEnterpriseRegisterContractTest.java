package be.ptrpas.plugins.register.demo;

/** The enterprise contract on a synthetic company and a synthetic employee. */
class SyntheticEnterpriseRegisterContractTest extends DemoEnterpriseRegisterContractTest {

    @Override
    protected String knownCompanyNumber() {
        return "2000.000.042";
    }

    @Override
    protected String employedNationalNumber() {
        return "75060600574";
    }
}
