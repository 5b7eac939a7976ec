package be.ptrpas.plugins.channel.email;

import be.ptrpas.spi.PluginException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Writes each mail as an RFC 822 {@code <message id>.eml} file into an outbox folder, so a demo or test
 * environment works without a mail server. The file appears complete or not at all: it is written under a
 * temporary name starting with '.' and then moved into place, so whoever watches the folder must skip dot files.
 * A resend of the same message replaces its file.
 */
final class DirectoryMailTransport implements MailTransport {

    private final Path outbox;
    private final Session session = Session.getInstance(new Properties());

    DirectoryMailTransport(Path outbox) {
        this.outbox = outbox;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    public void deliver(MimeMessage mail, String messageId) {
        Path target = outbox.resolve(MessageIds.token(messageId) + ".eml");
        Path temporary = null;
        try {
            Files.createDirectories(outbox);
            temporary = Files.createTempFile(outbox, ".", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                mail.writeTo(out);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | MessagingException e) {
            deleteQuietly(temporary);
            throw PluginException.temporary("could not write the mail to " + outbox + ": " + e.getMessage(), e);
        }
    }

    Path outbox() {
        return outbox;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A left-over dot file is harmless: readers skip it.
        }
    }
}
