package be.ptrpas.plugins.register.demo;

import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.spi.register.Address;
import be.ptrpas.spi.register.Employment;
import be.ptrpas.spi.register.Enterprise;
import be.ptrpas.spi.register.Household;
import be.ptrpas.spi.register.HouseholdMember;
import be.ptrpas.spi.register.Manager;
import be.ptrpas.spi.register.Person;
import be.ptrpas.spi.register.SecondResidence;
import be.ptrpas.spi.register.Vehicle;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-made part of the demo registers: the demo personas, their families, cars, companies and second
 * residences, and the demo municipalities' zone streets. Read once from {@code demo-registers.json} in this jar;
 * the platform's own demo files are never read at run time.
 */
final class DemoData {

    private static final String RESOURCE = "demo-registers.json";
    private static final DemoData INSTANCE = load();

    private final Map<String, Municipality> municipalities = new LinkedHashMap<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<String, Household> households = new LinkedHashMap<>();
    private final Map<String, Enterprise> enterprises = new LinkedHashMap<>();
    private final List<Employment> employments = new ArrayList<>();
    private final Map<String, Vehicle> vehiclesByPlate = new LinkedHashMap<>();
    private final List<SecondResidence> secondResidences = new ArrayList<>();

    static DemoData get() {
        return INSTANCE;
    }

    Optional<Municipality> municipality(String nisCode) {
        return Optional.ofNullable(municipalities.get(nisCode));
    }

    List<Municipality> municipalities() {
        return List.copyOf(municipalities.values());
    }

    Optional<Person> person(String nationalNumber) {
        return Optional.ofNullable(persons.get(nationalNumber));
    }

    List<Person> persons() {
        return List.copyOf(persons.values());
    }

    boolean isPersona(String nationalNumber) {
        return persons.containsKey(nationalNumber);
    }

    Optional<Household> household(String nationalNumber) {
        return Optional.ofNullable(households.get(nationalNumber));
    }

    Optional<Enterprise> enterprise(String companyNumber) {
        return Optional.ofNullable(enterprises.get(companyNumber));
    }

    boolean isDemoCompany(String companyNumber) {
        return enterprises.containsKey(companyNumber);
    }

    List<Employment> employmentsOf(String nationalNumber) {
        return employments.stream()
                .filter(e -> e.nationalNumber().equals(nationalNumber))
                .toList();
    }

    Optional<Vehicle> vehicle(String plate) {
        return Optional.ofNullable(vehiclesByPlate.get(plate));
    }

    boolean isDemoPlate(String plate) {
        return vehiclesByPlate.containsKey(plate);
    }

    /** Vehicles a person or company holds, plus the company and lease cars a person drives. */
    List<Vehicle> vehiclesOf(String holderId) {
        return vehiclesByPlate.values().stream()
                .filter(v -> holderId.equals(v.holderId()) || holderId.equals(v.mainDriverId()))
                .toList();
    }

    List<SecondResidence> secondResidencesOf(String nationalNumber) {
        return secondResidences.stream()
                .filter(r -> r.nationalNumber().equals(nationalNumber))
                .toList();
    }

