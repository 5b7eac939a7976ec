package be.ptrpas.plugins.register.demo;

/**
 * The vehicle contract on a synthetic company from the fleet block: ABC-123 is its fourth car (fleet index
 * 35,180,123 = 8 × 4,397,515 + 3), so its number is 1539.751.5xx with the company number check.
 */
class SyntheticCompanyVehicleContractTest extends DemoVehicleRegisterContractTest {

    @Override
    protected String knownHolder() {
        return "1539751571";
    }

    @Override
    protected String knownPlate() {
        return "ABC-123";
    }
}
