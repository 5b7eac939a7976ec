package be.ptrpas.spi.testkit;

/**
 * The mod-97 checks of Belgian national numbers and company numbers, so that the register contracts can tell a
 * well-formed answer from a made-up one without depending on the plug-in's own validation.
 */
public final class BelgianNumbers {

    private BelgianNumbers() {
    }

    /**
     * Whether an 11-digit national number carries a valid check: 97 minus the first nine digits mod 97, with a
     * leading "2" added to those nine digits for people born in 2000 or later.
     */
    public static boolean isValidNationalNumber(String number) {
        if (number == null || !number.matches("\\d{11}")) {
            return false;
        }
        long base = Long.parseLong(number.substring(0, 9));
        int check = Integer.parseInt(number.substring(9));
        return check == 97 - base % 97 || check == 97 - (2_000_000_000L + base) % 97;
    }

    /** Whether a 10-digit company number (digits only) carries a valid check: 97 minus the first eight mod 97. */
    public static boolean isValidCompanyNumber(String number) {
        if (number == null || !number.matches("\\d{10}")) {
            return false;
        }
        long base = Long.parseLong(number.substring(0, 8));
        return Integer.parseInt(number.substring(8)) == 97 - base % 97;
    }

    /** The same number with check digits that are wrong for either century, e.g. to test rejection. */
    public static String withWrongNationalNumberCheck(String number) {
        String nine = number.substring(0, 9);
        for (int check = 0; check < 100; check++) {
            String candidate = nine + String.format("%02d", check);
            if (!isValidNationalNumber(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable: at most two checks are valid");
    }

    /** The same company number with a wrong check. */
    public static String withWrongCompanyNumberCheck(String number) {
        String digits = digitsOnly(number);
        int check = Integer.parseInt(digits.substring(8));
        return digits.substring(0, 8) + String.format("%02d", (check + 1) % 100);
    }

    /** The number without dots, spaces or dashes, e.g. "0831.246.745" gives "0831246745". */
    public static String digitsOnly(String number) {
        return number == null ? null : number.replaceAll("[\\s.\\-]", "");
    }

    /** A plate reduced to upper-case letters and digits, to compare "1-abc-123" with "1ABC123". */
    public static String plateKey(String plate) {
        return plate == null ? null : plate.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
