package be.ptrpas.platform.common.belgian;

import java.util.Optional;

/**
 * A Belgian national number (rijksregisternummer / INSZ), 11 digits YYMMDD SSS CC. The check digits are
 * 97 − (first 9 digits mod 97); for people born in 2000 or later the 9 digits are prefixed with "2" first.
 * Register test numbers with birth months shifted by 20 or 40 (bis numbers) follow the same check.
 */
public record NationalNumber(String value) {

    public NationalNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid national number");
        }
    }

    public static Optional<NationalNumber> parse(String text) {
        String digits = Mod97.digitsOnly(text);
        return isValid(digits) ? Optional.of(new NationalNumber(digits)) : Optional.empty();
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{11}")) {
            return false;
        }
        long base = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        return Mod97.complement(base) == check || Mod97.complement(2_000_000_000L + base) == check;
    }

    /** Formatted as people write it: YY.MM.DD-SSS.CC. */
    public String formatted() {
        return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6) + "-"
                + value.substring(6, 9) + "." + value.substring(9);
    }

    @Override
    public String toString() {
        // Personal data: never in full in logs.
        return "NationalNumber[" + value.substring(0, 2) + "*********]";
    }
}
