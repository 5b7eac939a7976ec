package be.ptrpas.plugins.register.demo;

/** The vehicle contract on a synthetic person, whose cars' plates encode them. */
class SyntheticPersonVehicleContractTest extends DemoVehicleRegisterContractTest {

    @Override
    protected String knownHolder() {
        return "75060600574";
    }

    @Override
    protected String knownPlate() {
        return "1-ABC-123";
    }
}
