package be.ptrpas.plugins.channel.whatsapp;

import be.ptrpas.plugins.support.phone.PhoneNumbers;
import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.PageResponse;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.messaging.InboundMessages;
import be.ptrpas.spi.messaging.MessageChannel;
import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.Recipient;
import be.ptrpas.spi.messaging.SendResult;
import java.util.Optional;

/** One municipality's WhatsApp business number: approved templates out, replies and statuses in. */
final class WhatsAppChannel implements MessageChannel {

    private final PhoneNumbers phoneNumbers;
    private final TemplateMessages templates;
    private final GraphApiClient graph;
    private final WhatsAppWebhook webhook;
    private final SubscriptionCheck subscriptionCheck;

    WhatsAppChannel(
            PhoneNumbers phoneNumbers,
            TemplateMessages templates,
            GraphApiClient graph,
            WhatsAppWebhook webhook,
            SubscriptionCheck subscriptionCheck) {
        this.phoneNumbers = phoneNumbers;
        this.templates = templates;
        this.graph = graph;
        this.webhook = webhook;
        this.subscriptionCheck = subscriptionCheck;
    }

    /** Only the number's form can be checked up front; whether it is on WhatsApp shows when sending. */
    /** The platform no longer uses this channel (new settings, or shutting down). */
    @Override
    public void close() {
        graph.shutdown();
    }

    @Override
    public void checkRecipient(Recipient recipient) {
        phoneNumbers.mobileE164(recipient.phone());
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        // The Cloud API wants the international number without '+'.
        String waId = phoneNumbers.mobileE164(message.recipient().phone()).substring(1);
        return graph.send(waId, templates.forMessage(message), message.messageId());
    }

    @Override
    public InboundMessages parseInbound(InboundRequest request) throws RejectedRequestException {
        return webhook.parse(request);
    }

    @Override
    public Optional<PageResponse> answerVerification(InboundRequest request) {
        return subscriptionCheck.answer(request);
    }
}
