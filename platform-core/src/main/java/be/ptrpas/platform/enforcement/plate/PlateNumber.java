package be.ptrpas.platform.enforcement.plate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A licence plate in one canonical form, so that "1-abc-123", "1 ABC 123" and "1ABC123" are one plate and a check is
 * one indexed look-up. Belgian plates are recognised in the current format ({@code 1-ABC-123}) and the older ones
 * ({@code ABC-123}, {@code 123-ABC}); foreign plates keep their characters and carry their country. Beyond A–Z a
 * foreign plate may carry only the letters its own country puts on plates ({@link #LETTERS_BEYOND_A_TO_Z}), e.g. the
 * German district codes GÖ, MÜ or LÖ; nothing else from Unicode gets in.
 *
 * @param normalized upper-case letters and digits only, e.g. {@code 1ABC123}
 * @param country    ISO 3166 alpha-2 country, e.g. BE, NL
 */
public record PlateNumber(String normalized, String country) {

    private static final Pattern CURRENT = Pattern.compile("[1-9][A-Z]{3}\\d{3}");
    private static final Pattern OLD_LETTERS_FIRST = Pattern.compile("[A-Z]{3}\\d{3}");
    private static final Pattern OLD_DIGITS_FIRST = Pattern.compile("\\d{3}[A-Z]{3}");
    private static final Pattern ANY = Pattern.compile("[A-Z0-9ÄÖÜÅÆØ]{2,12}");
    private static final Pattern A_TO_Z = Pattern.compile("[A-Z0-9]{2,12}");
    /**
     * Letters beyond A–Z that a country's ordinary or personalised plates carry: Germany's umlauts in district codes
     * (GÖ Göttingen, MÜ Mühldorf, LÖ Lörrach, …), the Nordic letters on Swedish and Finnish (Å, Ä, Ö) and Danish and
     * Norwegian (Æ, Ø, Å) personalised plates. Every other country, Belgium included, writes A–Z only (Greek and
     * Cyrillic plates use the letters that look like Latin ones, which the readers and wardens write in Latin).
     */
    static final Map<String, String> LETTERS_BEYOND_A_TO_Z =
            Map.of("DE", "ÄÖÜ", "SE", "ÅÄÖ", "FI", "ÅÄÖ", "DK", "ÆØÅ", "NO", "ÆØÅ");

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

    public PlateNumber {
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("not a country code: " + country);
        }
        if (normalized == null || !ANY.matcher(normalized).matches() || !usesLettersOf(normalized, country)) {
            throw new IllegalArgumentException("not a normalised plate of " + country + ": " + normalized);
        }
    }

    /**
     * Reads a plate as a warden types it or a scan car reads it. Spaces, hyphens and dots are ignored, case does not
     * matter; a Belgian plate must have a Belgian format.
     *
     * @param text    the plate
     * @param country the plate's country (default BE when null or blank)
     * @return the plate, or empty when it cannot be a plate of that country
     */
    public static Optional<PlateNumber> parse(String text, String country) {
        if (text == null) {
            return Optional.empty();
        }
        String countryCode =
                country == null || country.isBlank() ? "BE" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(countryCode).matches()) {
            return Optional.empty();
        }
        // NFC first: an Ö typed as O + combining diaeresis is the same plate as a precomposed Ö.
        String plain = SEPARATORS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toUpperCase(Locale.ROOT))
                .replaceAll("");
        if (!ANY.matcher(plain).matches() || !usesLettersOf(plain, countryCode)) {
            return Optional.empty();
        }
        if (countryCode.equals("BE") && !isBelgianFormat(plain)) {
            return Optional.empty();
        }
        return Optional.of(new PlateNumber(plain, countryCode));
    }

    /**
     * Whether {@code country} names a plate's country as {@link #parse} reads it: two letters (ISO 3166 alpha-2) in
     * any case, or nothing (Belgium). Lets a caller tell a wrong country apart from a wrong plate.
     */
    public static boolean isCountryOrDefault(String country) {
        return country == null
                || country.isBlank()
                || COUNTRY.matcher(country.strip().toUpperCase(Locale.ROOT)).matches();
    }

    private static boolean usesLettersOf(String plain, String countryCode) {
        if (A_TO_Z.matcher(plain).matches()) {
            return true;
        }
        String extra = LETTERS_BEYOND_A_TO_Z.getOrDefault(countryCode, "");
        return plain.chars().allMatch(c -> c < 128 || extra.indexOf(c) >= 0);
    }

    private static boolean isBelgianFormat(String plain) {
        return CURRENT.matcher(plain).matches()
                || OLD_LETTERS_FIRST.matcher(plain).matches()
                || OLD_DIGITS_FIRST.matcher(plain).matches()
                // Special series (diplomatic, trade, motorcycles, trailers) keep letters and digits without a
                // fixed shape; they are accepted when they are long enough to be one.
                || plain.length() >= 4 && plain.chars().anyMatch(Character::isDigit);
    }

    /** The plate as it is written: {@code 1-ABC-123} for the current Belgian format, otherwise as normalised. */
    public String display() {
        if (country.equals("BE") && CURRENT.matcher(normalized).matches()) {
            return normalized.charAt(0) + "-" + normalized.substring(1, 4) + "-" + normalized.substring(4);
        }
        if (country.equals("BE")
                && (OLD_LETTERS_FIRST.matcher(normalized).matches()
                        || OLD_DIGITS_FIRST.matcher(normalized).matches())) {
            return normalized.substring(0, 3) + "-" + normalized.substring(3);
        }
        return normalized;
    }
}
