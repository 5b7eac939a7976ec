package be.ptrpas.plugins.channel.whatsapp;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.messaging.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Chooses the approved template for a message and prepares its parameter texts the way WhatsApp accepts them. */
final class TemplateMessages {

    /** WhatsApp refuses a template body over 1024 characters; leave room for the template's own text. */
    static final int MAX_PARAMETER_TEXT = 900;

    private final TemplateMapping mapping;

    TemplateMessages(TemplateMapping mapping) {
        this.mapping = mapping;
    }

    /** Dutch for Dutch speakers, English for everybody else. */
    static String languageCode(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? "nl" : "en";
    }

    TemplateMessage forMessage(OutgoingMessage message) {
        String language = languageCode(message.recipient().language());
        Optional<TemplateMessage> specific =
                mapping.entry(message.template()).flatMap(entry -> complete(entry, message, language));
        if (specific.isPresent()) {
            return specific.get();
        }
        TemplateMapping.Entry notice = mapping.notice();
        List<String> texts = new ArrayList<>();
        for (String parameter : notice.parameters()) {
            // WhatsApp refuses an empty parameter; a notice without a subject still deserves to go out.
            texts.add(clean(message.parameter(parameter), notice.parameters().size())
                    .orElse("-"));
        }
        if (!texts.isEmpty() && texts.stream().allMatch("-"::equals)) {
            throw PluginException.permanent("the message has no text for WhatsApp template " + notice.whatsAppName());
        }
        return new TemplateMessage(notice.whatsAppName(), language, List.copyOf(texts));
    }

    /** The entry filled in, or empty when one of its parameters is missing. */
    private static Optional<TemplateMessage> complete(
            TemplateMapping.Entry entry, OutgoingMessage message, String language) {
        List<String> texts = new ArrayList<>();
        for (String parameter : entry.parameters()) {
            Optional<String> text =
                    clean(message.parameter(parameter), entry.parameters().size());
            if (text.isEmpty()) {
                return Optional.empty();
            }
            texts.add(text.get());
        }
        return Optional.of(new TemplateMessage(entry.whatsAppName(), language, List.copyOf(texts)));
    }

    /**
     * WhatsApp refuses parameter text with line breaks, tabs or more than four spaces in a row, so all white space
     * becomes one space; long texts are cut so that all parameters together stay within the body limit.
     */
    private static Optional<String> clean(String value, int parameterCount) {
        String text = value == null ? "" : value.replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int max = MAX_PARAMETER_TEXT / Math.max(1, parameterCount);
        if (text.length() > max) {
            int end = max - 3;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text = text.substring(0, end).stripTrailing() + "...";
        }
        return Optional.of(text);
    }
}
