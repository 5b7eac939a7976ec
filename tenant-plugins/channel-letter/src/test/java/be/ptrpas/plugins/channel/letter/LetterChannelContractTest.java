package be.ptrpas.plugins.channel.letter;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.messaging.DeliveryStatus;
import be.ptrpas.spi.messaging.MessageChannelFactory;
import be.ptrpas.spi.messaging.MessageTemplates;
import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.PostalAddress;
import be.ptrpas.spi.messaging.Recipient;
import be.ptrpas.spi.messaging.SendResult;
import be.ptrpas.spi.testkit.MessageChannelContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

class LetterChannelContractTest extends MessageChannelContract {

    @Override
    protected MessageChannelFactory factory() {
        return new LetterChannelFactory();
    }

    @Override
    protected Map<String, String> validConfig() {
        return Letters.config();
    }

    @Override
    protected Recipient validRecipient() {
        return Letters.recipient();
    }

    @Override
    protected Recipient invalidRecipient() {
        return Recipient.letter("Jan Peeters", new PostalAddress("Kerkstraat", "12", null, null, "Antwerpen", "BE"));
    }

    @Override
    protected void assertArrived(OutgoingMessage message, SendResult result) {
        assertThat(result.status()).isEqualTo(DeliveryStatus.DELIVERED);
        Path pdf = Letters.pdfOf(context.workDirectory(), result.providerMessageId());
        assertThat(pdf).exists();
        assertThat(pdf.resolveSibling(result.providerMessageId() + ".json")).exists();
        try {
            String text = Letters.text(pdf);
            assertThat(text).contains(message.parameter(MessageTemplates.BODY).replaceAll("\\s+", " "));
            assertThat(text).contains("Jan Peeters", "Kerkstraat 12 bus 3", "2000 Antwerpen");
            if (MessageTemplates.PAYMENT_REQUEST.equals(message.template())) {
                assertThat(text).contains(message.parameter("reference"));
            }
        } catch (Exception e) {
            throw new AssertionError("cannot read " + pdf, e);
        }
    }

    @Override
    protected boolean takeVendorDown() {
        // A file where the drop folder should be: as unwritable as a folder gets, even for root.
        Path folder = context.workDirectory().resolve(LetterChannelFactory.DROP_FOLDER);
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.writeString(folder, "not a folder");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }
}
