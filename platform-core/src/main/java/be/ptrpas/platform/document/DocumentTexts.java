package be.ptrpas.platform.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * The words of a document in its language (resource bundle {@code be.ptrpas.platform.document.texts_nl|fr|en}), and
 * money, dates and times written as that language writes them. Times are Belgian time: the documents are about
 * things that happened in a Belgian municipality.
 */
final class DocumentTexts {

    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private static final String BUNDLE = "be.ptrpas.platform.document.texts";

    private final DocumentLanguage language;
    private final ResourceBundle bundle;
    private final NumberFormat amounts;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter dateTimes;

    private DocumentTexts(DocumentLanguage language) {
        this.language = language;
        // No fall-back to the JVM's default locale: a missing text must fail the tests, not switch language.
        bundle = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                DocumentTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        amounts = NumberFormat.getNumberInstance(language.locale());
        amounts.setMinimumFractionDigits(2);
        amounts.setMaximumFractionDigits(2);
        amounts.setRoundingMode(RoundingMode.UNNECESSARY);
        dates = DateTimeFormatter.ofPattern(get("format.date"), language.locale());
        dateTimes = DateTimeFormatter.ofPattern(get("format.dateTime"), language.locale())
                .withZone(BELGIUM);
    }

    static DocumentTexts of(DocumentLanguage language) {
        return new DocumentTexts(language);
    }

    java.util.Locale locale() {
        return language.locale();
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}}, … replaced (no MessageFormat: French has apostrophes). */
    String get(String key, Object... arguments) {
        String text = get(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** {@code € 1.234,50}, {@code 1 234,50 €}, {@code €1,234.50}. */
    String money(BigDecimal amount) {
        String number = amounts.format(amount.abs());
        return (amount.signum() < 0 ? "−" : "") + get("format.money", number);
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    String dateTime(Instant instant) {
        return dateTimes.format(instant);
    }
}
