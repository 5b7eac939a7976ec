package be.ptrpas.plugins.channel.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;

/** Decides whether a string is an address we can send to: one plain mailbox, no display name, a dotted domain. */
final class EmailAddresses {

    private EmailAddresses() {}

    /** Why the address cannot be used, or empty when it can. */
    static Optional<String> problemWith(String address) {
        if (address == null || address.isBlank()) {
            return Optional.of("no e-mail address");
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            String mailbox = parsed.getAddress();
            // Strict parsing still allows "Name <a@b>" and bare local parts; a citizen's address must be neither.
            if (parsed.getPersonal() != null || !mailbox.equals(address.trim()) || parsed.isGroup()) {
                return Optional.of("e-mail address " + address + " is not valid");
            }
            int at = mailbox.lastIndexOf('@');
            String domain = at < 0 ? "" : mailbox.substring(at + 1);
            if (at <= 0
                    || !domain.contains(".")
                    || domain.startsWith(".")
                    || domain.endsWith(".")
                    || domain.startsWith("[")) {
                return Optional.of("e-mail address " + address + " is not valid");
            }
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of("e-mail address " + address + " is not valid");
        }
    }
}
