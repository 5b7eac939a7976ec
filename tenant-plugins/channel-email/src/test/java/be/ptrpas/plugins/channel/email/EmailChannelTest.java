package be.ptrpas.plugins.channel.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.messaging.DeliveryStatus;
import be.ptrpas.spi.messaging.InvalidRecipientException;
import be.ptrpas.spi.messaging.MessageChannel;
import be.ptrpas.spi.messaging.MessageTemplates;
import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.Recipient;
import be.ptrpas.spi.messaging.SendResult;
import be.ptrpas.spi.testkit.TestPluginContext;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EmailChannelTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer", "s3cret"));

    @TempDir
    Path workDirectory;

    private final EmailChannelFactory factory = new EmailChannelFactory();

    @Test
    void directoryTransportWritesOneEmlFilePerMessageAtomically() throws Exception {
        MessageChannel channel = factory.create(TestPluginContext.builder()
                .config(Map.of("transport", "directory", "fromAddress", "parkeren@gent.example"))
                .workDirectory(workDirectory)
                .build());
        OutgoingMessage message = notice("Mededeling", "Uw vergunning is verlengd.", Locale.forLanguageTag("nl"));

        SendResult first = channel.send(message);
        SendResult resend = channel.send(message);

        Path outbox = workDirectory.resolve("outbox");
        try (Stream<Path> files = Files.list(outbox)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly(message.messageId() + ".eml");
        }
        assertThat(resend).isEqualTo(first);
        assertThat(first.status()).isEqualTo(DeliveryStatus.DELIVERED);
        try (InputStream in = Files.newInputStream(outbox.resolve(message.messageId() + ".eml"))) {
            ReceivedMail mail = new ReceivedMail(new MimeMessage(Session.getInstance(new Properties()), in));
            assertThat(mail.header("Message-ID"))
                    .isEqualTo(first.providerMessageId())
                    .isEqualTo("<ptr." + message.messageId() + "@gent.example>");
            assertThat(mail.subject()).isEqualTo("Mededeling");
            assertThat(mail.text()).contains("Uw vergunning is verlengd.");
        }
    }

    @Test
    void everyParameterIsEscapedInTheHtmlPart() {
        MessageChannel channel = smtpChannel(Map.of());
        channel.send(notice("Let op <b>", "<script>alert('x')</script> & co", Locale.forLanguageTag("nl")));

        ReceivedMail mail = onlyReceived();
        assertThat(mail.html())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co")
                .doesNotContain("<script>")
                .contains("<title>Let op &lt;b&gt;</title>");
        assertThat(mail.text()).contains("<script>alert('x')</script> & co");
    }

    @Test
    void aLinkThatIsNotHttpFallsBackToTheNotice() {
        MessageChannel channel = smtpChannel(Map.of());
        Map<String, String> parameters = new HashMap<>(paymentParameters());
        parameters.put("paymentUrl", "javascript:alert(1)");
        channel.send(new OutgoingMessage(
                "m-js", Recipient.email("Jan", "jan@telenet.example"), MessageTemplates.PAYMENT_REQUEST, parameters));

        ReceivedMail mail = onlyReceived();
        assertThat(mail.html()).doesNotContain("javascript:");
        assertThat(mail.subject()).isEqualTo("Betaalverzoek bewonerskaart");
    }

    @Test
    void anyLanguageButDutchGetsEnglish() {
        MessageChannel channel = smtpChannel(Map.of());
        Recipient french = new Recipient("Jean Dupont", "jean@skynet.example", null, null, Locale.FRENCH);
        channel.send(new OutgoingMessage("m-fr", french, MessageTemplates.PAYMENT_REQUEST, paymentParameters()));

        ReceivedMail mail = onlyReceived();
        assertThat(mail.subject()).isEqualTo("Betaalverzoek bewonerskaart – amount due € 24,50");
        assertThat(mail.header("Content-Language")).isEqualTo("en");
        assertThat(mail.text()).startsWith("Dear Jean Dupont,").contains("Structured reference: +++090/9337/55493+++");
        assertThat(mail.html()).contains("href=\"https://pay.example/p/1\"");
    }

    @Test
    void dutchSpeakersGetDutch() {
        MessageChannel channel = smtpChannel(Map.of());
        channel.send(new OutgoingMessage(
                "m-nl",
                Recipient.email("An", "an@telenet.example"),
                MessageTemplates.PAYMENT_REQUEST,
                paymentParameters()));

        ReceivedMail mail = onlyReceived();
        assertThat(mail.subject()).isEqualTo("Betaalverzoek bewonerskaart – te betalen € 24,50");
        assertThat(mail.text()).startsWith("Beste An,").contains("Gestructureerde mededeling: +++090/9337/55493+++");
    }

    @Test
    void aFreeNoticeToAFrenchSpeakerIsWrittenInFrench() {
        MessageChannel channel = smtpChannel(Map.of());
        Recipient french = new Recipient(null, "jean@skynet.example", null, null, Locale.FRENCH);
        channel.send(new OutgoingMessage(
                "m-fr-notice",
                french,
                MessageTemplates.NOTICE,
                Map.of("subject", "Nouveau dans votre PTR-pas", "body", "Genk a ajouté une amende SAC.")));

        ReceivedMail mail = onlyReceived();
        assertThat(mail.subject()).isEqualTo("Nouveau dans votre PTR-pas");
        assertThat(mail.header("Content-Language")).isEqualTo("fr");
        assertThat(mail.text())
                .startsWith("Madame, Monsieur,")
                .contains("Genk a ajouté une amende SAC.")
                .contains("Veuillez agréer nos salutations distinguées,");
        assertThat(mail.html()).contains("lang=\"fr\"");
    }

    @Test
    void anUnknownTemplateIsSentAsANotice() {
        MessageChannel channel = smtpChannel(Map.of());
        channel.send(new OutgoingMessage(
                "m-x",
                Recipient.email("An", "an@telenet.example"),
                "no-such-template",
                Map.of("subject", "Onderwerp", "body", "Tekst")));

        assertThat(onlyReceived().subject()).isEqualTo("Onderwerp");
    }

    @Test
    void logsInWhenAUserIsConfigured() {
        MessageChannel channel = smtpChannel(Map.of("smtpUser", "mailer", "smtpPassword", "s3cret"));
        channel.send(notice("Met login", "Tekst", Locale.forLanguageTag("nl")));

        assertThat(onlyReceived().subject()).isEqualTo("Met login");
    }

    @Test
    void aRefusedLoginIsReportedAndNotRetried() {
        MessageChannel channel = smtpChannel(Map.of("smtpUser", "mailer", "smtpPassword", "wrong"));

        assertThatThrownBy(() -> channel.send(notice("Met login", "Tekst", Locale.forLanguageTag("nl"))))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("SMTP user and password")
                .matches(e -> !((PluginException) e).isRetryable());
    }

    @Test
    void aRecipientTheServerRefusesIsAnInvalidRecipient() throws Exception {
        SendFailedException refused = new SendFailedException(
                "Invalid Addresses", null, new InternetAddress[0], new InternetAddress[0], new InternetAddress[] {
                    new InternetAddress("nobody@telenet.example")
                });

        assertThat(SmtpFailures.classify(refused))
                .isInstanceOf(InvalidRecipientException.class)
                .hasMessageContaining("nobody@telenet.example");
    }

    @Test
    void checksRecipientAddresses() {
        MessageChannel channel = smtpChannel(Map.of());
        channel.checkRecipient(Recipient.email(null, "jan.peeters+parkeren@telenet.example"));
        for (String bad : new String[] {
            null,
            "",
            "jan",
            "jan@localhost",
            "Jan <jan@telenet.example>",
            "jan@@telenet.example",
            "jan@telenet.example.",
            "a b@telenet.example"
        }) {
            assertThatThrownBy(() -> channel.checkRecipient(Recipient.email(null, bad)))
                    .as(String.valueOf(bad))
                    .isInstanceOf(InvalidRecipientException.class);
        }
        assertThatThrownBy(() -> channel.checkRecipient(Recipient.email(null, "jan@localhost")))
                .hasMessage("e-mail address jan@localhost is not valid");
    }

    @Test
    void smtpNeedsHostAndPort() {
        List<ConfigIssue> issues = factory.validate(Map.of("fromAddress", "parkeren@gent.example"));

        assertThat(issues).extracting(ConfigIssue::property).containsExactlyInAnyOrder("smtpHost", "smtpPort");
        assertThat(factory.validate(Map.of("transport", "directory", "fromAddress", "parkeren@gent.example")))
                .isEmpty();
    }

    @Test
    void aPasswordNeedsAUserAndThePortMustExist() {
        List<ConfigIssue> issues = factory.validate(Map.of(
                "smtpHost",
                "smtp.gent.example",
                "smtpPort",
                "70000",
                "smtpPassword",
                "x",
                "fromAddress",
                "parkeren@gent.example"));

        assertThat(issues).extracting(ConfigIssue::property).containsExactlyInAnyOrder("smtpUser", "smtpPort");
        assertThat(factory.validate(Map.of(
                        "smtpHost",
                        "smtp.gent.example",
                        "smtpPort",
                        "9999999",
                        "fromAddress",
                        "parkeren@gent.example")))
                .extracting(ConfigIssue::property)
                .containsExactly("smtpPort");
    }

    private MessageChannel smtpChannel(Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(Map.of(
                "smtpHost",
                "127.0.0.1",
                "smtpPort",
                Integer.toString(GREEN_MAIL.getSmtp().getPort()),
                "fromAddress",
                "parkeren@gent.example",
                "fromName",
                "Stad Gent"));
        config.putAll(extra);
        assertThat(factory.validate(config)).isEmpty();
        return factory.create(TestPluginContext.builder()
                .config(config)
                .workDirectory(workDirectory)
                .build());
    }

    private static OutgoingMessage notice(String subject, String body, Locale language) {
        return new OutgoingMessage(
                UUID.randomUUID().toString(),
                new Recipient("Jan Peeters", "jan@telenet.example", null, null, language),
                MessageTemplates.NOTICE,
                Map.of("subject", subject, "body", body));
    }

    private static Map<String, String> paymentParameters() {
        return Map.of(
                "subject",
                "Betaalverzoek bewonerskaart",
                "body",
                "Betaal uw bewonerskaart.",
                "amount",
                "24,50",
                "reference",
                "+++090/9337/55493+++",
                "paymentUrl",
                "https://pay.example/p/1",
                "dueDate",
                "24/12/2026");
    }

    private static ReceivedMail onlyReceived() {
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        return new ReceivedMail(received[0]);
    }
}
