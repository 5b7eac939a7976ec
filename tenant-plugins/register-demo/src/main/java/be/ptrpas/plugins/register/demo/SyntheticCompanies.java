package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.register.Address;
import be.ptrpas.spi.register.Enterprise;
import be.ptrpas.spi.register.Manager;
import be.ptrpas.spi.register.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every valid company number that is not a demo company: a made-up company derived from the number. */
final class SyntheticCompanies {

    /** Company numbers whose first eight digits end in 999 are kept free for "unknown company" tests. */
    private static final long UNKNOWN_SUFFIX = 999;
    /** Employers of synthetic people get numbers from this block (new KBO numbers start with 1). */
    private static final long EMPLOYER_BLOCK_START = 10_000_000L;
    /** Above it, from 11.000.000, the fleet companies of {@link SyntheticPlates}. */
    private static final int EMPLOYER_BLOCK_SIZE = 1_000_000;

    private final DemoData data;

    SyntheticCompanies(DemoData data) {
        this.data = data;
    }

    static boolean isUnknown(String companyNumber) {
        return Long.parseLong(companyNumber.substring(0, 8)) % 1000 == UNKNOWN_SUFFIX;
    }

    Optional<Enterprise> enterprise(String companyNumber) {
        if (isUnknown(companyNumber)) {
            return Optional.empty();
        }
        Municipality municipality = Seed.pick(companyNumber, "municipality", data.municipalities());
        Address seat = SyntheticAddresses.anyZone(municipality, companyNumber);
        String name = Seed.pick(companyNumber, "word", Names.COMPANY_WORDS) + " "
                + Seed.pick(companyNumber, "trade", Names.COMPANY_TRADES);
        Person manager = managerOf(companyNumber);
        return Optional.of(new Enterprise(
                companyNumber,
                name,
                Seed.pick(companyNumber, "form", Names.LEGAL_FORMS),
                true,
                seat,
                List.of(seat),
                List.of(new Manager(
                        manager.nationalNumber(), manager.givenNames(), manager.familyName(), "ZAAKVOERDER"))));
    }

    /** The company a synthetic person works for. */
    String employerOf(String nationalNumber) {
        long base = EMPLOYER_BLOCK_START + Seed.pick(nationalNumber, "employer", EMPLOYER_BLOCK_SIZE);
        if (base % 1000 == UNKNOWN_SUFFIX) {
            base--;
        }
        return CompanyNumber.of(base).value();
    }

    /** A synthetic adult, born 1950-1995, whose person record the person register gives as well. */
    private Person managerOf(String companyNumber) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(Seed.pick(companyNumber, "manager birth", 46 * 365));
        int sequence = 1 + Seed.pick(companyNumber, "manager sequence", SyntheticPeople.FIRST_UNKNOWN_SEQUENCE - 1);
        String nine = String.format(
                "%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), sequence);
        String nationalNumber = NationalNumber.of(nine, false).value();
        return data.person(nationalNumber)
                .orElseGet(() -> new SyntheticPeople(data, null, this)
                        .person(nationalNumber)
                        .orElseThrow());
    }
}
