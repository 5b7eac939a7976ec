package be.ptrpas.platform.messaging;

import java.time.Instant;

/** A citizen's reply as the API shows it; {@code inReplyTo} is the platform's message id when it could be matched. */
public record InboundMessageView(
        String id, String channel, String from, String text, Instant receivedAt, String inReplyTo) {

    static InboundMessageView of(InboundMessage message) {
        return new InboundMessageView(
                message.id(),
                message.slot(),
                message.sender(),
                message.text(),
                message.receivedAt(),
                message.inReplyTo());
    }
}
