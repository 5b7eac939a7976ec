package be.ptrpas.plugins.channel.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads the parts of a mail the channel produced, for assertions. */
record ReceivedMail(MimeMessage mail) {

    String subject() {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    String header(String name) {
        try {
            return mail.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    String text() {
        return part("text/plain");
    }

    String html() {
        return part("text/html");
    }

    private String part(String type) {
        try {
            Multipart alternative = (Multipart) mail.getContent();
            for (int i = 0; i < alternative.getCount(); i++) {
                BodyPart part = alternative.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("no " + type + " part in the mail");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
