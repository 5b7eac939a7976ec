package be.ptrpas.plugins.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;

/** Sends through the municipality's SMTP server, one connection per message (the outbox worker is not chatty). */
final class SmtpMailTransport implements MailTransport {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration IO_TIMEOUT = Duration.ofSeconds(30);

    private final EmailSettings settings;
    private final Session session;

    SmtpMailTransport(EmailSettings settings) {
        this.settings = settings;
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.smtpHost());
        props.put("mail.smtp.port", Integer.toString(settings.smtpPort()));
        // Without time-outs a hanging server would block the outbox worker thread for ever.
        props.put("mail.smtp.connectiontimeout", Long.toString(CONNECT_TIMEOUT.toMillis()));
        props.put("mail.smtp.timeout", Long.toString(IO_TIMEOUT.toMillis()));
        props.put("mail.smtp.writetimeout", Long.toString(IO_TIMEOUT.toMillis()));
        props.put("mail.smtp.auth", Boolean.toString(settings.smtpUser().isPresent()));
        // Encrypt whenever the server offers it; refuse to send in clear only when the admin asked for that.
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        props.put("mail.smtp.ssl.checkserveridentity", "true");
        props.put("mail.smtp.from", settings.fromAddress());
        this.session = Session.getInstance(props);
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void deliver(MimeMessage mail, String messageId) {
        Transport transport = null;
        try {
            transport = session.getTransport("smtp");
            transport.connect(
                    settings.smtpHost(),
                    settings.smtpPort(),
                    settings.smtpUser().orElse(null),
                    settings.smtpPassword().orElse(null));
            transport.sendMessage(mail, mail.getAllRecipients());
        } catch (MessagingException e) {
            throw SmtpFailures.classify(e);
        } finally {
            closeQuietly(transport);
        }
    }

    private static void closeQuietly(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            // The message was handed over or the failure is already being reported; a failing QUIT changes nothing.
        }
    }
}
