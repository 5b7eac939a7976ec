package be.ptrpas.plugins.channel.sms;

import be.ptrpas.spi.messaging.MessageTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short text of each template, in Dutch or (for any other language) English, from {@code texts_<lang>.properties}
 * next to this class. SMS is too small for the platform's full plain-text body, so each template id has its own
 * one-line text; a template with missing parameters, and an unknown id, fall back to the notice (the body).
 */
final class SmsTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9_-]*)}}");

    private final Properties dutch = load("nl");
    private final Properties english = load("en");

    static String languageFor(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? "nl" : "en";
    }

    /** The text to send, already cut to at most three SMS parts; empty string when there is nothing to say. */
    String render(String templateId, Locale locale, Map<String, String> parameters) {
        Properties texts = "nl".equals(languageFor(locale)) ? dutch : english;
        String template = texts.getProperty(templateId);
        String text = template == null ? null : fill(template, parameters);
        if (text == null) {
            text = fill(texts.getProperty(MessageTemplates.NOTICE), parameters);
        }
        if (text == null || text.isBlank()) {
            text = parameters.getOrDefault(MessageTemplates.SUBJECT, "");
        }
        return SmsLength.fit(text.strip());
    }

    /** The filled text, or null when one of its parameters is missing. */
    private static String fill(String template, Map<String, String> parameters) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = parameters.get(matcher.group(1));
            if (value == null || value.isBlank()) {
                return null;
            }
            // One line: an SMS has no layout, and line breaks only cost room.
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(value.strip().replaceAll("\\s+", " ")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Properties load(String language) {
        String name = "texts_" + language + ".properties";
        try (InputStream in = SmsTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("SMS texts missing from the plug-in: " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
