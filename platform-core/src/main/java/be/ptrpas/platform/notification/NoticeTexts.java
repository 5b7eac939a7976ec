package be.ptrpas.platform.notification;

import be.ptrpas.platform.pass.MoneyState;
import be.ptrpas.platform.preference.EventKind;
import be.ptrpas.platform.preference.Language;
import be.ptrpas.spi.messaging.MessageTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link PassNotice} in the citizen's language, from the templates {@code notices_<lang>.properties} beside
 * this class: a subject and an opening sentence per kind of news, then the facts that apply (what it is about, what is
 * still to pay and by when), the link to the item on the citizen's page, and for a letter the law sends the reason.
 * Pure: the municipality's name and the link come in.
 */
final class NoticeTexts {

    /** Money states in which an amount is still owed, so the amount and the due date are worth saying. */
    private static final Set<MoneyState> OWED = EnumSet.of(
            MoneyState.OPEN, MoneyState.PARTLY_PAID, MoneyState.REMINDER_SENT, MoneyState.HANDED_TO_COLLECTION);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");
    private static final Map<Language, Properties> TEXTS = load();

    private NoticeTexts() {}

    /**
     * The texts of one notice; {@code parameters} is what a channel plug-in gets (subject and body included).
     * {@code shortParameters} carry a body of only the subject and the link, for SMS and WhatsApp: an SMS is cut after
     * three parts (201 characters once one character is outside the GSM alphabet) and the link must survive.
     */
    record Rendered(String subject, String body, Map<String, String> parameters, Map<String, String> shortParameters) {}

    /**
     * @param municipality the municipality's name in the citizen's language
     * @param url the item on the citizen's page
     * @param legalLetter whether it goes as the letter the law requires (the citizen chose no channel for it)
     */
    static Rendered render(PassNotice notice, Language language, String municipality, String url, boolean legalLetter) {
        Properties texts = TEXTS.get(language);
        Locale locale = Locale.forLanguageTag(language.code() + "-BE");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("municipality", municipality);
        values.put("reference", notice.reference());
        values.put("kind", texts.getProperty("kind." + notice.itemKind()));
        values.put("kindWithArticle", texts.getProperty("article." + notice.itemKind(), values.get("kind")));
        values.put("status", texts.getProperty("status." + notice.status()));
        values.put("money", notice.money() == null ? null : texts.getProperty("money." + notice.money()));
        values.put("subject", notice.subject());
        boolean owed = notice.money() != null && OWED.contains(notice.money());
        values.put(
                "amount",
                owed && notice.amountDueCents() != null && notice.amountDueCents() > 0
                        ? euros(notice.amountDueCents(), locale)
                        : null);
        values.put("dueDate", owed || notice.event() == EventKind.DUE_SOON ? day(notice.dueDate(), locale) : null);
        values.put("validUntil", day(notice.validUntil(), locale));
        values.put("url", url);

        String event = notice.event().code();
        String subject = fill(texts.getProperty(event + ".subject"), values);
        List<String> lines = new ArrayList<>();
        String opening = fill(texts.getProperty(event + ".body"), values);
        // A notice without the date its sentence names (a source that gave none) still says what and where.
        lines.add(opening != null ? opening : fill(texts.getProperty("generic.body"), values));
        List<String> facts = new ArrayList<>();
        for (String line : List.of("line.subject", "line.amount", "line.due")) {
            String filled = fill(texts.getProperty(line), values);
            if (filled != null) {
                facts.add(filled);
            }
        }
        if (!facts.isEmpty()) {
            lines.add(String.join("\n", facts));
        }
        lines.add(fill(texts.getProperty("line.link"), values));
        if (legalLetter) {
            lines.add(texts.getProperty("line.legal"));
        }
        lines.removeIf(line -> line == null);
        String body = String.join("\n\n", lines);

        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(MessageTemplates.SUBJECT, subject == null ? notice.reference() : subject);
        parameters.put(MessageTemplates.BODY, body);
        parameters.put("municipality", municipality);
        parameters.put("reference", notice.reference());
        parameters.put("itemUrl", url);
        if (values.get("amount") != null) {
            parameters.put("amount", values.get("amount"));
        }
        if (values.get("dueDate") != null) {
            parameters.put("dueDate", values.get("dueDate"));
        }
        Map<String, String> brief = new LinkedHashMap<>(parameters);
        brief.put(
                MessageTemplates.BODY,
                parameters.get(MessageTemplates.SUBJECT) + "\n" + fill(texts.getProperty("line.link"), values));
        return new Rendered(parameters.get(MessageTemplates.SUBJECT), body, Map.copyOf(parameters), Map.copyOf(brief));
    }

    /** The text with its placeholders filled; null when one of them has no value (the line is left out). */
    static String fill(String template, Map<String, String> values) {
        if (template == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null || value.isBlank()) {
                return null;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.strip()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String euros(long cents, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("EUR"));
        // The JDK separates symbol and amount with a no-break space; plain text channels are better off with a space.
        return format.format(BigDecimal.valueOf(cents, 2))
                .replace('\u00a0', ' ')
                .replace('\u202f', ' ');
    }

    private static String day(LocalDate date, Locale locale) {
        return date == null
                ? null
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    private static Map<Language, Properties> load() {
        Map<Language, Properties> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String name = "notices_" + language.code() + ".properties";
            try (InputStream in = NoticeTexts.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("notice texts missing: " + name);
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                texts.put(language, properties);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }
}
