package be.ptrpas.plugins.channel.letter;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/** An IBAN checked with its ISO 13616 mod-97 check digits, so a typo in the settings never reaches a letter. */
record Iban(String compact) {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    Iban {
        if (compact == null || !isValid(compact)) {
            throw new IllegalArgumentException("not a valid IBAN: " + compact);
        }
    }

    /** Reads an IBAN with or without spaces, in any case. */
    static Optional<Iban> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        return isValid(compact) ? Optional.of(new Iban(compact)) : Optional.empty();
    }

    /** In groups of four, as people read it: {@code BE71 0961 2345 6769}. */
    String printed() {
        return compact.replaceAll("(.{4})(?=.)", "$1 ");
    }

    private static boolean isValid(String compact) {
        if (!compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        if (compact.startsWith("BE") && compact.length() != 16) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.getNumericValue(c)); // A=10 ... Z=35, digits stay
        }
        return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
