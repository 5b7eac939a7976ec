package be.ptrpas.plugins.register.demo;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.spi.belgian.NationalNumber;
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
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
    void everyCitizenPersonaIsKnownAndLivesInAZoneOfTheirMunicipality() throws IOException {
        JsonObject platform = asObject(JsonInput.parse(Files.readAllBytes(PLATFORM_DEMO), Integer.MAX_VALUE));
        int citizens = 0;
        for (JsonObject persona : objects(platform.get("personas"))) {
            if (str(persona, "rrn") == null) {
                continue;
            }
            citizens++;
            Matcher label = CITIZEN_LABEL.matcher(str(persona, "label"));
            assertThat(label.matches())
                    .as("citizen label " + persona.get("label"))
                    .isTrue();
            JsonObject tenant = tenantNamed(platform, label.group(2));
            Person person = persons.person(str(persona, "rrn")).orElseThrow();
            assertThat(person.givenNames() + " " + person.familyName()).isEqualTo(label.group(1));
            Address home = person.domicile();
            assertThat(home.nisCode()).isEqualTo(str(asObject(tenant.get("tenant")), "nisCode"));
            assertThat(zoneStreets(tenant))
                    .as(home + " lies in a zone of " + label.group(2))
                    .anyMatch(street -> street.name().equals(home.street())
                            && street.postalCode().equals(home.postalCode())
                            && street.contains(home.houseNumber()));
            assertThat(persons.household(person.nationalNumber()).orElseThrow().members())
                    .extracting(HouseholdMember::nationalNumber)
                    .contains(person.nationalNumber());
            if (str(persona, "kbo") != null) {
                // One company number, or several separated by commas (a person who manages several).
                for (String kbo : str(persona, "kbo").split(",")) {
                    Enterprise company = enterprises.enterprise(kbo.strip()).orElseThrow();
                    assertThat(company.managers())
                            .as(kbo)
                            .anyMatch(m -> m.nationalNumber().equals(person.nationalNumber()));
                }
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
                assertThat(NationalNumber.isValid(member.nationalNumber())).isTrue();
            }
        }
        assertThat(all).allMatch(v -> v.plate().matches("\\d-[A-Z]{3}-\\d{3}"), "current plate format");
        assertThat(all)
                .anyMatch(v -> v.usage() == Vehicle.Usage.LEASE && v.leasedBy() != null && v.mainDriverId() != null);
        assertThat(all).anyMatch(v -> v.usage() == Vehicle.Usage.COMPANY);
        assertThat(DemoData.get().persons())
                .anyMatch(p -> vehicles.vehiclesOf(p.nationalNumber()).stream()
                                .filter(v -> v.usage() == Vehicle.Usage.PRIVATE)
                                .count()
                        == 2);
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
                .flatMap(m -> m.streets().stream())
                .toList();
        int employments = 0;
        int residences = 0;
        for (Person person : DemoData.get().persons()) {
            for (var employment : enterprises.employmentsOf(person.nationalNumber())) {
                employments++;
                assertThat(enterprises.enterprise(employment.companyNumber())).isPresent();
                assertThat(streets).anyMatch(s -> inZone(s, employment.workplace()));
            }
            for (SecondResidence residence : new DemoSecondResidenceRegisterFactory()
                    .create(TestPluginContext.of(Map.of()))
                    .secondResidencesOf(person.nationalNumber())) {
                residences++;
                assertThat(residence.address().nisCode())
                        .isNotEqualTo(person.domicile().nisCode());
                assertThat(streets).anyMatch(s -> inZone(s, residence.address()));
            }
        }
        assertThat(employments).isGreaterThanOrEqualTo(4);
        assertThat(residences).isGreaterThanOrEqualTo(1);
    }

    private static boolean inZone(ZoneStreet street, Address address) {
        return street.name().equals(address.street())
                && street.postalCode().equals(address.postalCode())
                && street.contains(address.houseNumber());
    }

    private static JsonObject tenantNamed(JsonObject platform, String name) {
        return objects(platform.get("tenants")).stream()
                .filter(t -> name.equals(str(asObject(asObject(t.get("tenant")).get("names")), "nl")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo tenant " + name));
    }

    private static List<ZoneStreet> zoneStreets(JsonObject tenant) {
        List<ZoneStreet> streets = new ArrayList<>();
        for (JsonObject zone : objects(tenant.get("zones"))) {
            for (JsonObject s : objects(zone.get("streets"))) {
                streets.add(new ZoneStreet(
                        str(zone, "code"),
                        str(zone, "kind"),
                        str(s, "name"),
                        str(s, "postalCode"),
                        number(s.get("fromNumber")),
                        number(s.get("toNumber")),
                        str(s, "parity")));
            }
        }
        return streets;
    }

    private static Integer number(JsonValue value) {
        return value == null || value == JsonValue.NULL ? null : ((JsonNumber) value).intValue();
    }

    private static String str(JsonObject object, String name) {
        return object.get(name) instanceof JsonString string ? string.getString() : null;
    }

    private static JsonObject asObject(JsonValue value) {
        return value.asJsonObject();
    }

    private static List<JsonObject> objects(JsonValue value) {
        return value.asJsonArray().getValuesAs(JsonObject.class);
    }
}
