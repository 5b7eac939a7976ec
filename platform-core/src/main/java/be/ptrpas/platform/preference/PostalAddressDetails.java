package be.ptrpas.platform.preference;

import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.spi.messaging.PostalAddress;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A postal address for letters, as the citizen gives it.
 *
 * @param street       street name
 * @param houseNumber  house number, may carry a letter or a suffix ("12A", "7/1")
 * @param box          box, may be absent
 * @param postalCode   postal code: four digits in Belgium
 * @param municipality municipality name
 * @param countryCode  ISO 3166 alpha-2, BE when absent
 */
public record PostalAddressDetails(
        String street, String houseNumber, String box, String postalCode, String municipality, String countryCode) {

    private static final Pattern HOUSE_NUMBER = Pattern.compile("[0-9]{1,5}[A-Za-z0-9/ -]{0,6}");
    private static final Pattern BOX = Pattern.compile("[A-Za-z0-9./ -]{1,10}");
    private static final Pattern BELGIAN_POSTAL_CODE = Pattern.compile("[1-9][0-9]{3}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9 -]{2,10}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Checks every field and returns the address tidied (trimmed, country upper-case). */
    PostalAddressDetails validated(String prefix, Violations v) {
        String country = countryCode == null || countryCode.isBlank()
                ? "BE"
                : countryCode.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            v.add(prefix + ".countryCode", "must be a two-letter country code such as BE");
        }
        text(v, prefix + ".street", street, 100, true);
        if (text(v, prefix + ".houseNumber", houseNumber, 12, true)) {
            v.matches(prefix + ".houseNumber", houseNumber.strip(), HOUSE_NUMBER, "a house number such as 12 or 12A");
        }
        if (box != null && !box.isBlank()) {
            v.matches(prefix + ".box", box.strip(), BOX, "a box such as 3 or 0101");
        }
        if (text(v, prefix + ".postalCode", postalCode, 10, true)) {
            v.matches(
                    prefix + ".postalCode",
                    postalCode.strip(),
                    "BE".equals(country) ? BELGIAN_POSTAL_CODE : POSTAL_CODE,
                    "BE".equals(country) ? "a Belgian postal code has four digits" : "a postal code");
        }
        text(v, prefix + ".municipality", municipality, 80, true);
        return new PostalAddressDetails(
                strip(street), strip(houseNumber), strip(box), strip(postalCode), strip(municipality), country);
    }

    PostalAddress toPostalAddress() {
        return new PostalAddress(street, houseNumber, box, postalCode, municipality, countryCode);
    }

    private static boolean text(Violations v, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(field, "is required");
            }
            return false;
        }
        if (value.strip().length() > max) {
            v.add(field, "at most " + max + " characters");
            return false;
        }
        return true;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
