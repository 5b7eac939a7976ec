package be.ptrpas.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.messaging.InboundMessages;
import be.ptrpas.spi.messaging.InvalidRecipientException;
import be.ptrpas.spi.messaging.MessageChannel;
import be.ptrpas.spi.messaging.MessageChannelFactory;
import be.ptrpas.spi.messaging.MessageTemplates;
import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.Recipient;
import be.ptrpas.spi.messaging.SendResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a message channel plug-in. Point the channel at your fake of the vendor (a local SMTP server, a
 * wire-level HTTP fake, a temporary folder) and implement the hooks that read what arrived there.
 */
public abstract class MessageChannelContract extends PluginFactoryContract {

    protected TestPluginContext context;
    protected MessageChannel channel;

    @Override
    protected abstract MessageChannelFactory factory();

    /** A recipient this channel can reach. */
    protected abstract Recipient validRecipient();

    /** A recipient this channel must refuse (e.g. a malformed phone number, no address). */
    protected abstract Recipient invalidRecipient();

    /**
     * Checks that the message arrived at the vendor (fake) and that what arrived carries the message's body text
     * (or, for template-only vendors, its parameters). Fail with an assertion when it did not.
     */
    protected abstract void assertArrived(OutgoingMessage message, SendResult result);

    /**
     * Makes the vendor unreachable or failing (stop the fake server, make it answer 503) and returns true; return
     * false when the channel cannot be down (e.g. a local folder).
     */
    protected abstract boolean takeVendorDown();

    /** A genuine inbound request (a reply or a receipt), or empty when the channel receives nothing. */
    protected Optional<InboundRequest> genuineInbound() {
        return Optional.empty();
    }

    /** The same request with a bad signature; only used when {@link #genuineInbound()} is present. */
    protected Optional<InboundRequest> forgedInbound() {
        return Optional.empty();
    }

    /**
     * {@code body} with the headers the vendor would send, correctly signed, or empty when the channel receives
     * nothing. Lets the contract check that the channel's parser, and not only its signature check, refuses bodies
     * it cannot read.
     */
    protected Optional<InboundRequest> signedInbound(byte[] body) {
        return Optional.empty();
    }

    @BeforeEach
    void createChannel() {
        context = context(validConfig());
        channel = factory().create(context);
    }

    protected OutgoingMessage message(Recipient recipient) {
        return new OutgoingMessage(
                UUID.randomUUID().toString(),
                recipient,
                MessageTemplates.PAYMENT_REQUEST,
                Map.of(
                        MessageTemplates.SUBJECT,
                        "Betaalverzoek bewonerskaart",
                        MessageTemplates.BODY,
                        "Betaal 24,50 euro met referentie +++090/9337/55493+++.",
                        "amount",
                        "24,50",
                        "reference",
                        "+++090/9337/55493+++",
                        "paymentUrl",
                        "http://127.0.0.1:8080/pay/1",
                        "dueDate",
                        "2026-12-24"));
    }

    @Test
    void acceptsAValidRecipient() {
        assertDoesNotThrow(() -> channel.checkRecipient(validRecipient()));
    }

    @Test
    void refusesAnInvalidRecipientWithAClearMessage() {
        InvalidRecipientException e =
                assertThrows(InvalidRecipientException.class, () -> channel.checkRecipient(invalidRecipient()));
        assertNotNull(e.getMessage());
        assertFalse(e.getMessage().isBlank(), "say what is wrong with the recipient");
        assertFalse(e.isRetryable());
        assertThrows(InvalidRecipientException.class, () -> channel.send(message(invalidRecipient())));
    }

    @Test
    void deliversAMessage() {
        OutgoingMessage message = message(validRecipient());
        SendResult result = channel.send(message);
        assertNotNull(result.providerMessageId());
        assertArrived(message, result);
    }

    @Test
    void deliversInAnotherLanguageWithAFallback() {
        Recipient valid = validRecipient();
        Recipient french = new Recipient(valid.name(), valid.email(), valid.phone(), valid.address(), Locale.FRENCH);
        OutgoingMessage message = message(french);
        assertArrived(message, channel.send(message));
    }

    @Test
    void aFreeNoticeUsesSubjectAndBody() {
        OutgoingMessage message = new OutgoingMessage(
                UUID.randomUUID().toString(),
                validRecipient(),
                MessageTemplates.NOTICE,
                Map.of(MessageTemplates.SUBJECT, "Mededeling", MessageTemplates.BODY, "Uw vergunning is verlengd."));
        assertArrived(message, channel.send(message));
    }

    @Test
    void aVendorOutageIsRetryable() {
        if (!takeVendorDown()) {
            return;
        }
        try {
            channel.send(message(validRecipient()));
            fail("sending while the vendor is down must fail");
        } catch (PluginException e) {
            assertTrue(e.isRetryable(), "an outage must be retryable: " + e.getMessage());
        } catch (RuntimeException e) {
            // any other exception is treated as retryable by the platform
        }
    }

    @Test
    void readsGenuineInbound() throws RejectedRequestException {
        Optional<InboundRequest> inbound = genuineInbound();
        if (inbound.isEmpty()) {
            return;
        }
        InboundMessages parsed = channel.parseInbound(inbound.get());
        assertTrue(
                !parsed.replies().isEmpty() || !parsed.receipts().isEmpty(), "a genuine request must yield something");
    }

    @Test
    void rejectsForgedAndGarbageInbound() {
        Optional<InboundRequest> forged = forgedInbound();
        forged.ifPresent(request -> assertThrows(RejectedRequestException.class, () -> channel.parseInbound(request)));
        InboundRequest garbage = InboundRequest.post("{not json".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThrows(RejectedRequestException.class, () -> channel.parseInbound(garbage));
    }

    @Test
    void rejectsSignedGarbageQuickly() {
        List<String> bodies = List.of("{not json", "", "\"a string\"", "{\"a\":1} trailing", "[".repeat(100_000));
        for (String body : bodies) {
            Optional<InboundRequest> signed = signedInbound(body.getBytes(StandardCharsets.UTF_8));
            if (signed.isEmpty()) {
                return;
            }
            String shown = body.length() > 20 ? body.substring(0, 20) + "..." : body;
            // A parser that recurses or backtracks on hostile input would tie up a request thread.
            assertTimeoutPreemptively(
                    Duration.ofSeconds(5),
                    () -> assertThrows(
                            RejectedRequestException.class,
                            () -> channel.parseInbound(signed.get()),
                            "a correctly signed but unreadable body: " + shown));
        }
    }

    @Test
    void aGenuineInboundIsNoVerificationRequest() {
        genuineInbound()
                .ifPresent(request -> assertTrue(
                        channel.answerVerification(request).isEmpty(),
                        "answerVerification must stay empty for a reply or receipt, or the platform answers it instead of"
                                + " reading it"));
    }
}
