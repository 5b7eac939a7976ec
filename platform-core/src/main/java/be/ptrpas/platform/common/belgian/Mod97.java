package be.ptrpas.platform.common.belgian;

/** The mod-97 check shared by Belgian national numbers, company numbers and structured payment references. */
final class Mod97 {

    private Mod97() {
    }

    static int complement(long base) {
        return (int) (97 - base % 97);
    }

    static int remainderOr97(long base) {
        int remainder = (int) (base % 97);
        return remainder == 0 ? 97 : remainder;
    }

    static String digitsOnly(String text) {
        return text == null ? "" : text.replaceAll("[\\s./-]", "");
    }
}
