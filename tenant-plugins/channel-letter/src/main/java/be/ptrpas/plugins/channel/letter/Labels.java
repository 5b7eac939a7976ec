package be.ptrpas.plugins.channel.letter;

import java.util.Locale;

/**
 * The few words the letter adds around the platform's text. The body and subject already come in the recipient's
 * language; these follow it, with Dutch as the fallback.
 */
record Labels(
        Locale locale,
        String subject,
        String amount,
        String account,
        String reference,
        String payOnline,
        String scanToPay,
        String page) {

    private static final Labels DUTCH = new Labels(
            Locale.forLanguageTag("nl-BE"),
            "Betreft",
            "Te betalen",
            "Rekeningnummer",
            "Gestructureerde mededeling",
            "Online betalen",
            "Scan om te betalen",
            "Pagina");
    private static final Labels FRENCH = new Labels(
            Locale.forLanguageTag("fr-BE"),
            "Objet",
            "Montant à payer",
            "Numéro de compte",
            "Communication structurée",
            "Payer en ligne",
            "Scannez pour payer",
            "Page");
    private static final Labels GERMAN = new Labels(
            Locale.forLanguageTag("de-BE"),
            "Betreff",
            "Zu zahlen",
            "Kontonummer",
            "Strukturierte Mitteilung",
            "Online bezahlen",
            "Zum Bezahlen scannen",
            "Seite");
    private static final Labels ENGLISH = new Labels(
            Locale.forLanguageTag("en-BE"),
            "Subject",
            "Amount due",
            "Account number",
            "Structured reference",
            "Pay online",
            "Scan to pay",
            "Page");

    static Labels forLanguage(Locale language) {
        return switch (language == null ? "nl" : language.getLanguage()) {
            case "fr" -> FRENCH;
            case "de" -> GERMAN;
            case "en" -> ENGLISH;
            default -> DUTCH;
        };
    }
}
