package be.ptrpas.spi.messaging;

import java.util.Map;

/**
 * One message to deliver.
 *
 * @param messageId  the platform's id: unique, stable across retries; pass it to the vendor as idempotency key or
 *                   reference where it has one
 * @param recipient  who it is for
 * @param template   a {@link MessageTemplates} id
 * @param parameters template parameters, always including {@code subject} and {@code body}
 */
public record OutgoingMessage(String messageId, Recipient recipient, String template, Map<String, String> parameters) {

    public OutgoingMessage {
        if (messageId == null || messageId.isBlank() || recipient == null) {
            throw new IllegalArgumentException("a message needs an id and a recipient");
        }
        template = template == null ? MessageTemplates.NOTICE : template;
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public String parameter(String name) {
        return parameters.getOrDefault(name, "");
    }
}