    private static DemoData load() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the register-demo jar");
            }
            DemoData data = new DemoData();
            // The module's own file, so no size limit beyond what a jar resource can hold.
            data.read(JsonInput.asObject(JsonInput.parse(in.readAllBytes(), Integer.MAX_VALUE), "the demo data"));
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonException e) {
            throw new IllegalStateException("demo register data: " + e.getMessage(), e);
        }
    }

    private void read(JsonObject root) {
        for (JsonObject m : objects(root.get("municipalities"))) {
            List<ZoneStreet> streets = new ArrayList<>();
            for (JsonObject zone : objects(m.get("zones"))) {
                for (JsonObject s : objects(zone.get("streets"))) {
                    streets.add(new ZoneStreet(
                            text(zone, "code"),
                            text(zone, "kind"),
                            text(s, "name"),
                            text(s, "postalCode"),
                            integer(s, "fromNumber"),
                            integer(s, "toNumber"),
                            text(s, "parity")));
                }
            }
            municipalities.put(text(m, "nis"), new Municipality(text(m, "nis"), text(m, "name"), streets));
        }
        for (JsonObject p : objects(root.get("persons"))) {
            persons.put(
                    text(p, "nationalNumber"),
                    new Person(
                            text(p, "nationalNumber"),
                            text(p, "givenNames"),
                            text(p, "familyName"),
                            date(p, "birthDate"),
                            address(p.get("domicile")),
                            null,
                            text(p, "language")));
        }
        for (JsonObject h : objects(root.get("households"))) {
            List<HouseholdMember> members = new ArrayList<>();
            for (JsonObject m : objects(h.get("members"))) {
                Person member = requirePersona(text(m, "nationalNumber"));
                members.add(new HouseholdMember(
                        member.nationalNumber(), member.givenNames(), member.familyName(), text(m, "relation")));
            }
            Household household = new Household(
                    requirePersona(members.get(0).nationalNumber()).domicile(), members);
            members.forEach(member -> households.put(member.nationalNumber(), household));
        }
        for (JsonObject e : objects(root.get("enterprises"))) {
            List<Manager> managers = new ArrayList<>();
            for (JsonObject m : objects(e.get("managers"))) {
                Person manager = requirePersona(text(m, "nationalNumber"));
                managers.add(new Manager(
                        manager.nationalNumber(), manager.givenNames(), manager.familyName(), text(m, "role")));
            }
            List<Address> establishments = objects(e.get("establishments")).stream()
                    .map(DemoData::address)
                    .toList();
            enterprises.put(
                    text(e, "companyNumber"),
                    new Enterprise(
                            text(e, "companyNumber"),
                            text(e, "name"),
                            text(e, "legalForm"),
                            JsonValue.TRUE.equals(e.get("active")),
                            address(e.get("seat")),
                            establishments,
                            managers));
        }
        for (JsonObject e : objects(root.get("employments"))) {
            Enterprise employer = enterprises.get(text(e, "companyNumber"));
            employments.add(new Employment(
                    text(e, "nationalNumber"),
                    employer.companyNumber(),
                    employer.name(),
                    address(e.get("workplace")),
                    date(e, "from"),
                    date(e, "until")));
        }
        for (JsonObject v : objects(root.get("vehicles"))) {
            vehiclesByPlate.put(
                    text(v, "plate"),
                    new Vehicle(
                            text(v, "plate"),
                            "BE",
                            text(v, "make"),
                            text(v, "model"),
                            text(v, "category"),
                            text(v, "fuel"),
                            text(v, "holderId"),
                            Vehicle.Usage.valueOf(text(v, "usage")),
                            text(v, "leasedBy"),
                            text(v, "mainDriverId"),
                            date(v, "registeredFrom")));
        }
        for (JsonObject r : objects(root.get("secondResidences"))) {
            secondResidences.add(
                    new SecondResidence(text(r, "nationalNumber"), address(r.get("address")), r.getInt("taxYear")));
        }
    }

    private Person requirePersona(String nationalNumber) {
        Person person = persons.get(nationalNumber);
        if (person == null) {
            throw new IllegalStateException("demo register data names unknown person " + nationalNumber);
        }
        return person;
    }

    private static Address address(JsonValue value) {
        JsonObject a = value.asJsonObject();
        return new Address(
                text(a, "street"),
                text(a, "houseNumber"),
                text(a, "box"),
                text(a, "postalCode"),
                text(a, "municipality"),
                text(a, "nisCode"),
                "BE");
    }

    private static List<JsonObject> objects(JsonValue value) {
        return value == null || value == JsonValue.NULL
                ? List.of()
                : value.asJsonArray().getValuesAs(JsonObject.class);
    }

    private static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static Integer integer(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value == null || value == JsonValue.NULL ? null : ((JsonNumber) value).intValue();
    }

    private static LocalDate date(JsonObject object, String key) {
        String value = text(object, key);
        return value == null ? null : LocalDate.parse(value);
    }
}
