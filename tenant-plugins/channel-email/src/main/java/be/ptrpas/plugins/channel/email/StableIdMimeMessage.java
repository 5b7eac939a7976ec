package be.ptrpas.plugins.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A MimeMessage that keeps the Message-ID we derived instead of inventing a random one on every save. */
final class StableIdMimeMessage extends MimeMessage {

    private final String messageIdHeader;

    StableIdMimeMessage(Session session, String messageIdHeader) {
        super(session);
        this.messageIdHeader = messageIdHeader;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageIdHeader);
    }
}
