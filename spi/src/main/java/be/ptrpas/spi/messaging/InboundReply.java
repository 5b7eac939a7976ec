package be.ptrpas.spi.messaging;

import java.time.Instant;

/**
 * A message a citizen sent back, e.g. "JA" to an invitation.
 *
 * @param providerMessageId the vendor's id of the reply, used to store it once
 * @param from              sender: phone number (E.164) or e-mail address
 * @param text              what the citizen wrote
 * @param receivedAt        when the vendor received it
 * @param inReplyTo         the vendor id of the message answered, when the vendor says so; may be null
 */
public record InboundReply(String providerMessageId, String from, String text, Instant receivedAt, String inReplyTo) {}
