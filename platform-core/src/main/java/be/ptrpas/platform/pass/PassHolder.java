package be.ptrpas.platform.pass;

import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import java.util.Optional;

/**
 * Whose pass an item is on: a person (national number) or a company (company number). Only ever turned into a keyed
 * hash ({@link HolderKeys}); the pass stores no number in clear.
 */
public record PassHolder(Type type, String number) {

    public enum Type {
        PERSON,
        COMPANY
    }

    public PassHolder {
        if (type == null || number == null) {
            throw new IllegalArgumentException("a holder has a type and a number");
        }
    }

    public static PassHolder person(NationalNumber number) {
        return new PassHolder(Type.PERSON, number.value());
    }

    public static PassHolder company(CompanyNumber number) {
        return new PassHolder(Type.COMPANY, number.value());
    }

    /**
     * The holder a source names by a number it stores as text (a vehicle holder id, an offender's number): a valid
     * national number is a person, a valid company number a company, anything else nobody (the item reaches no pass).
     */
    public static Optional<PassHolder> of(String nationalNumber, String companyNumber) {
        if (nationalNumber != null) {
            Optional<NationalNumber> person = NationalNumber.parse(nationalNumber);
            if (person.isPresent()) {
                return person.map(PassHolder::person);
            }
        }
        if (companyNumber != null) {
            return CompanyNumber.parse(companyNumber).map(PassHolder::company);
        }
        return Optional.empty();
    }

    /** A number that may be either (a vehicle register's holder id). */
    public static Optional<PassHolder> ofEither(String number) {
        return number == null ? Optional.empty() : of(number, number);
    }

    /** The text the keyed hash is taken of: the type keeps a person and a company with equal digits apart. */
    String canonical() {
        return (type == Type.PERSON ? "NN:" : "KBO:") + number;
    }
}
