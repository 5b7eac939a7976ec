package be.ptrpas.platform.common.belgian;

import java.util.Optional;

/**
 * A Belgian enterprise number (KBO / ondernemingsnummer), 10 digits starting with 0 or 1: the last two digits are
 * 97 − (first 8 digits mod 97).
 */
public record CompanyNumber(String value) {

    public CompanyNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid company number");
        }
    }

    public static Optional<CompanyNumber> parse(String text) {
        String digits = Mod97.digitsOnly(text);
        if (digits.startsWith("BE")) {
            digits = digits.substring(2);
        }
        if (digits.length() == 9) {
            digits = "0" + digits; // old 9-digit form
        }
        return isValid(digits) ? Optional.of(new CompanyNumber(digits)) : Optional.empty();
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("[01]\\d{9}")) {
            return false;
        }
        return Mod97.complement(Long.parseLong(digits.substring(0, 8))) == Integer.parseInt(digits.substring(8));
    }

    /** Formatted as 0xxx.xxx.xxx. */
    public String formatted() {
        return value.substring(0, 4) + "." + value.substring(4, 7) + "." + value.substring(7);
    }
}
