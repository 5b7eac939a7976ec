package be.ptrpas.plugins.channel.letter;

import java.util.List;

/**
 * Everything printed on one letter, already in the recipient's language.
 *
 * @param senderLines  the municipality: name first, then its address
 * @param addressLines the recipient's block for the envelope window
 * @param date         the date as printed
 * @param subject      the subject line, may be empty
 * @param body         the text, with '\n' between lines and an empty line between paragraphs
 * @param payment      what to pay and how, for payment requests; null otherwise
 */
record Letter(
        List<String> senderLines,
        List<String> addressLines,
        String date,
        String subject,
        String body,
        Payment payment,
        Labels labels) {

    Letter {
        senderLines = List.copyOf(senderLines);
        addressLines = List.copyOf(addressLines);
    }

    /**
     * The payment part of a payment request.
     *
     * @param amount     printed amount, or null when unknown
     * @param account    printed IBAN, or null when unknown
     * @param reference  printed structured reference
     * @param paymentUrl where to pay online, or null
     * @param qrPayload  what the QR code holds (an EPC transfer or the payment URL), or null for no code
     */
    record Payment(String amount, String account, String reference, String paymentUrl, String qrPayload) {}
}
