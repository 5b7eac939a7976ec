package be.ptrpas.spi.belgian;

import java.util.Optional;

/**
 * A Belgian structured payment reference (gestructureerde mededeling / OGM-VCS): 12 digits, ten free digits and two
 * check digits equal to (the ten digits mod 97), 97 when that is 0. Printed {@code +++090/9337/55493+++}; banks also
 * accept {@code ***…***}.
 *
 * @param digits the 12 digits, without decoration
 * @since SPI 1.1
 */
public record StructuredReference(String digits) {

    /** @throws IllegalArgumentException unless {@code digits} are 12 digits with a valid check */
    public StructuredReference {
        if (!isValid(digits)) {
            throw new IllegalArgumentException("not a valid structured reference");
        }
    }

    /**
     * The reference for a number of at most ten digits, with its check digits.
     *
     * @throws IllegalArgumentException for a negative number or one of more than ten digits
     */
    public static StructuredReference of(long number) {
        if (number < 0 || number > 9_999_999_999L) {
            throw new IllegalArgumentException("a structured reference holds at most 10 digits");
        }
        return new StructuredReference(String.format("%010d%02d", number, Mod97.remainderOr97(number)));
    }

    /** Reads {@code +++090/9337/55493+++}, {@code ***090/9337/55493***}, {@code 090/9337/55493} or bare digits. */
    public static Optional<StructuredReference> parse(String text) {
        String digits = text == null ? "" : text.replaceAll("[+*/\\s]", "");
        return isValid(digits) ? Optional.of(new StructuredReference(digits)) : Optional.empty();
    }

    /** Whether these are 12 digits (no decoration) with a valid check. */
    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{12}")) {
            return false;
        }
        return Mod97.remainderOr97(Long.parseLong(digits.substring(0, 10))) == Integer.parseInt(digits.substring(10));
    }

    /** As printed on a transfer form: {@code +++090/9337/55493+++}. */
    public String formatted() {
        return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
    }
}
