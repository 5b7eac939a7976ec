package be.ptrpas.deploy.bench;

import java.util.Random;

/**
 * A realistic plate mix: mostly Belgian plates of the current format (1-ABC-123, 2-ABC-123), some of the older
 * formats (ABC-123, 123-ABC), about 10 % foreign with their country. Generated plates never contain a Q, so a plate
 * with a Q is certainly unknown (a miss).
 */
final class Plates {

    /** A plate as stored (normalised), as a warden types it, and its country. */
    record Plate(String normalized, String display, String country) {}

    private static final String LETTERS = "ABCDEFGHIJKLMNOPRSTUVWXYZ"; // no Q
    private static final String[] FOREIGN = {"NL", "NL", "NL", "FR", "FR", "DE", "DE", "LU", "PL", "RO", "ES", "IT"};

    private Plates() {}

    static Plate any(Random random) {
        int roll = random.nextInt(100);
        if (roll < 75) {
            String plate = (random.nextInt(10) < 6 ? "1" : "2") + letters(random, 3) + digits(random, 3);
            return new Plate(plate, plate.charAt(0) + "-" + plate.substring(1, 4) + "-" + plate.substring(4), "BE");
        }
        if (roll < 90) {
            String plate = random.nextBoolean()
                    ? letters(random, 3) + digits(random, 3)
                    : digits(random, 3) + letters(random, 3);
            return new Plate(plate, plate.substring(0, 3) + "-" + plate.substring(3), "BE");
        }
        String country = FOREIGN[random.nextInt(FOREIGN.length)];
        String plate = switch (country) {
            case "NL" -> letters(random, 2) + digits(random, 3) + letters(random, 1);
            case "FR" -> letters(random, 2) + digits(random, 3) + letters(random, 2);
            case "DE" ->
                letters(random, 1 + random.nextInt(2)) + letters(random, 2) + digits(random, 1 + random.nextInt(4));
            case "LU" -> letters(random, 2) + digits(random, 4);
            default -> letters(random, 2) + digits(random, 5);
        };
        return new Plate(plate, plate, country);
    }

    /** A Belgian plate of the current format that no generated right has (it holds a Q). */
    static Plate unknown(Random random) {
        String plate = "1Q" + letters(random, 2) + digits(random, 3);
        return new Plate(plate, "1-" + plate.substring(1, 4) + "-" + plate.substring(4), "BE");
    }

    private static String letters(Random random, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = LETTERS.charAt(random.nextInt(LETTERS.length()));
        }
        return new String(c);
    }

    private static String digits(Random random, int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(c);
    }
}
