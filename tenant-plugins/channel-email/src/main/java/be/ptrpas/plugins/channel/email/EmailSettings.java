package be.ptrpas.plugins.channel.email;

import static be.ptrpas.plugins.channel.email.EmailChannelFactory.*;

import be.ptrpas.spi.ConfigIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One municipality's e-mail settings, read once when the channel is created. */
record EmailSettings(
        String transport,
        String smtpHost,
        int smtpPort,
        Optional<String> smtpUser,
        Optional<String> smtpPassword,
        boolean startTls,
        String fromAddress,
        Optional<String> fromName,
        Optional<String> replyTo) {

    static EmailSettings from(Map<String, String> config) {
        List<ConfigIssue> issues = crossFieldIssues(config);
        if (!issues.isEmpty()) {
            throw new IllegalArgumentException(issues.get(0).message());
        }
        String fromAddress = value(config, FROM_ADDRESS)
                .orElseThrow(() -> new IllegalArgumentException("the sender address is required"));
        return new EmailSettings(
                value(config, TRANSPORT).orElse(TRANSPORT_SMTP),
                value(config, SMTP_HOST).orElse(""),
                value(config, SMTP_PORT).map(Integer::parseInt).orElse(0),
                value(config, SMTP_USER),
                value(config, SMTP_PASSWORD),
                value(config, START_TLS).map(Boolean::parseBoolean).orElse(false),
                fromAddress,
                value(config, FROM_NAME),
                value(config, REPLY_TO));
    }

    boolean usesDirectory() {
        return TRANSPORT_DIRECTORY.equals(transport);
    }

    /** The rules that involve more than one setting, or more than the generic type check. */
    static List<ConfigIssue> crossFieldIssues(Map<String, String> config) {
        List<ConfigIssue> issues = new ArrayList<>();
        boolean smtp = value(config, TRANSPORT).orElse(TRANSPORT_SMTP).equals(TRANSPORT_SMTP);
        if (smtp && value(config, SMTP_HOST).isEmpty()) {
            issues.add(new ConfigIssue(SMTP_HOST, "SMTP server is required for the smtp transport"));
        }
        Optional<String> port = value(config, SMTP_PORT);
        if (smtp && port.isEmpty()) {
            issues.add(new ConfigIssue(SMTP_PORT, "SMTP port is required for the smtp transport"));
        }
        port.filter(p -> p.matches("-?\\d{1,18}"))
                .map(Long::parseLong)
                .filter(p -> p < 1 || p > 65535)
                .ifPresent(p -> issues.add(new ConfigIssue(SMTP_PORT, "SMTP port must be between 1 and 65535")));
        if (value(config, SMTP_PASSWORD).isPresent() && value(config, SMTP_USER).isEmpty()) {
            issues.add(new ConfigIssue(SMTP_USER, "SMTP user is required when a password is given"));
        }
        // The generic EMAIL check is loose; a sender the mail library refuses would fail every message.
        for (String name : List.of(FROM_ADDRESS, REPLY_TO)) {
            value(config, name)
                    .filter(address -> EmailAddresses.problemWith(address).isPresent())
                    .ifPresent(address ->
                            issues.add(new ConfigIssue(name, "'" + address + "' is not a valid e-mail address")));
        }
        return issues;
    }

    private static Optional<String> value(Map<String, String> config, String name) {
        return Optional.ofNullable(config.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }
}
