package be.ptrpas.plugins.channel.email;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.ConfigProperty.Type;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.messaging.ChannelType;
import be.ptrpas.spi.messaging.MessageChannel;
import be.ptrpas.spi.messaging.MessageChannelFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * E-mail channel: sends each message as a Dutch or English HTML + plain-text mail, over SMTP or, for demos and
 * test environments without a mail server, as {@code .eml} files in the plug-in's work directory.
 */
public final class EmailChannelFactory implements MessageChannelFactory {

    public static final String ID = "channel-email";

    static final String TRANSPORT = "transport";
    static final String SMTP_HOST = "smtpHost";
    static final String SMTP_PORT = "smtpPort";
    static final String SMTP_USER = "smtpUser";
    static final String SMTP_PASSWORD = "smtpPassword";
    static final String START_TLS = "startTls";
    static final String FROM_ADDRESS = "fromAddress";
    static final String FROM_NAME = "fromName";
    static final String REPLY_TO = "replyTo";

    static final String TRANSPORT_SMTP = "smtp";
    static final String TRANSPORT_DIRECTORY = "directory";

    private static final List<ConfigProperty> PROPERTIES = List.of(
            new ConfigProperty(
                    TRANSPORT,
                    "Transport",
                    Type.CHOICE,
                    false,
                    false,
                    List.of(TRANSPORT_SMTP, TRANSPORT_DIRECTORY),
                    "smtp (default) sends through a mail server; directory writes .eml files, for demos"),
            new ConfigProperty(
                    SMTP_HOST,
                    "SMTP server",
                    Type.STRING,
                    false,
                    false,
                    List.of(),
                    "host name of the mail server; needed for smtp"),
            new ConfigProperty(
                    SMTP_PORT,
                    "SMTP port",
                    Type.INTEGER,
                    false,
                    false,
                    List.of(),
                    "usually 587 (submission with STARTTLS) or 25; needed for smtp"),
            new ConfigProperty(
                    SMTP_USER,
                    "SMTP user",
                    Type.STRING,
                    false,
                    false,
                    List.of(),
                    "leave empty when the server does not ask for a login"),
            // ConfigProperty.secret(...) would make the password required; a relay without login needs none.
            new ConfigProperty(
                    SMTP_PASSWORD, "SMTP password", Type.STRING, false, true, List.of(), "only with an SMTP user"),
            new ConfigProperty(
                    START_TLS,
                    "Require STARTTLS",
                    Type.BOOLEAN,
                    false,
                    false,
                    List.of(),
                    "true to refuse sending when the server cannot encrypt the connection"),
            new ConfigProperty(
                    FROM_ADDRESS,
                    "Sender address",
                    Type.EMAIL,
                    true,
                    false,
                    List.of(),
                    "e.g. parkeren@gemeente.be; the mail server must allow sending as this address"),
            new ConfigProperty(
                    FROM_NAME, "Sender name", Type.STRING, false, false, List.of(), "e.g. Stad Gent - Parkeren"),
            new ConfigProperty(
                    REPLY_TO,
                    "Reply-to address",
                    Type.EMAIL,
                    false,
                    false,
                    List.of(),
                    "where citizens' answers go; the sender address when empty"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String displayName() {
        return "E-mail (SMTP)";
    }

    @Override
    public ChannelType channelType() {
        return ChannelType.EMAIL;
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return PROPERTIES;
    }

    @Override
    public List<ConfigIssue> validate(Map<String, String> config) {
        List<ConfigIssue> issues = new ArrayList<>(PluginFactory.validateAgainstDescriptors(PROPERTIES, config));
        issues.addAll(EmailSettings.crossFieldIssues(config));
        return issues;
    }

    @Override
    public MessageChannel create(PluginContext context) {
        EmailSettings settings = EmailSettings.from(context.config());
        MailTransport transport = settings.usesDirectory()
                ? new DirectoryMailTransport(context.workDirectory().resolve("outbox"))
                : new SmtpMailTransport(settings);
        return new EmailChannel(
                settings, new EmailComposer(settings, new EmailTemplates(), context.clock()), transport);
    }
}
