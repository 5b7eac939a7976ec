package be.ptrpas.deploy.bench;

/** Valid Belgian national numbers for the benchmark's citizens (born 1970-99; check digits mod 97). */
final class NationalNumbers {

    private NationalNumbers() {}

    /** A distinct valid national number for each {@code i} below 10,080. */
    static String valid(int i) {
        if (i < 0 || i >= 10_080) {
            throw new IllegalArgumentException("only 10,080 distinct numbers: " + i);
        }
        String first = String.format(
                "%02d%02d%02d%03d", 70 + i % 30, 1 + (i / 30) % 12, 1 + (i / 360) % 28, 101 + (i / 10_080) % 800);
        long check = 97 - Long.parseLong(first) % 97;
        return first + String.format("%02d", check);
    }
}
