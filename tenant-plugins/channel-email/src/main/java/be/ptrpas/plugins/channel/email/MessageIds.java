package be.ptrpas.plugins.channel.email;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Derives names from the platform's message id. The same message id always gives the same Message-ID header and
 * the same file name, so a retried message is recognisable as a resend by mail clients and in the outbox folder.
 */
final class MessageIds {

    private MessageIds() {}

    /** The id itself when it is a harmless token (a UUID is), otherwise a digest of it. */
    static String token(String messageId) {
        if (messageId.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,99}")) {
            return messageId;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return "h" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** An RFC 5322 msg-id in the sender's domain, e.g. {@code <ptr.3f2a...@gemeente.be>}. */
    static String messageIdHeader(String messageId, String fromAddress) {
        String domain = fromAddress.substring(fromAddress.lastIndexOf('@') + 1);
        return "<ptr." + token(messageId) + "@" + IDN.toASCII(domain).toLowerCase(Locale.ROOT) + ">";
    }
}
