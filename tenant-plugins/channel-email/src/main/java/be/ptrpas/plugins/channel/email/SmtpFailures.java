package be.ptrpas.plugins.channel.email;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.messaging.InvalidRecipientException;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Tells the platform what an SMTP failure means. Only the generic Jakarta Mail API is used (no Angus classes), so
 * the plug-in works with whichever implementation the application server provides.
 */
final class SmtpFailures {

    private SmtpFailures() {}

    static PluginException classify(MessagingException e) {
        if (e instanceof SendFailedException failed && hasAny(failed.getInvalidAddresses())) {
            // The server answered the RCPT command with a permanent (5xx) refusal: this address will never work.
            String refused = Arrays.stream(failed.getInvalidAddresses())
                    .map(Address::toString)
                    .collect(Collectors.joining(", "));
            return new InvalidRecipientException("the mail server refused e-mail address " + refused + ": "
                    + firstLine(failed.getNextException() != null ? failed.getNextException() : failed));
        }
        if (e instanceof AuthenticationFailedException) {
            // Wrong credentials do not heal by waiting; the admin has to correct the settings.
            return new PluginException(
                    "the mail server refused the SMTP login; check the SMTP user and password", false, e);
        }
        // Connection refused, time-outs, 4xx answers (greylisting, "try again later"): try again later.
        return PluginException.temporary("could not hand the message to the mail server: " + firstLine(e), e);
    }

    private static boolean hasAny(Address[] addresses) {
        return addresses != null && addresses.length > 0;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
