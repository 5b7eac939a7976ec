package be.ptrpas.plugins.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.messaging.MessageChannelFactory;
import be.ptrpas.spi.messaging.MessageTemplates;
import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.Recipient;
import be.ptrpas.spi.messaging.SendResult;
import be.ptrpas.spi.testkit.MessageChannelContract;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmailChannelContractTest extends MessageChannelContract {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @Override
    protected MessageChannelFactory factory() {
        return new EmailChannelFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return Map.of(
                "transport",
                "smtp",
                "smtpHost",
                "127.0.0.1",
                "smtpPort",
                Integer.toString(GREEN_MAIL.getSmtp().getPort()),
                "fromAddress",
                "parkeren@brugge.example",
                "fromName",
                "Stad Brugge - Parkeren",
                "replyTo",
                "info@brugge.example",
                "startTls",
                "false");
    }

    @Override
    protected Recipient validRecipient() {
        return Recipient.email("Jan Peeters", "jan.peeters@telenet.example");
    }

    @Override
    protected Recipient invalidRecipient() {
        return Recipient.email("Jan Peeters", "jan.peeters@telenet");
    }

    @Override
    protected void assertArrived(OutgoingMessage message, SendResult result) {
        ReceivedMail mail = Arrays.stream(GREEN_MAIL.getReceivedMessages())
                .map(ReceivedMail::new)
                .filter(received -> message.messageId().equals(received.header("X-PTR-Message-Id")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("message " + message.messageId() + " did not arrive"));
        assertThat(mail.header("Message-ID")).isEqualTo(result.providerMessageId());
        assertThat(mail.text()).contains(message.parameter(MessageTemplates.BODY));
        assertThat(mail.html()).contains(message.parameter(MessageTemplates.BODY));
        if (MessageTemplates.NOTICE.equals(message.template())) {
            assertThat(mail.subject()).isEqualTo(message.parameter(MessageTemplates.SUBJECT));
        } else {
            assertThat(mail.subject()).contains(message.parameter(MessageTemplates.SUBJECT));
        }
    }

    @Override
    protected boolean takeVendorDown() {
        GREEN_MAIL.stop();
        return true;
    }
}
