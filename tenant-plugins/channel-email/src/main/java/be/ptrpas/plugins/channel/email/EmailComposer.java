package be.ptrpas.plugins.channel.email;

import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.Recipient;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/** Turns an outgoing message into a MIME mail: multipart/alternative with the plain text first, then HTML. */
final class EmailComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final EmailSettings settings;
    private final EmailTemplates templates;
    private final Clock clock;

    EmailComposer(EmailSettings settings, EmailTemplates templates, Clock clock) {
        this.settings = settings;
        this.templates = templates;
        this.clock = clock;
    }

    MimeMessage compose(OutgoingMessage message, Session session) throws MessagingException {
        Recipient recipient = message.recipient();
        String sender = settings.fromName().orElse(settings.fromAddress());
        RenderedEmail rendered = templates.render(
                message.template(), recipient.language(), message.parameters(), recipient.name(), sender);

        MimeMessage mail = new StableIdMimeMessage(
                session, MessageIds.messageIdHeader(message.messageId(), settings.fromAddress()));
        mail.setFrom(address(settings.fromAddress(), settings.fromName().orElse(null)));
        if (settings.replyTo().isPresent()) {
            mail.setReplyTo(new InternetAddress[] {address(settings.replyTo().get(), null)});
        }
        mail.setRecipient(Message.RecipientType.TO, address(recipient.email().strip(), recipient.name()));
        mail.setSubject(rendered.subject(), UTF_8);
        mail.setSentDate(Date.from(clock.instant()));
        mail.setHeader("Content-Language", rendered.language());
        mail.setHeader("X-PTR-Message-Id", headerSafe(message.messageId()));
        // RFC 3834: tells out-of-office responders not to answer; a citizen can still reply by hand.
        mail.setHeader("Auto-Submitted", "auto-generated");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(rendered.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(rendered.html(), UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mail.setContent(alternative);
        mail.saveChanges();
        return mail;
    }

    private static InternetAddress address(String email, String personal) throws MessagingException {
        try {
            String name = personal == null || personal.isBlank()
                    ? null
                    : personal.replaceAll("[\\r\\n]+", " ").strip();
            return new InternetAddress(email, name, UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always supported", e);
        }
    }

    /** The platform's id is a UUID in practice; anything that could break the header block is dropped. */
    private static String headerSafe(String value) {
        return value.replaceAll("[^\\x21-\\x7E]", "");
    }
}
