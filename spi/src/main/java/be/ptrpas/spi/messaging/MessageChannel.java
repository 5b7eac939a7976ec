package be.ptrpas.spi.messaging;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.PageResponse;
import be.ptrpas.spi.Provider;
import be.ptrpas.spi.RejectedRequestException;
import java.util.Optional;

/**
 * One municipality's connection to a messaging vendor (e-mail, SMS, WhatsApp, letters). The platform calls
 * {@link #send} from its outbox worker, with retries; messages are never sent from a request thread.
 */
public interface MessageChannel extends Provider {

    /**
     * Checks that the recipient can be reached through this channel, before the platform queues a message.
     *
     * @throws InvalidRecipientException with a message a clerk understands, e.g. "phone number +3247 is too short"
     */
    void checkRecipient(Recipient recipient);

    /**
     * Delivers one message. Throw {@link InvalidRecipientException} or a non-retryable
     * {@link be.ptrpas.spi.PluginException} when retrying cannot help; anything else is retried with back-off.
     */
    SendResult send(OutgoingMessage message);

    /**
     * Verifies and reads an inbound request (replies, delivery receipts).
     *
     * @throws RejectedRequestException when the request is not genuine or not readable
     */
    default InboundMessages parseInbound(InboundRequest request) throws RejectedRequestException {
        throw new RejectedRequestException("this channel does not receive messages");
    }

    /**
     * Answers a vendor's subscription check (e.g. WhatsApp's {@code hub.challenge} GET), or empty when the request
     * is not one.
     */
    default Optional<PageResponse> answerVerification(InboundRequest request) {
        return Optional.empty();
    }
}
