package be.ptrpas.plugins.channel.email;

import be.ptrpas.spi.messaging.MessageTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Renders a platform template id into a Dutch or English e-mail (the free notice also in French). Each template is three classpath resources next
 * to this class: {@code templates/<id>_<lang>.subject}, {@code .txt} and {@code .html} (an HTML fragment placed
 * in {@code templates/layout_<lang>.html}). Resources sit in this package, not at the classpath root, because all
 * plug-ins share the platform's class path and a root {@code templates/} folder could be shadowed by another jar.
 *
 * <p>A template whose parameters are not all present falls back to the free notice (subject and body), which
 * every message carries; so does an id this plug-in has no template for.
 */
final class EmailTemplates {

    private static final Set<String> KNOWN = Set.of(
            MessageTemplates.NOTICE,
            MessageTemplates.TEST,
            MessageTemplates.PAYMENT_REQUEST,
            MessageTemplates.PERMIT_EXPIRING,
            MessageTemplates.INVITATION);

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** Dutch for Dutch speakers, English for everybody else (no French or German texts yet). */
    static String languageFor(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? "nl" : "en";
    }

    /**
     * The language of one template: Dutch for Dutch speakers; French for French speakers where the template has French
     * texts (the free notice has: the platform writes its subject and body in the citizen's language); otherwise
     * English.
     */
    String languageFor(String templateId, Locale locale) {
        if ("fr".equals(locale.getLanguage()) && exists(templateId + "_fr.subject")) {
            return "fr";
        }
        return languageFor(locale);
    }

    private static boolean exists(String name) {
        return EmailTemplates.class.getResource("templates/" + name) != null;
    }

    RenderedEmail render(
            String templateId, Locale locale, Map<String, String> parameters, String recipientName, String sender) {
        Map<String, String> values = new HashMap<>(parameters);
        values.put("salutation", salutation(languageFor(locale), recipientName));
        values.put("sender", sender);
        String id = KNOWN.contains(templateId) && hasEverything(templateId, languageFor(templateId, locale), values)
                ? templateId
                : MessageTemplates.NOTICE;
        String language = languageFor(id, locale);
        values.put("salutation", salutation(language, recipientName));
        // A header cannot hold line breaks, and a platform subject might (it is free text).
        String subject = fill(id, language, "subject", values, UnaryOperator.identity())
                .replaceAll("\\s*[\\r\\n]+\\s*", " ")
                .strip();
        String text = fill(id, language, "txt", values, UnaryOperator.identity());
        String fragment = fill(id, language, "html", values, Html::escape);
        // One pass over the layout, so text inside the fragment is never taken for a layout placeholder.
        String html = Placeholders.fill(
                resource("layout_" + language + ".html"),
                Map.of("title", Html.escape(subject), "content", fragment),
                UnaryOperator.identity());
        return new RenderedEmail(language, subject, text, html);
    }

    private boolean hasEverything(String id, String language, Map<String, String> values) {
        for (String part : new String[] {"subject", "txt", "html"}) {
            for (String name : Placeholders.names(resource(id + "_" + language + "." + part))) {
                String value = values.get(name);
                if (value == null || value.isBlank() || (name.endsWith("Url") && !isWebLink(value))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Only http(s) links may become a button; anything else (javascript:, data:) is not a link we write. */
    private static boolean isWebLink(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && !lower.matches(".*\\s.*");
    }

    private String fill(
            String id, String language, String part, Map<String, String> values, UnaryOperator<String> escape) {
        return Placeholders.fill(resource(id + "_" + language + "." + part), values, escape);
    }

    private static String salutation(String language, String name) {
        Optional<String> named = Optional.ofNullable(name).map(String::strip).filter(n -> !n.isEmpty());
        if ("nl".equals(language)) {
            return named.map(n -> "Beste " + n + ",").orElse("Beste,");
        }
        if ("fr".equals(language)) {
            return named.map(n -> "Bonjour " + n + ",").orElse("Madame, Monsieur,");
        }
        return named.map(n -> "Dear " + n + ",").orElse("Dear Sir or Madam,");
    }

    private String resource(String name) {
        return cache.computeIfAbsent(name, EmailTemplates::load);
    }

    private static String load(String name) {
        try (InputStream in = EmailTemplates.class.getResourceAsStream("templates/" + name)) {
            if (in == null) {
                throw new IllegalStateException("template resource missing from the plug-in: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
