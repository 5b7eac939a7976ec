package be.ptrpas.platform.messaging;

import java.util.Map;

/** What the outbox keeps for a message until it is delivered. */
public record MessagePayload(RecipientDetails recipient, String template, Map<String, String> parameters) {}
