package be.ptrpas.spi.dossier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A dossier item's title in one or more of the platform's languages ({@code nl}, {@code fr}, {@code en}): give every
 * language the source has, or one text and its language. The pass shows the citizen's language, else Dutch, else
 * English, else French.
 *
 * @param texts language code to text; at least one, each text non-blank and at most {@value #MAX_LENGTH} characters
 * @since SPI 1.2
 */
public record DossierTitle(Map<String, String> texts) {

    public static final int MAX_LENGTH = 300;
    public static final Set<String> LANGUAGES = Set.of("nl", "fr", "en");
    private static final String[] FALLBACK = {"nl", "en", "fr"};

    /** @throws IllegalArgumentException for no text, another language, a blank or too long text */
    public DossierTitle {
        if (texts == null || texts.isEmpty()) {
            throw new IllegalArgumentException("a title needs a text in at least one language");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        for (String language : FALLBACK) {
            String text = texts.get(language);
            if (text != null) {
                copy.put(language, check(text));
            }
        }
        if (copy.size() != texts.size()) {
            throw new IllegalArgumentException("a title's languages are nl, fr and en");
        }
        texts = Map.copyOf(copy);
    }

    /** One text in one language. */
    public static DossierTitle of(String language, String text) {
        if (language == null) {
            throw new IllegalArgumentException("a title's languages are nl, fr and en");
        }
        return new DossierTitle(Map.of(language, text == null ? "" : text));
    }

    /** The text per language; a {@code null} language is left out (at least one must be given). */
    public static DossierTitle of(String nl, String fr, String en) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (nl != null) {
            texts.put("nl", nl);
        }
        if (fr != null) {
            texts.put("fr", fr);
        }
        if (en != null) {
            texts.put("en", en);
        }
        return new DossierTitle(texts);
    }

    /** The text in this language, else Dutch, else English, else French. */
    public String in(String language) {
        String text = language == null ? null : texts.get(language);
        if (text != null) {
            return text;
        }
        for (String fallback : FALLBACK) {
            if (texts.containsKey(fallback)) {
                return texts.get(fallback);
            }
        }
        throw new IllegalStateException("a title always has a text");
    }

    private static String check(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("a title text must not be blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a title text has at most " + MAX_LENGTH + " characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a title text has no control characters");
        }
        return text.strip();
    }
}
