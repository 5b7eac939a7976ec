package be.ptrpas.plugins.channel.email;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.messaging.DeliveryStatus;
import be.ptrpas.spi.messaging.InvalidRecipientException;
import be.ptrpas.spi.messaging.MessageChannel;
import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.Recipient;
import be.ptrpas.spi.messaging.SendResult;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One municipality's e-mail channel. E-mail has no delivery receipts and replies go to the reply-to mailbox, so
 * this channel receives nothing: {@link #parseInbound} keeps the SPI's refusal.
 */
final class EmailChannel implements MessageChannel {

    private final EmailSettings settings;
    private final EmailComposer composer;
    private final MailTransport transport;

    EmailChannel(EmailSettings settings, EmailComposer composer, MailTransport transport) {
        this.settings = settings;
        this.composer = composer;
        this.transport = transport;
    }

    @Override
    public void checkRecipient(Recipient recipient) {
        EmailAddresses.problemWith(recipient.email()).ifPresent(problem -> {
            throw new InvalidRecipientException(problem);
        });
    }

    /**
     * Hands the mail to the server (or folder). The provider message id is the Message-ID header, which is the
     * same for every attempt of one message. Once the server accepted it, the mail counts as delivered: SMTP gives
     * no later receipt.
     */
    @Override
    public SendResult send(OutgoingMessage message) {
        checkRecipient(message.recipient());
        MimeMessage mail;
        try {
            mail = composer.compose(message, transport.session());
        } catch (MessagingException e) {
            throw new PluginException("could not build the e-mail: " + e.getMessage(), false, e);
        }
        transport.deliver(mail, message.messageId());
        return new SendResult(
                MessageIds.messageIdHeader(message.messageId(), settings.fromAddress()), DeliveryStatus.DELIVERED);
    }
}
