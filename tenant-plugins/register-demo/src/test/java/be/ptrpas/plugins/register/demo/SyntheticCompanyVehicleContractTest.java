package be.ptrpas.plugins.register.demo;

/** The vehicle contract on a synthetic company from the fleet block, whose one car's plate encodes it. */
class SyntheticCompanyVehicleContractTest extends DemoVehicleRegisterContractTest {

    @Override
    protected String knownHolder() {
        return "4500000046";
    }

    @Override
    protected String knownPlate() {
        return "ABC-123";
    }
}
