package be.ptrpas.plugins.register.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.plugins.support.BelgianIds;
import be.ptrpas.plugins.support.Json;
import be.ptrpas.plugins.support.MalformedJsonException;
import be.ptrpas.spi.register.Address;
import be.ptrpas.spi.register.Enterprise;
import be.ptrpas.spi.register.EnterpriseRegister;
import be.ptrpas.spi.register.Household;
import be.ptrpas.spi.register.HouseholdMember;
import be.ptrpas.spi.register.Person;
import be.ptrpas.spi.register.PersonRegister;
import be.ptrpas.spi.register.SecondResidence;
import be.ptrpas.spi.register.Vehicle;
import be.ptrpas.spi.register.VehicleRegister;
import be.ptrpas.spi.testkit.TestPluginContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks this module's copy against the platform's demo data (read here, in the test only): every citizen persona
 * is known under the same number and name, and lives on a street inside a zone of their own municipality.
 */
class PersonaCoverageTest {

    private static final Path PLATFORM_DEMO = Path.of("../../platform-core/src/main/resources/demo/demo-data.json");
    private static final Pattern CITIZEN_LABEL = Pattern.compile("Citizen \\S+ (.+) \\((.+)\\)");

    private final PersonRegister persons = new DemoPersonRegisterFactory().create(TestPluginContext.of(Map.of()));
    private final VehicleRegister vehicles = new DemoVehicleRegisterFactory().create(TestPluginContext.of(Map.of()));
    private final EnterpriseRegister enterprises =
            new DemoEnterpriseRegisterFactory().create(TestPluginContext.of(Map.of()));

    @Test
    void everyCitizenPersonaIsKnownAndLivesInAZoneOfTheirMunicipality() throws IOException, MalformedJsonException {
        Map<String, Object> platform = asObject(Json.parse(Files.readString(PLATFORM_DEMO), Integer.MAX_VALUE));
        int citizens = 0;
        for (Map<String, Object> persona : objects(platform.get("personas"))) {
            if (persona.get("rrn") == null) {
                continue;
            }
            citizens++;
            Matcher label = CITIZEN_LABEL.matcher((String) persona.get("label"));
            assertThat(label.matches()).as("citizen label " + persona.get("label")).isTrue();
            Map<String, Object> tenant = tenantNamed(platform, label.group(2));
            Person person = persons.person((String) persona.get("rrn")).orElseThrow();
            assertThat(person.givenNames() + " " + person.familyName()).isEqualTo(label.group(1));
            Address home = person.domicile();
            assertThat(home.nisCode()).isEqualTo(asObject(tenant.get("tenant")).get("nisCode"));
            assertThat(zoneStreets(tenant)).as(home + " lies in a zone of " + label.group(2))
                    .anyMatch(street -> street.name().equals(home.street())
                            && street.postalCode().equals(home.postalCode()) && street.contains(home.houseNumber()));
            assertThat(persons.household(person.nationalNumber()).orElseThrow().members())
                    .extracting(HouseholdMember::nationalNumber).contains(person.nationalNumber());
            if (persona.get("kbo") != null) {
                Enterprise company = enterprises.enterprise((String) persona.get("kbo")).orElseThrow();
                assertThat(company.managers()).anyMatch(m -> m.nationalNumber().equals(person.nationalNumber()));
            }
        }
        assertThat(citizens).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theHandMadeDataCoversTheShowcases() {
        List<Vehicle> all = new ArrayList<>();
        for (Person person : DemoData.get().persons()) {
            all.addAll(vehicles.vehiclesOf(person.nationalNumber()));
            Household household = persons.household(person.nationalNumber()).orElseThrow();
            assertThat(household.address()).isEqualTo(person.domicile());
            for (HouseholdMember member : household.members()) {
                assertThat(BelgianIds.isValidNationalNumber(member.nationalNumber())).isTrue();
            }
        }
        assertThat(all).allMatch(v -> v.plate().matches("\\d-[A-Z]{3}-\\d{3}"), "current plate format");
        assertThat(all).anyMatch(v -> v.usage() == Vehicle.Usage.LEASE && v.leasedBy() != null
                && v.mainDriverId() != null);
        assertThat(all).anyMatch(v -> v.usage() == Vehicle.Usage.COMPANY);
        assertThat(DemoData.get().persons()).anyMatch(p -> vehicles.vehiclesOf(p.nationalNumber()).stream()
                .filter(v -> v.usage() == Vehicle.Usage.PRIVATE).count() == 2);
        for (Vehicle vehicle : all) {
            assertThat(vehicles.byPlate(vehicle.plate())).contains(vehicle);
            if (vehicle.holderId().length() == 10) {
                assertThat(enterprises.enterprise(vehicle.holderId())).isPresent();
            }
        }
    }

    @Test
    void employmentsAndSecondResidencesLieInDemoZones() {
        List<ZoneStreet> streets = DemoData.get().municipalities().stream()
                .flatMap(m -> m.streets().stream()).toList();
        int employments = 0;
        int residences = 0;
        for (Person person : DemoData.get().persons()) {
            for (var employment : enterprises.employmentsOf(person.nationalNumber())) {
                employments++;
                assertThat(enterprises.enterprise(employment.companyNumber())).isPresent();
                assertThat(streets).anyMatch(s -> inZone(s, employment.workplace()));
            }
            for (SecondResidence residence : new DemoSecondResidenceRegisterFactory()
                    .create(TestPluginContext.of(Map.of())).secondResidencesOf(person.nationalNumber())) {
                residences++;
                assertThat(residence.address().nisCode()).isNotEqualTo(person.domicile().nisCode());
                assertThat(streets).anyMatch(s -> inZone(s, residence.address()));
            }
        }
        assertThat(employments).isGreaterThanOrEqualTo(4);
        assertThat(residences).isGreaterThanOrEqualTo(1);
    }

    private static boolean inZone(ZoneStreet street, Address address) {
        return street.name().equals(address.street()) && street.postalCode().equals(address.postalCode())
                && street.contains(address.houseNumber());
    }

    private static Map<String, Object> tenantNamed(Map<String, Object> platform, String name) {
        return objects(platform.get("tenants")).stream()
                .filter(t -> name.equals(asObject(asObject(t.get("tenant")).get("names")).get("nl")))
                .findFirst().orElseThrow(() -> new AssertionError("no demo tenant " + name));
    }

    private static List<ZoneStreet> zoneStreets(Map<String, Object> tenant) {
        List<ZoneStreet> streets = new ArrayList<>();
        for (Map<String, Object> zone : objects(tenant.get("zones"))) {
            for (Map<String, Object> s : objects(zone.get("streets"))) {
                streets.add(new ZoneStreet((String) zone.get("code"), (String) zone.get("kind"),
                        (String) s.get("name"), (String) s.get("postalCode"), number(s.get("fromNumber")),
                        number(s.get("toNumber")), (String) s.get("parity")));
            }
        }
        return streets;
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
