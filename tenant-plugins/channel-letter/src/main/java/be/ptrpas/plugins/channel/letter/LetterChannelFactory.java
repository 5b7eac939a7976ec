package be.ptrpas.plugins.channel.letter;

import static be.ptrpas.plugins.channel.letter.LetterSettings.CREDITOR_IBAN;
import static be.ptrpas.plugins.channel.letter.LetterSettings.CREDITOR_NAME;
import static be.ptrpas.plugins.channel.letter.LetterSettings.PRINT_SHOP;
import static be.ptrpas.plugins.channel.letter.LetterSettings.SENDER_ADDRESS;
import static be.ptrpas.plugins.channel.letter.LetterSettings.SENDER_NAME;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.messaging.ChannelType;
import be.ptrpas.spi.messaging.MessageChannel;
import be.ptrpas.spi.messaging.MessageChannelFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Letters on paper: PDFs with a payment QR code, dropped in a folder the print shop collects. */
public final class LetterChannelFactory implements MessageChannelFactory {

    /** The drop folder inside the plug-in's work directory. */
    static final String DROP_FOLDER = "print-shop";

    @Override
    public String id() {
        return "channel-letter";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String displayName() {
        return "Letter (print shop)";
    }

    @Override
    public ChannelType channelType() {
        return ChannelType.LETTER;
    }

    @Override
    public List<ConfigProperty> configProperties() {
        return List.of(
                ConfigProperty.required(SENDER_NAME, "Sender (municipality) name", ConfigProperty.Type.STRING),
                new ConfigProperty(
                        SENDER_ADDRESS,
                        "Sender address",
                        ConfigProperty.Type.STRING,
                        true,
                        false,
                        List.of(),
                        "Lines separated by commas, e.g. Grote Markt 1, 2000 Antwerpen"),
                new ConfigProperty(
                        CREDITOR_NAME,
                        "Account holder for the payment QR code",
                        ConfigProperty.Type.STRING,
                        false,
                        false,
                        List.of(),
                        "Give it with the IBAN to print a QR code banking apps can pay"),
                new ConfigProperty(
                        CREDITOR_IBAN,
                        "IBAN for the payment QR code",
                        ConfigProperty.Type.STRING,
                        false,
                        false,
                        List.of(),
                        "e.g. BE71 0961 2345 6769"),
                ConfigProperty.optional(PRINT_SHOP, "Print shop", ConfigProperty.Type.STRING));
    }

    @Override
    public List<ConfigIssue> validate(Map<String, String> config) {
        List<ConfigIssue> issues =
                new ArrayList<>(PluginFactory.validateAgainstDescriptors(configProperties(), config));
        String iban = config.getOrDefault(CREDITOR_IBAN, "");
        String name = config.getOrDefault(CREDITOR_NAME, "");
        if (!iban.isBlank() && Iban.parse(iban).isEmpty()) {
            issues.add(
                    new ConfigIssue(CREDITOR_IBAN, "IBAN for the payment QR code is not a valid IBAN (check digits)"));
        }
        if (!iban.isBlank() && name.isBlank()) {
            issues.add(
                    new ConfigIssue(CREDITOR_NAME, "Account holder is needed with the IBAN for the payment QR code"));
        }
        if (iban.isBlank() && !name.isBlank()) {
            issues.add(
                    new ConfigIssue(CREDITOR_IBAN, "IBAN is needed with the account holder for the payment QR code"));
        }
        return issues;
    }

    @Override
    public MessageChannel create(PluginContext context) {
        return new LetterChannel(
                LetterSettings.from(context),
                new PrintShopDrop(context.workDirectory().resolve(DROP_FOLDER)),
                context.store(),
                context.clock());
    }
}
