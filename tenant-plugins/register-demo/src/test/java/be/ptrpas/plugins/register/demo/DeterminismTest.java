package be.ptrpas.plugins.register.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.register.EnterpriseRegister;
import be.ptrpas.spi.register.Person;
import be.ptrpas.spi.register.PersonRegister;
import be.ptrpas.spi.register.Vehicle;
import be.ptrpas.spi.register.VehicleRegister;
import be.ptrpas.spi.testkit.TestPluginContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Same question, same answer: across register instances, tenants' settings and releases. */
class DeterminismTest {

    private static final String SYNTHETIC = "88041221144";

    private final PersonRegister persons = new DemoPersonRegisterFactory().create(TestPluginContext.of(Map.of()));
    private final VehicleRegister vehicles = new DemoVehicleRegisterFactory().create(TestPluginContext.of(Map.of()));
    private final EnterpriseRegister enterprises =
            new DemoEnterpriseRegisterFactory().create(TestPluginContext.of(Map.of()));

    @Test
    void twoRegistersGiveTheSameSyntheticPerson() {
        PersonRegister other = new DemoPersonRegisterFactory().create(TestPluginContext.of(Map.of()));
        assertThat(other.person(SYNTHETIC)).isEqualTo(persons.person(SYNTHETIC));
        assertThat(other.household(SYNTHETIC)).isEqualTo(persons.household(SYNTHETIC));
        assertThat(new DemoVehicleRegisterFactory()
                        .create(TestPluginContext.of(Map.of()))
                        .vehiclesOf(SYNTHETIC))
                .isEqualTo(vehicles.vehiclesOf(SYNTHETIC));
    }

    /** Pinned values: if this fails, a change made existing demo people someone else. */
    @Test
    void aSyntheticPersonIsPinned() {
        Person person = persons.person(SYNTHETIC).orElseThrow();
        assertThat(person.birthDate()).isEqualTo(LocalDate.of(1988, 4, 12));
        assertThat(person.domicile().nisCode()).isEqualTo("71022");
        assertThat(person.givenNames() + " " + person.familyName() + ", "
                        + person.domicile().street() + " " + person.domicile().houseNumber())
                .isEqualTo(PINNED_PERSON);
        assertThat(vehicles.vehiclesOf(SYNTHETIC)).extracting(Vehicle::plate).containsExactlyElementsOf(PINNED_PLATES);
    }

    static final String PINNED_PERSON = "Stijn Janssens, Kempische Steenweg 62";
    static final List<String> PINNED_PLATES = List.of("1-PXX-995");

    @Test
    void theSexFollowsTheSequenceNumber() {
        Person man = persons.person(SYNTHETIC).orElseThrow(); // sequence 211: odd
        assertThat(Names.MALE_GIVEN).contains(man.givenNames());
        Person woman =
                persons.person(NationalNumber.of("880412212", false).value()).orElseThrow();
        assertThat(Names.FEMALE_GIVEN).contains(woman.givenNames());
    }

    @Test
    void theMunicipalitySettingMovesSyntheticPeopleOnly() {
        PersonRegister genk = new DemoPersonRegisterFactory()
                .create(TestPluginContext.builder()
                        .config(Map.of(DemoSettings.MUNICIPALITY_NIS, "71016"))
                        .build());
        assertThat(genk.person(SYNTHETIC).orElseThrow().domicile().nisCode()).isEqualTo("71016");
        assertThat(genk.person("62110205701").orElseThrow().domicile().nisCode())
                .isEqualTo("11002");
        PersonRegister elsewhere = new DemoPersonRegisterFactory()
                .create(TestPluginContext.builder().tenantNis("44021").build());
        String nis = elsewhere.person(SYNTHETIC).orElseThrow().domicile().nisCode();
        assertThat(DemoData.get().municipality(nis))
                .as("a tenant outside the demo gets demo addresses")
                .isPresent();
    }

    @Test
    void plateAndHolderAlwaysAgree() {
        Random random = new Random(20261124);
        int registered = 0;
        for (int i = 0; i < 300; i++) {
            String plate = (1 + random.nextInt(8)) + "-" + letter(random) + letter(random) + letter(random) + "-"
                    + String.format("%03d", random.nextInt(1000));
            Optional<Vehicle> vehicle = vehicles.byPlate(plate);
            if (vehicle.isPresent()) {
                registered++;
                assertThat(vehicles.vehiclesOf(vehicle.get().holderId())).contains(vehicle.get());
                assertThat(vehicles.byPlate(plate)).isEqualTo(vehicle);
            }
        }
        assertThat(registered).as("many plates belong to someone").isGreaterThan(100);
        for (int i = 0; i < 200; i++) {
            LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(68 * 365));
            String nine = String.format(
                    "%02d%02d%02d%03d",
                    birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), 1 + random.nextInt(997));
            String number = NationalNumber.of(nine, birth.getYear() >= 2000).value();
            List<Vehicle> cars = vehicles.vehiclesOf(number);
            assertThat(cars).as("every synthetic adult has a car").isNotEmpty();
            for (Vehicle car : cars) {
                assertThat(car.holderId()).isEqualTo(number);
                assertThat(vehicles.byPlate(car.plate())).contains(car);
            }
        }
    }

    @Test
    void nineAndForeignPlatesAreUnregistered() {
        assertThat(vehicles.byPlate("9-ABC-123")).isEmpty();
        assertThat(vehicles.byPlate("GB-123-X")).isEmpty();
        assertThat(vehicles.byPlate("B-AB-1234")).isEmpty();
    }

    @Test
    void platesAreFoundWhateverTheSpelling() {
        assertThat(vehicles.byPlate("1jan062")).isEqualTo(vehicles.byPlate("1-JAN-062"));
        assertThat(vehicles.byPlate("1 jan 062").orElseThrow().holderId()).isEqualTo("62110205701");
    }

    @Test
    void syntheticEmployersExist() {
        String employer = enterprises.employmentsOf(SYNTHETIC).get(0).companyNumber();
        assertThat(enterprises.enterprise(employer)).isPresent();
        assertThat(enterprises.enterprise(employer)).isEqualTo(enterprises.enterprise(employer));
    }

    @Test
    void unknownSequencesAreNobody() {
        assertThat(persons.person(NationalNumber.of("880412998", false).value()))
                .isEmpty();
        assertThat(persons.person(NationalNumber.of("880412999", false).value()))
                .isEmpty();
        assertThat(vehicles.vehiclesOf(NationalNumber.of("880412999", false).value()))
                .isEmpty();
        assertThat(enterprises.employmentsOf(
                        NationalNumber.of("880412999", false).value()))
                .isEmpty();
    }

    private static char letter(Random random) {
        return (char) ('A' + random.nextInt(26));
    }
}
