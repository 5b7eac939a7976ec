package be.ptrpas.spi.belgian;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A Belgian national number (rijksregisternummer / INSZ): 11 digits {@code YYMMDD SSS CC}, the date of birth, a
 * sequence number (odd for men, even for women) and two check digits, 97 − (the first nine digits mod 97). For
 * people born in 2000 or later the check is taken over the nine digits prefixed with "2" (2,000,000,000 added);
 * because the two checks never coincide, the check tells the century. Bis numbers (people not in the national
 * register) add 20 or 40 to the month and follow the same check; a month or day of 00 means "not known".
 *
 * <p>{@link #toString()} masks the number (it is personal data and must not end up in logs); use {@link #value()}
 * or {@link #formatted()} where the number is meant to be shown.
 *
 * @param value the 11 digits, without separators
 * @since SPI 1.1
 */
public record NationalNumber(String value) {

    private static final long BORN_FROM_2000 = 2_000_000_000L;

    /** @throws IllegalArgumentException unless {@code value} is 11 digits with a valid check (never echoes it) */
    public NationalNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid national number");
        }
    }

    /** Reads the forms people write ({@code 85.07.30-033.28}, {@code 85073003328}, with spaces); empty if invalid. */
    public static Optional<NationalNumber> parse(String text) {
        String digits = Mod97.withoutSeparators(text);
        return isValid(digits) ? Optional.of(new NationalNumber(digits)) : Optional.empty();
    }

    /**
     * As {@link #parse}, for input that must be valid.
     *
     * @throws IllegalArgumentException when it is absent or invalid; the message does not echo the input
     */
    public static NationalNumber require(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a national number is required");
        }
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a valid national number"));
    }

    /** Whether these are 11 digits (no separators) with a valid check for either century. */
    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{11}")) {
            return false;
        }
        long base = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        return Mod97.complement(base) == check || Mod97.complement(BORN_FROM_2000 + base) == check;
    }

    /**
     * The national number with these nine digits ({@code YYMMDDSSS}) and the check digits for the given century.
     *
     * @throws IllegalArgumentException unless {@code nineDigits} are nine digits
     */
    public static NationalNumber of(String nineDigits, boolean bornFrom2000) {
        if (nineDigits == null || !nineDigits.matches("\\d{9}")) {
            throw new IllegalArgumentException("a national number starts with nine digits");
        }
        long base = Long.parseLong(nineDigits) + (bornFrom2000 ? BORN_FROM_2000 : 0);
        return new NationalNumber(nineDigits + String.format("%02d", Mod97.complement(base)));
    }

    /** Whether the holder was born in 2000 or later: only the check over "2" + the nine digits matches. */
    public boolean bornFrom2000() {
        return Mod97.complement(Long.parseLong(value.substring(0, 9))) != Integer.parseInt(value.substring(9));
    }

    /** The year of birth: the two digits {@code YY} in the century the check tells. */
    public int birthYear() {
        return Integer.parseInt(value.substring(0, 2)) + (bornFrom2000() ? 2000 : 1900);
    }

    /** The date of birth, or empty when the number does not encode one (month or day 00); bis months count. */
    public Optional<LocalDate> birthDate() {
        int month = Integer.parseInt(value.substring(2, 4)) % 20;
        int day = Integer.parseInt(value.substring(4, 6));
        try {
            return Optional.of(LocalDate.of(birthYear(), month, day));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** Whether this is a bis number (month raised by 20 or 40): someone not in the national register. */
    public boolean isBisNumber() {
        return Integer.parseInt(value.substring(2, 4)) > 12;
    }

    /** The 3-digit sequence number {@code SSS}: odd for men, even for women. */
    public int sequence() {
        return Integer.parseInt(value.substring(6, 9));
    }

    /** As people write it: {@code YY.MM.DD-SSS.CC}. */
    public String formatted() {
        return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6) + "-"
                + value.substring(6, 9) + "." + value.substring(9);
    }

    /** Masked: personal data never goes into logs in full. */
    @Override
    public String toString() {
        return "NationalNumber[" + value.substring(0, 2) + "*********]";
    }
}
