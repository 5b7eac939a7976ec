package be.ptrpas.spi.belgian;

import java.util.Optional;

/**
 * A Belgian company number (ondernemingsnummer / KBO-BCE number): 10 digits starting with 0 or 1, of which the last
 * two are 97 − (the first eight mod 97). The VAT number is the same number behind "BE"; the old 9-digit form lacks
 * the leading 0. Numbers starting with 2–8 are establishment units (vestigingseenheden), not companies.
 *
 * @param value the 10 digits, without separators
 * @since SPI 1.1
 */
public record CompanyNumber(String value) {

    /** @throws IllegalArgumentException unless {@code value} is a valid company number in 10 bare digits */
    public CompanyNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid company number");
        }
    }

    /**
     * Reads the forms people write: {@code 0207.183.486}, {@code 0207183486}, {@code BE 0207.183.486} and the old
     * {@code 207.183.486}; empty if invalid.
     */
    public static Optional<CompanyNumber> parse(String text) {
        String digits = Mod97.withoutSeparators(text);
        if (digits.startsWith("BE")) {
            digits = digits.substring(2);
        }
        if (digits.length() == 9) {
            digits = "0" + digits;
        }
        return isValid(digits) ? Optional.of(new CompanyNumber(digits)) : Optional.empty();
    }

    /**
     * As {@link #parse}, for input that must be valid.
     *
     * @throws IllegalArgumentException when it is absent or invalid; the message does not echo the input
     */
    public static CompanyNumber require(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a company number is required");
        }
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a valid company number"));
    }

    /** Whether these are 10 digits (no separators) starting with 0 or 1, with a valid check. */
    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("[01]\\d{9}")) {
            return false;
        }
        return Mod97.complement(Long.parseLong(digits.substring(0, 8))) == Integer.parseInt(digits.substring(8));
    }

    /**
     * The company number with these first eight digits (0 to 19,999,999) and its check digits.
     *
     * @throws IllegalArgumentException for a base outside that range
     */
    public static CompanyNumber of(long eightDigits) {
        if (eightDigits < 0 || eightDigits >= 20_000_000L) {
            throw new IllegalArgumentException("a company number starts with eight digits, the first 0 or 1");
        }
        return new CompanyNumber(String.format("%08d%02d", eightDigits, Mod97.complement(eightDigits)));
    }

    /** As people write it: {@code 0207.183.486}. */
    public String formatted() {
        return value.substring(0, 4) + "." + value.substring(4, 7) + "." + value.substring(7);
    }
}
