package be.ptrpas.plugins.channel.letter;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.belgian.StructuredReference;
import be.ptrpas.spi.messaging.MessageTemplates;
import be.ptrpas.spi.messaging.OutgoingMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Decides what goes on a letter: the platform's subject and body, and for payment requests how to pay. */
final class LetterComposer {

    private final LetterSettings settings;

    LetterComposer(LetterSettings settings) {
        this.settings = settings;
    }

    Letter compose(OutgoingMessage message, LocalDate today) {
        Labels labels = Labels.forLanguage(message.recipient().language());
        List<String> sender = new ArrayList<>();
        sender.add(settings.senderName());
        sender.addAll(settings.senderLines());
        Letter.Payment payment =
                MessageTemplates.PAYMENT_REQUEST.equals(message.template()) ? payment(message, labels) : null;
        return new Letter(
                sender,
                PostalRecipient.addressBlock(message.recipient()),
                today.format(DateTimeFormatter.ofPattern("d MMMM yyyy", labels.locale())),
                message.parameter(MessageTemplates.SUBJECT),
                message.parameter(MessageTemplates.BODY),
                payment,
                labels);
    }

    /**
     * A wrong reference, amount or account on a letter would send money astray, so these fail for good rather than
     * print a letter without them.
     */
    private Letter.Payment payment(OutgoingMessage message, Labels labels) {
        StructuredReference reference = StructuredReference.parse(message.parameter("reference"))
                .orElseThrow(() -> PluginException.permanent("payment request " + message.messageId() + ": reference '"
                        + message.parameter("reference") + "' is not a valid structured reference"));
        String amountText = message.parameter("amount");
        EuroAmount amount = amountText.isBlank()
                ? null
                : EuroAmount.parse(amountText)
                        .orElseThrow(() -> PluginException.permanent("payment request " + message.messageId()
                                + ": amount '" + amountText + "' is not an amount in euro"));
        Iban account = account(message);
        String paymentUrl = message.parameter("paymentUrl").isBlank()
                ? null
                : message.parameter("paymentUrl").strip();
        return new Letter.Payment(
                amount == null ? null : amount.printed(labels.locale()),
                account == null ? null : account.printed(),
                reference.formatted(),
                paymentUrl,
                qrPayload(account, amount, reference, paymentUrl));
    }

    /** The message's own account (e.g. a separate one for GAS fines) wins over the municipality's default. */
    private Iban account(OutgoingMessage message) {
        String given = message.parameter("iban");
        if (given.isBlank()) {
            return settings.creditorIban();
        }
        return Iban.parse(given)
                .orElseThrow(() -> PluginException.permanent(
                        "payment request " + message.messageId() + ": iban '" + given + "' is not a valid IBAN"));
    }

    /** A transfer the banking app fills in when everything is known, else the link to pay online, else nothing. */
    private String qrPayload(Iban account, EuroAmount amount, StructuredReference reference, String paymentUrl) {
        if (settings.creditorName() != null && account != null && amount != null) {
            return EpcPayload.of(settings.creditorName(), account, amount, reference);
        }
        return paymentUrl;
    }
}
