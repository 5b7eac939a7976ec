package be.ptrpas.plugins.channel.letter;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.PluginStore;
import be.ptrpas.spi.messaging.DeliveryStatus;
import be.ptrpas.spi.messaging.MessageChannel;
import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.Recipient;
import be.ptrpas.spi.messaging.SendResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Sends a letter by rendering it as a PDF into the print shop's drop folder. Handing it over is delivery, as far
 * as the platform can know. Sending the same message again (a retry after a crash) never gives a second letter.
 */
final class LetterChannel implements MessageChannel {

    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    /** Message ids that can be a file name as they are; others are hashed so that no id can leave the folder. */
    private static final Pattern SAFE_STEM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private static final String SENT = "sent:";

    private final LetterSettings settings;
    private final LetterComposer composer;
    private final PrintShopDrop drop;
    private final PluginStore store;
    private final Clock clock;

    LetterChannel(LetterSettings settings, PrintShopDrop drop, PluginStore store, Clock clock) {
        this.settings = settings;
        this.composer = new LetterComposer(settings);
        this.drop = drop;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void checkRecipient(Recipient recipient) {
        PostalRecipient.check(recipient);
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        checkRecipient(message.recipient());
        String stem = fileStem(message.messageId());
        // The print shop may already have taken the file away, so the store remembers what was handed over.
        if (store.get(SENT + stem).isPresent() || drop.holds(stem)) {
            return new SendResult(stem, DeliveryStatus.DELIVERED);
        }
        Instant now = clock.instant();
        Letter letter = composer.compose(message, LocalDate.ofInstant(now, BELGIUM));
        LetterPdf.Rendered rendered = render(letter, now, message);
        byte[] manifest = Manifest.of(
                message,
                stem + ".pdf",
                letter.addressLines(),
                rendered.pages(),
                rendered.pdf(),
                now,
                settings.printShop());
        try {
            drop.deliver(stem, rendered.pdf(), manifest);
        } catch (IOException e) {
            throw PluginException.temporary(
                    "cannot write letter " + stem + " to the print-shop folder " + drop.folder() + ": "
                            + e.getMessage(),
                    e);
        }
        store.putIfAbsent(SENT + stem, now.toString());
        return new SendResult(stem, DeliveryStatus.DELIVERED);
    }

    private static LetterPdf.Rendered render(Letter letter, Instant now, OutgoingMessage message) {
        try {
            return LetterPdf.render(letter, now);
        } catch (IOException | RuntimeException e) {
            // Rendering the same text again gives the same failure; retrying cannot help.
            throw new PluginException("cannot render letter " + message.messageId() + ": " + e, false, e);
        }
    }

    static String fileStem(String messageId) {
        if (SAFE_STEM.matcher(messageId).matches()) {
            return messageId;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return "msg-" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
