package be.ptrpas.spi.belgian;

/** The modulo-97 arithmetic shared by the three identifiers; package-private, the value types are the API. */
final class Mod97 {

    private Mod97() {}

    /** 97 − (base mod 97): the check of national and company numbers (1–97). */
    static int complement(long base) {
        return (int) (97 - base % 97);
    }

    /** base mod 97, with 97 instead of 0: the check of structured references (1–97). */
    static int remainderOr97(long base) {
        int remainder = (int) (base % 97);
        return remainder == 0 ? 97 : remainder;
    }

    /** The text without the separators people write: spaces, dots, slashes and dashes. */
    static String withoutSeparators(String text) {
        return text == null ? "" : text.replaceAll("[\\s./-]", "");
    }
}
