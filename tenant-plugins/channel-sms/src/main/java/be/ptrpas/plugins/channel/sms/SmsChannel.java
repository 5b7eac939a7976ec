package be.ptrpas.plugins.channel.sms;

import be.ptrpas.plugins.support.phone.PhoneNumbers;
import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.messaging.InboundMessages;
import be.ptrpas.spi.messaging.MessageChannel;
import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.Recipient;
import be.ptrpas.spi.messaging.SendResult;

/** One municipality's SMS channel: short texts to mobile numbers, replies and delivery reports back. */
final class SmsChannel implements MessageChannel {

    private final PhoneNumbers phoneNumbers;
    private final SmsTexts texts;
    private final SmsGatewayClient gateway;
    private final SmsWebhook webhook;

    SmsChannel(PhoneNumbers phoneNumbers, SmsTexts texts, SmsGatewayClient gateway, SmsWebhook webhook) {
        this.phoneNumbers = phoneNumbers;
        this.texts = texts;
        this.gateway = gateway;
        this.webhook = webhook;
    }

    /** The platform no longer uses this channel (new settings, or shutting down). */
    @Override
    public void close() {
        gateway.shutdown();
    }

    @Override
    public void checkRecipient(Recipient recipient) {
        phoneNumbers.mobileE164(recipient.phone());
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        String to = phoneNumbers.mobileE164(message.recipient().phone());
        String text = texts.render(message.template(), message.recipient().language(), message.parameters());
        if (text.isBlank()) {
            throw PluginException.permanent("the message has no text to send (no body and no subject)");
        }
        return gateway.send(to, text, message.messageId());
    }

    @Override
    public InboundMessages parseInbound(InboundRequest request) throws RejectedRequestException {
        return webhook.parse(request);
    }
}
