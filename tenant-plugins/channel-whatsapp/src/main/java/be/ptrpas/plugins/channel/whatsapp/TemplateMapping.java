package be.ptrpas.plugins.channel.whatsapp;

import be.ptrpas.spi.messaging.MessageTemplates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which approved WhatsApp template carries each platform template, and which message parameters fill its body
 * placeholders {{1}}, {{2}}, ... in order. WhatsApp only lets a business start a conversation with a template that
 * Meta approved, so every municipality registers its own and writes the mapping as
 *
 * <pre>payment-request=ptr_betaalverzoek:amount,reference,paymentUrl;notice=ptr_mededeling:subject,body</pre>
 *
 * Each approved template must exist in Dutch ({@code nl}) and English ({@code en}) under the same name. A
 * {@code notice} entry is required: it carries every message this mapping has no (complete) entry for.
 */
record TemplateMapping(Map<String, Entry> entries) {

    static final String DEFAULT = "notice=ptr_mededeling:subject,body;"
            + "test=ptr_test:body;"
            + "payment-request=ptr_betaalverzoek:amount,reference,paymentUrl;"
            + "permit-expiring=ptr_vergunning_vervalt:permit,validUntil,renewUrl;"
            + "invitation=ptr_uitnodiging:question,replyHint";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    /** One platform template id and the approved WhatsApp template that carries it. */
    record Entry(String templateId, String whatsAppName, List<String> parameters) {}

    /** Thrown by {@link #parse} with a message an admin can act on. */
    static final class InvalidMappingException extends Exception {
        InvalidMappingException(String message) {
            super(message);
        }
    }

    static TemplateMapping parse(String text) throws InvalidMappingException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            int equals = item.indexOf('=');
            if (equals < 0) {
                throw new InvalidMappingException("'" + item + "' has no '=': write id=template_name:param,param");
            }
            String id = item.substring(0, equals).strip();
            String rest = item.substring(equals + 1).strip();
            int colon = rest.indexOf(':');
            String name = (colon < 0 ? rest : rest.substring(0, colon)).strip();
            List<String> parameters = new ArrayList<>();
            if (colon >= 0) {
                for (String parameter : rest.substring(colon + 1).split(",")) {
                    parameters.add(parameter.strip());
                }
            }
            check(ID.matcher(id).matches(), "'" + id + "' is not a template id (lower case letters, digits, '-')");
            check(
                    NAME.matcher(name).matches(),
                    "'" + name + "' is not a WhatsApp template name " + "(lower case letters, digits and '_')");
            for (String parameter : parameters) {
                check(
                        PARAMETER.matcher(parameter).matches(),
                        "'" + parameter + "' in " + id + " is not a parameter name");
            }
            check(!entries.containsKey(id), id + " is mapped twice");
            entries.put(id, new Entry(id, name, List.copyOf(parameters)));
        }
        check(
                entries.containsKey(MessageTemplates.NOTICE),
                "a notice entry is required: it carries every other message"
                        + " when needed, e.g. notice=ptr_mededeling:subject,body");
        return new TemplateMapping(Map.copyOf(entries));
    }

    Optional<Entry> entry(String templateId) {
        return Optional.ofNullable(entries.get(templateId));
    }

    Entry notice() {
        return entries.get(MessageTemplates.NOTICE);
    }

    private static void check(boolean condition, String message) throws InvalidMappingException {
        if (!condition) {
            throw new InvalidMappingException(message);
        }
    }
}
