package be.ptrpas.spi.messaging;

/**
 * A postal address for letters.
 *
 * @param street      street name
 * @param houseNumber house number, may carry a letter ("12A")
 * @param box         box number, may be null
 * @param postalCode  postal code, e.g. 2000
 * @param municipality municipality name
 * @param countryCode ISO 3166 alpha-2, e.g. BE
 */
public record PostalAddress(
        String street, String houseNumber, String box, String postalCode, String municipality, String countryCode) {

    public PostalAddress {
        countryCode = countryCode == null ? "BE" : countryCode;
    }
}
