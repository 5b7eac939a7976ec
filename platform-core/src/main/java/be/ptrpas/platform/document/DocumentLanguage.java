package be.ptrpas.platform.document;

import java.util.Locale;

/**
 * The language a document is written in: the reader's, one of the three the municipalities use. Dutch and French are
 * written as in Belgium; English as in Britain (1,234.50), since Belgian English would take the comma for decimals.
 */
public enum DocumentLanguage {
    NL(Locale.forLanguageTag("nl-BE")),
    FR(Locale.forLanguageTag("fr-BE")),
    EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    DocumentLanguage(Locale locale) {
        this.locale = locale;
    }

    /** For dates, numbers and the texts' resource bundle. */
    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag the PDF's catalogue names as its language, e.g. {@code nl-BE}. */
    public String tag() {
        return locale.toLanguageTag();
    }
}
