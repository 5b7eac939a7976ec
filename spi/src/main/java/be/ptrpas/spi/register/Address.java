package be.ptrpas.spi.register;

/**
 * An address as the authentic sources give it.
 *
 * @param street       street name
 * @param houseNumber  house number (may carry a letter)
 * @param box          box, may be null
 * @param postalCode   postal code
 * @param municipality municipality name
 * @param nisCode      NIS code of the municipality, may be null for foreign addresses
 * @param countryCode  ISO 3166 alpha-2
 */
public record Address(
        String street,
        String houseNumber,
        String box,
        String postalCode,
        String municipality,
        String nisCode,
        String countryCode) {}
