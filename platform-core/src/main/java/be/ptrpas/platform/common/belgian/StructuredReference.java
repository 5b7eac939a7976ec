package be.ptrpas.platform.common.belgian;

import java.util.Optional;

/**
 * The Belgian structured payment reference (gestructureerde mededeling, OGM): 10 digits plus 2 check digits equal
 * to (10 digits mod 97), with 97 for a remainder of 0. Written {@code +++ddd/dddd/ddddd+++}.
 */
public record StructuredReference(String digits) {

    public StructuredReference {
        if (!isValid(digits)) {
            throw new IllegalArgumentException("not a valid structured reference");
        }
    }

    /** Builds the reference for a number of at most 10 digits. */
    public static StructuredReference of(long number) {
        if (number < 0 || number > 9_999_999_999L) {
            throw new IllegalArgumentException("a structured reference holds at most 10 digits");
        }
        return new StructuredReference(String.format("%010d%02d", number, Mod97.remainderOr97(number)));
    }

    public static Optional<StructuredReference> parse(String text) {
        String digits = text == null ? "" : text.replaceAll("[+*/\\s]", "");
        return isValid(digits) ? Optional.of(new StructuredReference(digits)) : Optional.empty();
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{12}")) {
            return false;
        }
        return Mod97.remainderOr97(Long.parseLong(digits.substring(0, 10))) == Integer.parseInt(digits.substring(10));
    }

    public String formatted() {
        return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
    }
}
