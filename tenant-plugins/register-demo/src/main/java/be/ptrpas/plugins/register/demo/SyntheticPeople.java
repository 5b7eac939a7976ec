package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.register.Address;
import be.ptrpas.spi.register.Employment;
import be.ptrpas.spi.register.Household;
import be.ptrpas.spi.register.HouseholdMember;
import be.ptrpas.spi.register.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everyone who is not a demo persona: a person made up from their national number alone, so that any valid
 * number the platform's tests invent is someone, always the same someone.
 */
final class SyntheticPeople {

    /** Sequence numbers 998 and 999 are kept free so that tests have valid numbers of people who do not exist. */
    static final int FIRST_UNKNOWN_SEQUENCE = 998;
    /** Ages are measured on a fixed day, never on "today", so that answers do not change over time. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 1, 1);

    private final DemoData data;
    private final String homeNis;
    private final SyntheticCompanies companies;

    /** @param homeNis the municipality synthetic people live in, or null to spread them over the demo ones */
    SyntheticPeople(DemoData data, String homeNis, SyntheticCompanies companies) {
        this.data = data;
        this.homeNis = homeNis;
        this.companies = companies;
    }

    static boolean isUnknown(String nationalNumber) {
        return new NationalNumber(nationalNumber).sequence() >= FIRST_UNKNOWN_SEQUENCE;
    }

    Optional<Person> person(String nationalNumber) {
        if (isUnknown(nationalNumber)) {
            return Optional.empty();
        }
        boolean male = new NationalNumber(nationalNumber).sequence() % 2 == 1;
        String given = Seed.pick(nationalNumber, "given name", male ? Names.MALE_GIVEN : Names.FEMALE_GIVEN);
        String family = Seed.pick(nationalNumber, "family name", Names.FAMILY);
        return Optional.of(new Person(
                nationalNumber,
                given,
                family,
                new NationalNumber(nationalNumber).birthDate().orElse(null),
                domicile(nationalNumber),
                null,
                "nl"));
    }

    /** Synthetic people live alone: a made-up partner would have a number that synthesises someone else. */
    Optional<Household> household(String nationalNumber) {
        return person(nationalNumber)
                .map(person -> new Household(
                        person.domicile(),
                        List.of(new HouseholdMember(
                                person.nationalNumber(), person.givenNames(), person.familyName(), "REFERENCE"))));
    }

    /** Adults of working age have one job, at a synthetic company in a demo municipality. */
    List<Employment> employmentsOf(String nationalNumber) {
        Optional<LocalDate> birth = new NationalNumber(nationalNumber).birthDate();
        if (isUnknown(nationalNumber) || birth.isEmpty() || !isOfWorkingAge(birth.get())) {
            return List.of();
        }
        String employer = companies.employerOf(nationalNumber);
        return companies
                .enterprise(employer)
                .map(company -> new Employment(
                        nationalNumber,
                        employer,
                        company.name(),
                        company.seat(),
                        birth.get().plusYears(22 + Seed.pick(nationalNumber, "hired", 15)),
                        null))
                .filter(employment -> !employment.from().isAfter(REFERENCE_DAY))
                .map(List::of)
                .orElse(List.of());
    }

    static boolean isAdult(LocalDate birthDate) {
        return !birthDate.plusYears(18).isAfter(REFERENCE_DAY);
    }

    private static boolean isOfWorkingAge(LocalDate birthDate) {
        return isAdult(birthDate) && birthDate.plusYears(67).isAfter(REFERENCE_DAY);
    }

    private Address domicile(String nationalNumber) {
        Municipality home = data.municipality(homeNis)
                .orElseGet(() -> Seed.pick(nationalNumber, "municipality", data.municipalities()));
        return SyntheticAddresses.residential(home, nationalNumber);
    }
}
