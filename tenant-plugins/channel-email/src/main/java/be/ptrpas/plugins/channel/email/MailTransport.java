package be.ptrpas.plugins.channel.email;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Where a composed mail goes: a mail server or a folder. */
interface MailTransport {

    /** The mail session messages for this transport are built in. */
    Session session();

    /**
     * Hands the mail over. Throws {@link be.ptrpas.spi.PluginException} (retryable or not) or
     * {@link be.ptrpas.spi.messaging.InvalidRecipientException}.
     */
    void deliver(MimeMessage mail, String messageId);
}
