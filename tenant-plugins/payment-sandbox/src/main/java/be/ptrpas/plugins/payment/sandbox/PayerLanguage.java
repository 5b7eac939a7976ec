package be.ptrpas.plugins.payment.sandbox;

import java.util.List;
import java.util.Locale;

/** The languages the sandbox's pages speak, picked from the payer's browser (Accept-Language); Dutch by default. */
enum PayerLanguage {
    NL,
    FR,
    EN;

    private static final List<String> TAGS = List.of("nl", "fr", "en");

    /** The best of Dutch, French and English for this Accept-Language header; Dutch when none fits or it is garbled. */
    static PayerLanguage of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return NL;
        }
        try {
            // Ranges as the browser sends them ("fr-BE,fr;q=0.9,en;q=0.8"), matched on the primary language.
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> new Locale.LanguageRange(range.getRange().split("-")[0], range.getWeight()))
                    .toList();
            String best = Locale.lookupTag(ranges, TAGS);
            return best == null ? NL : valueOf(best.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException garbled) {
            return NL;
        }
    }

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
