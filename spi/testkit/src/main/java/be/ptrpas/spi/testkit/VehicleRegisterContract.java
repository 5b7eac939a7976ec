package be.ptrpas.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.register.Vehicle;
import be.ptrpas.spi.register.VehicleRegister;
import be.ptrpas.spi.register.VehicleRegisterFactory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a vehicle register plug-in. Name a holder with vehicles, a plate the source knows and one it
 * does not.
 */
public abstract class VehicleRegisterContract extends PluginFactoryContract {

    protected TestPluginContext context;
    protected VehicleRegister register;

    @Override
    protected abstract VehicleRegisterFactory factory();

    /** A national number or company number that holds or drives at least one vehicle. */
    protected abstract String knownHolder();

    /** A Belgian plate the source knows. */
    protected abstract String knownPlate();

    /** A well-formed Belgian plate the source does not know. */
    protected abstract String unknownPlate();

    /** A plate of another country, which a Belgian register answers with empty; e.g. a Dutch plate. */
    protected String foreignPlate() {
        return "GB-123-X";
    }

    /** Holder ids that are neither a national number nor a company number. */
    protected List<String> malformedHolders() {
        return List.of("123", "abc", "1-ABC-123");
    }

    /** See {@link PersonRegisterContract#takeSourceDown()}. */
    protected boolean takeSourceDown() {
        return false;
    }

    @BeforeEach
    void createRegister() {
        context = context(validConfig());
        register = factory().create(context);
    }

    @Test
    void theVehiclesOfAHolderNameThatHolderOrDriver() {
        List<Vehicle> vehicles = register.vehiclesOf(knownHolder());
        assertFalse(vehicles.isEmpty(), "the known holder must have vehicles");
        for (Vehicle vehicle : vehicles) {
            assertFalse(vehicle.plate() == null || vehicle.plate().isBlank(), "plate");
            assertNotNull(vehicle.usage(), "usage of " + vehicle.plate());
            assertTrue(
                    knownHolder().equals(vehicle.holderId()) || knownHolder().equals(vehicle.mainDriverId()),
                    vehicle.plate() + " is neither held nor driven by " + knownHolder());
        }
    }

    @Test
    void aListedVehicleIsFoundByItsPlate() {
        for (Vehicle listed : register.vehiclesOf(knownHolder())) {
            Vehicle found = register.byPlate(listed.plate())
                    .orElseThrow(() ->
                            new AssertionError(listed.plate() + " is listed for its holder but not found by plate"));
            assertEquals(TestIdentifiers.plateKey(listed.plate()), TestIdentifiers.plateKey(found.plate()));
            assertEquals(listed.holderId(), found.holderId(), "holder of " + listed.plate());
        }
    }

    @Test
    void findsAKnownPlate() {
        Vehicle vehicle =
                register.byPlate(knownPlate()).orElseThrow(() -> new AssertionError("the known plate must be found"));
        assertEquals(
                TestIdentifiers.plateKey(knownPlate()),
                TestIdentifiers.plateKey(vehicle.plate()),
                "the plate must be echoed");
        assertTrue(
                NationalNumber.isValid(vehicle.holderId()) || CompanyNumber.isValid(vehicle.holderId()),
                "the holder must be a valid national or company number: " + vehicle.holderId());
        if (vehicle.usage() == Vehicle.Usage.LEASE) {
            assertTrue(CompanyNumber.isValid(vehicle.leasedBy()), "a lease car names its lessor");
        }
    }

    @Test
    void unknownAndForeignPlatesAreEmpty() {
        assertEquals(Optional.empty(), register.byPlate(unknownPlate()));
        assertEquals(Optional.empty(), register.byPlate(foreignPlate()));
    }

    @Test
    void rejectsMalformedInput() {
        assertThrows(IllegalArgumentException.class, () -> register.byPlate(null));
        assertThrows(IllegalArgumentException.class, () -> register.byPlate(" "));
        assertThrows(IllegalArgumentException.class, () -> register.vehiclesOf(null));
        for (String malformed : malformedHolders()) {
            assertThrows(IllegalArgumentException.class, () -> register.vehiclesOf(malformed), malformed);
        }
    }

    @Test
    void anOutageIsRetryable() {
        if (!takeSourceDown()) {
            return;
        }
        RegisterAssertions.assertRetryableOutage(() -> register.byPlate(knownPlate()));
        RegisterAssertions.assertRetryableOutage(() -> register.vehiclesOf(knownHolder()));
    }
}
