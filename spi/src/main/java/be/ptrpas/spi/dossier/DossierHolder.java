package be.ptrpas.spi.dossier;

import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import java.util.Objects;

/**
 * Whose dossier is asked for: a person, by national number, or a company, by company number. Both are validated
 * values, so a provider never sees a malformed number.
 *
 * @since SPI 1.2
 */
public sealed interface DossierHolder {

    /** A person, by national number (rijksregisternummer / INSZ). */
    record Person(NationalNumber nationalNumber) implements DossierHolder {
        public Person {
            Objects.requireNonNull(nationalNumber, "a person needs a national number");
        }

        @Override
        public String number() {
            return nationalNumber.value();
        }
    }

    /** A company, by company number (KBO-BCE). */
    record Company(CompanyNumber companyNumber) implements DossierHolder {
        public Company {
            Objects.requireNonNull(companyNumber, "a company needs a company number");
        }

        @Override
        public String number() {
            return companyNumber.value();
        }
    }

    static DossierHolder person(NationalNumber nationalNumber) {
        return new Person(nationalNumber);
    }

    static DossierHolder company(CompanyNumber companyNumber) {
        return new Company(companyNumber);
    }

    /** The bare digits: the national number's 11 or the company number's 10 (a key for the source's own files). */
    String number();
}
