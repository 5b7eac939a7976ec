package be.ptrpas.plugins.support;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks and reads Belgian national numbers (rijksregisternummer / INSZ), company numbers (KBO / BCE) and plates,
 * the way the real registers do.
 *
 * <p>A national number is {@code YYMMDD} (date of birth; bis numbers add 20 or 40 to the month), a 3-digit
 * sequence (odd for men, even for women) and two check digits: 97 minus the first nine digits modulo 97. For people
 * born in 2000 or later the check is taken over the nine digits prefixed with "2" (i.e. plus 2,000,000,000). A
 * company number is eight digits and two check digits: 97 minus the eight digits modulo 97.
 */
public final class BelgianIds {

    private static final Pattern CURRENT_PLATE = Pattern.compile("[1-9][A-Z]{3}\\d{3}");
    private static final Pattern OLD_LETTERS_FIRST = Pattern.compile("[A-Z]{3}\\d{3}");
    private static final Pattern OLD_DIGITS_FIRST = Pattern.compile("\\d{3}[A-Z]{3}");
    private static final long BORN_FROM_2000 = 2_000_000_000L;

    private BelgianIds() {
    }

    /** The national number as 11 digits; dots, dashes and spaces are dropped. */
    public static String requireNationalNumber(String input) {
        String digits = digitsOnly(input, "national number");
        if (!digits.matches("\\d{11}") || !hasValidNationalNumberCheck(digits)) {
            throw new IllegalArgumentException("not a valid national number: " + input);
        }
        return digits;
    }

    /** The company number as 10 digits; dots, dashes and spaces are dropped. */
    public static String requireCompanyNumber(String input) {
        String digits = digitsOnly(input, "company number");
        if (!digits.matches("\\d{10}") || !isValidCompanyNumber(digits)) {
            throw new IllegalArgumentException("not a valid company number: " + input);
        }
        return digits;
    }

    /** Whether these are 10 digits with a valid company number check. */
    public static boolean isValidCompanyNumber(String digits) {
        return digits != null && digits.matches("\\d{10}")
                && Integer.parseInt(digits.substring(8)) == 97 - Long.parseLong(digits.substring(0, 8)) % 97;
    }

    /** Whether these are 11 digits with a valid national number check (either century). */
    public static boolean isValidNationalNumber(String digits) {
        return digits != null && digits.matches("\\d{11}") && hasValidNationalNumberCheck(digits);
    }

    /** Adds the check digits to a 9-digit base; {@code bornFrom2000} decides which of the two checks applies. */
    public static String nationalNumber(String nineDigits, boolean bornFrom2000) {
        long base = Long.parseLong(nineDigits) + (bornFrom2000 ? BORN_FROM_2000 : 0);
        return nineDigits + String.format("%02d", 97 - base % 97);
    }

    /** Adds the check digits to an 8-digit base. */
    public static String companyNumber(long eightDigits) {
        String base = String.format("%08d", eightDigits);
        return base + String.format("%02d", 97 - eightDigits % 97);
    }

    /** Whether a (valid) national number belongs to someone born in 2000 or later: only that check matches. */
    public static boolean bornFrom2000(String nationalNumber) {
        long base = Long.parseLong(nationalNumber.substring(0, 9));
        int check = Integer.parseInt(nationalNumber.substring(9));
        return check != 97 - base % 97;
    }

    /**
     * The date of birth encoded in a national number, or empty when it is not encoded (month or day 00). Bis
     * numbers add 20 or 40 to the month.
     */
    public static Optional<LocalDate> birthDate(String nationalNumber) {
        int year = Integer.parseInt(nationalNumber.substring(0, 2)) + (bornFrom2000(nationalNumber) ? 2000 : 1900);
        int month = Integer.parseInt(nationalNumber.substring(2, 4)) % 20;
        int day = Integer.parseInt(nationalNumber.substring(4, 6));
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** The 3-digit sequence number; odd for men, even for women. */
    public static int sequence(String nationalNumber) {
        return Integer.parseInt(nationalNumber.substring(6, 9));
    }

    /** The plate in its registered spelling ({@code 1-ABC-123}), or empty for a plate that is not Belgian. */
    public static Optional<String> belgianPlate(String input) {
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
        return check == 97 - base % 97 || check == 97 - (BORN_FROM_2000 + base) % 97;
    }

    private static String digitsOnly(String input, String what) {
        if (input == null) {
            throw new IllegalArgumentException("a " + what + " is required");
        }
        return input.replaceAll("[\\s.\\-]", "");
    }
}
