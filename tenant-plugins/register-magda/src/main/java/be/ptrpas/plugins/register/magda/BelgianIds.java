package be.ptrpas.plugins.register.magda;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks Belgian national numbers, company numbers and plates before anything is sent: a malformed number is the
 * caller's mistake and must not cost a MAGDA call (nor be logged at the gateway).
 */
final class BelgianIds {

    private static final Pattern CURRENT_PLATE = Pattern.compile("[1-9][A-Z]{3}\\d{3}");
    private static final Pattern OLD_LETTERS_FIRST = Pattern.compile("[A-Z]{3}\\d{3}");
    private static final Pattern OLD_DIGITS_FIRST = Pattern.compile("\\d{3}[A-Z]{3}");

    private BelgianIds() {
    }

    /** The national number as 11 digits; dots, dashes and spaces are dropped. */
    static String requireNationalNumber(String input) {
        String digits = digitsOnly(input, "national number");
        if (!digits.matches("\\d{11}") || !hasValidNationalNumberCheck(digits)) {
            throw new IllegalArgumentException("not a valid national number: " + input);
        }
        return digits;
    }

    /** The company number as 10 digits; dots, dashes and spaces are dropped. */
    static String requireCompanyNumber(String input) {
        String digits = digitsOnly(input, "company number");
        if (!digits.matches("\\d{10}") || !isValidCompanyNumber(digits)) {
            throw new IllegalArgumentException("not a valid company number: " + input);
        }
        return digits;
    }

    static boolean isValidCompanyNumber(String digits) {
        return digits.matches("\\d{10}")
                && Integer.parseInt(digits.substring(8)) == 97 - Long.parseLong(digits.substring(0, 8)) % 97;
    }

    static boolean isValidNationalNumber(String digits) {
        return digits != null && digits.matches("\\d{11}") && hasValidNationalNumberCheck(digits);
    }

    /** The plate in its registered spelling ({@code 1-ABC-123}), or empty for a plate that is not Belgian. */
    static Optional<String> belgianPlate(String input) {
        if (input == null || input.isBlank()) {
            throw new IllegalArgumentException("a plate is required");
        }
        String key = input.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (CURRENT_PLATE.matcher(key).matches()) {
            return Optional.of(key.charAt(0) + "-" + key.substring(1, 4) + "-" + key.substring(4));
        }
        if (OLD_LETTERS_FIRST.matcher(key).matches() || OLD_DIGITS_FIRST.matcher(key).matches()) {
            return Optional.of(key.substring(0, 3) + "-" + key.substring(3));
        }
        return Optional.empty();
    }

    private static boolean hasValidNationalNumberCheck(String digits) {
        long base = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        return check == 97 - base % 97 || check == 97 - (2_000_000_000L + base) % 97;
    }

    private static String digitsOnly(String input, String what) {
        if (input == null) {
            throw new IllegalArgumentException("a " + what + " is required");
        }
        return input.replaceAll("[\\s.\\-]", "");
    }
}
