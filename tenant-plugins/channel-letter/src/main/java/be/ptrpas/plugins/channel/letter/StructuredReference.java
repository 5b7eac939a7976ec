package be.ptrpas.plugins.channel.letter;

import java.util.Optional;

/**
 * The Belgian structured communication ("gestructureerde mededeling"): 12 digits of which the last two are the
 * first ten modulo 97 (97 when that is 0), printed as {@code +++090/9337/55493+++}.
 */
record StructuredReference(String digits) {

    StructuredReference {
        if (digits == null || !digits.matches("\\d{12}") || !hasValidCheck(digits)) {
            throw new IllegalArgumentException("not a structured reference: " + digits);
        }
    }

    /** Reads "+++090/9337/55493+++", "***090/9337/55493***", "090/9337/55493" or "090933755493". */
    static Optional<StructuredReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replaceAll("[+*/\\s]", "");
        if (!digits.matches("\\d{12}") || !hasValidCheck(digits)) {
            return Optional.empty();
        }
        return Optional.of(new StructuredReference(digits));
    }

    /** {@code +++090/9337/55493+++}. */
    String printed() {
        return "+++" + digits.substring(0, 3) + "/" + digits.substring(3, 7) + "/" + digits.substring(7) + "+++";
    }

    private static boolean hasValidCheck(String digits) {
        long base = Long.parseLong(digits.substring(0, 10));
        long check = base % 97 == 0 ? 97 : base % 97;
        return check == Long.parseLong(digits.substring(10));
    }
}
