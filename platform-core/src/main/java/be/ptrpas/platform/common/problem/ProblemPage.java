package be.ptrpas.platform.common.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A problem the container answers (an unknown address, a refused token) as a small page, for a person whose browser
 * asked for HTML: a mistyped address or a stale bookmark then reads as a sentence in their language instead of JSON.
 * API clients (which do not ask for {@code text/html}) keep getting problem+json. The page has no script and no style
 * of its own, so the platform's default Content-Security-Policy holds.
 */
final class ProblemPage {

    private static final List<String> LANGUAGES = List.of("nl", "fr", "en");

    private static final Map<String, Map<Integer, String>> HEADINGS = Map.of(
            "nl",
                    Map.of(
                            400,
                            "Het verzoek werd geweigerd",
                            401,
                            "U bent niet (meer) aangemeld",
                            403,
                            "Geen toegang",
                            404,
                            "Deze pagina bestaat niet",
                            405,
                            "Dat kan op dit adres niet",
                            413,
                            "Het verzoek is te groot",
                            500,
                            "Er ging bij ons iets mis"),
            "fr",
                    Map.of(
                            400,
                            "La demande a été refusée",
                            401,
                            "Vous n’êtes pas (ou plus) connecté",
                            403,
                            "Accès refusé",
                            404,
                            "Cette page n’existe pas",
                            405,
                            "Impossible à cette adresse",
                            413,
                            "La demande est trop volumineuse",
                            500,
                            "Une erreur s’est produite chez nous"),
            "en",
                    Map.of(
                            400,
                            "The request was refused",
                            401,
                            "You are not (or no longer) signed in",
                            403,
                            "Not allowed",
                            404,
                            "This page does not exist",
                            405,
                            "Not possible at this address",
                            413,
                            "The request is too large",
                            500,
                            "Something went wrong on our side"));

    private static final Map<String, String> CODE = Map.of("nl", "Foutcode", "fr", "Code d’erreur", "en", "Error code");

    private ProblemPage() {}

    /** Whether the caller is a browser asking for a page (its Accept names text/html), not an API client. */
    static boolean wanted(String accept) {
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }

    /** The page: a heading in the caller's language, the status, and the problem's own (English) detail. */
    static String render(int status, String detail, String acceptLanguage) {
        String language = language(acceptLanguage);
        Map<Integer, String> headings = HEADINGS.get(language);
        String heading = headings.getOrDefault(status, headings.get(status >= 500 ? 500 : 400));
        return "<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(heading) + " — PTR-pas</title></head>"
                + "<body><main><h1>" + escape(heading) + "</h1>"
                + "<p>" + CODE.get(language) + ": " + status + "</p>"
                + (language.equals("en") ? "<p>" : "<p lang=\"en\">") + escape(detail) + "</p>"
                + "</main></body></html>";
    }

    /** The best of Dutch, French and English for this Accept-Language header; Dutch when none fits or it is garbled. */
    static String language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "nl";
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> new Locale.LanguageRange(range.getRange().split("-")[0], range.getWeight()))
                    .toList();
            String best = Locale.lookupTag(ranges, LANGUAGES);
            return best == null ? "nl" : best;
        } catch (IllegalArgumentException garbled) {
            return "nl";
        }
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }
}
