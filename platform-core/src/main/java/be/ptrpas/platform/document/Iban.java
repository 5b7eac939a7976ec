package be.ptrpas.platform.document;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IBAN of a SEPA country, checked as ISO 13616 does: the country's length and the mod-97 check digits over the
 * rearranged number. A SEPA credit transfer (and so the EPC QR code) can only reach one of these countries.
 *
 * @param compact upper case, no spaces, e.g. {@code BE71096123456769}
 */
public record Iban(String compact) {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]+");
    private static final Pattern BLANKS = Pattern.compile("[\\s\u00A0]");

    /** IBAN length per country of the SEPA schemes (EPC409-09, the list of countries and territories). */
    private static final Map<String, Integer> SEPA_LENGTHS = Map.ofEntries(
            Map.entry("AD", 24),
            Map.entry("AL", 28),
            Map.entry("AT", 20),
            Map.entry("BE", 16),
            Map.entry("BG", 22),
            Map.entry("CH", 21),
            Map.entry("CY", 28),
            Map.entry("CZ", 24),
            Map.entry("DE", 22),
            Map.entry("DK", 18),
            Map.entry("EE", 20),
            Map.entry("ES", 24),
            Map.entry("FI", 18),
            Map.entry("FR", 27),
            Map.entry("GB", 22),
            Map.entry("GI", 23),
            Map.entry("GR", 27),
            Map.entry("HR", 21),
            Map.entry("HU", 28),
            Map.entry("IE", 22),
            Map.entry("IS", 26),
            Map.entry("IT", 27),
            Map.entry("LI", 21),
            Map.entry("LT", 20),
            Map.entry("LU", 20),
            Map.entry("LV", 21),
            Map.entry("MC", 27),
            Map.entry("MD", 24),
            Map.entry("ME", 22),
            Map.entry("MK", 19),
            Map.entry("MT", 31),
            Map.entry("NL", 18),
            Map.entry("NO", 15),
            Map.entry("PL", 28),
            Map.entry("PT", 25),
            Map.entry("RO", 24),
            Map.entry("SE", 24),
            Map.entry("SI", 19),
            Map.entry("SK", 24),
            Map.entry("SM", 27),
            Map.entry("VA", 22));

    /** @throws InvalidDocumentException (field {@code iban}) unless this is a valid SEPA IBAN */
    public Iban {
        String problem = problemWith(compact);
        if (problem != null) {
            throw InvalidDocumentException.of("iban", problem);
        }
    }

    /** Reads an IBAN as people write it: with or without spaces, in any case. */
    public static Optional<Iban> parse(String text) {
        String compact = normalise(text);
        return problemWith(compact) == null ? Optional.of(new Iban(compact)) : Optional.empty();
    }

    /** Why {@code text} (as people write it) is not a valid SEPA IBAN, or empty when it is one. */
    static Optional<String> problemWithText(String text) {
        return Optional.ofNullable(problemWith(normalise(text)));
    }

    /** In groups of four, as people read it: {@code BE71 0961 2345 6769}. */
    public String printed() {
        return compact.replaceAll("(.{4})(?=.)", "$1 ");
    }

    private static String normalise(String text) {
        return text == null ? null : BLANKS.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static String problemWith(String compact) {
        if (compact == null || compact.isEmpty()) {
            return "is required";
        }
        if (!SHAPE.matcher(compact).matches()) {
            return "is not an IBAN (two letters, two check digits, then letters and digits)";
        }
        Integer length = SEPA_LENGTHS.get(compact.substring(0, 2));
        if (length == null) {
            return "is not an IBAN of a SEPA country";
        }
        if (compact.length() != length) {
            return "must have " + length + " characters for " + compact.substring(0, 2) + ", not " + compact.length();
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder numeric = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.digit(c, 36)); // A=10 … Z=35, digits stay
        }
        if (new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() != 1) {
            return "has wrong check digits (mod-97): a typing error?";
        }
        return null;
    }
}
