package be.ptrpas.plugins.channel.letter;

import be.ptrpas.spi.PluginContext;
import java.util.Arrays;
import java.util.List;

/**
 * One municipality's settings for letters, read once when the channel is created.
 *
 * @param senderName   the municipality as it signs its letters
 * @param senderLines  its address, one printed line each
 * @param creditorName the account holder for the payment QR code, or null
 * @param creditorIban the account to pay to, or null
 * @param printShop    a label for the print shop, copied into the manifest; may be null
 */
record LetterSettings(
        String senderName, List<String> senderLines, String creditorName, Iban creditorIban, String printShop) {

    static final String SENDER_NAME = "senderName";
    static final String SENDER_ADDRESS = "senderAddress";
    static final String CREDITOR_NAME = "creditorName";
    static final String CREDITOR_IBAN = "creditorIban";
    static final String PRINT_SHOP = "printShop";

    LetterSettings {
        senderLines = List.copyOf(senderLines);
    }

    static LetterSettings from(PluginContext context) {
        String name = context.setting(SENDER_NAME)
                .orElseThrow(() -> new IllegalArgumentException(SENDER_NAME + " is not set"));
        String address = context.setting(SENDER_ADDRESS)
                .orElseThrow(() -> new IllegalArgumentException(SENDER_ADDRESS + " is not set"));
        Iban iban = context.setting(CREDITOR_IBAN)
                .map(text -> Iban.parse(text)
                        .orElseThrow(() -> new IllegalArgumentException(CREDITOR_IBAN + " is not a valid IBAN")))
                .orElse(null);
        return new LetterSettings(
                name.strip(),
                addressLines(address),
                context.setting(CREDITOR_NAME).map(String::strip).orElse(null),
                iban,
                context.setting(PRINT_SHOP).orElse(null));
    }

    /** "Grote Markt 1, 2000 Antwerpen" or the same on two lines: an admin types either in a one-line form field. */
    static List<String> addressLines(String address) {
        String separator = address.contains("\n") ? "\n" : ",";
        return Arrays.stream(address.split(separator))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
