package be.ptrpas.platform.preference;

import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a text is one e-mail address a message can be sent to: Jakarta Mail's strict RFC 822 parsing, then the
 * rules mail servers on the internet apply that RFC 822 does not (a dotted domain of DNS labels, a top-level domain of
 * letters, no address literal, no display name, lengths of RFC 5321). The domain is kept as typed but lower-cased.
 */
public final class EmailAddress {

    static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");

    private EmailAddress() {}

    /** The address with its domain lower-cased, or a problem {@code invalid-email-address} naming the field. */
    public static String normalize(String field, String raw) {
        Optional<String> why = problemWith(raw);
        if (why.isPresent()) {
            throw new ProblemException(
                    ProblemType.INVALID_EMAIL_ADDRESS, why.get(), List.of(new FieldError(field, why.get())));
        }
        String address = raw.strip();
        int at = address.lastIndexOf('@');
        return address.substring(0, at + 1) + address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** Why the address cannot be used, or empty when it can. */
    static Optional<String> problemWith(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of("an e-mail address is required");
        }
        String address = raw.strip();
        String shown = address.length() > 64 ? address.substring(0, 64) + "..." : address;
        if (address.length() > MAX_LENGTH) {
            return Optional.of("is longer than " + MAX_LENGTH + " characters");
        }
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(address, true);
        } catch (AddressException e) {
            return Optional.of("'" + shown + "' is not an e-mail address");
        }
        // Strict parsing still accepts "Name <a@b>", groups and bare local parts: none is one mailbox as typed.
        if (parsed.isGroup() || parsed.getPersonal() != null || !address.equals(parsed.getAddress())) {
            return Optional.of("'" + shown + "' is not one plain e-mail address (no name, no angle brackets)");
        }
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return Optional.of("'" + shown + "' has no '@' with a name before it");
        }
        String local = address.substring(0, at);
        if (local.length() > MAX_LOCAL) {
            return Optional.of("the part before '@' is longer than " + MAX_LOCAL + " characters");
        }
        if (local.startsWith("\"")) {
            return Optional.of("'" + shown + "' uses a quoted name, which few mail servers accept");
        }
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (domain.startsWith("[")) {
            return Optional.of("'" + shown + "' names an IP address instead of a domain");
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return Optional.of("the domain '" + domain + "' has no dot (e.g. example.be)");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.of("the domain '" + domain + "' is not a valid domain name");
            }
        }
        if (!TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return Optional.of("the domain '" + domain + "' does not end in a top-level domain such as .be");
        }
        return Optional.empty();
    }
}
