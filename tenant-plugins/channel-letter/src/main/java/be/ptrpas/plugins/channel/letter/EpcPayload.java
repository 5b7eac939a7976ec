package be.ptrpas.plugins.channel.letter;

import java.text.Normalizer;

/**
 * The text of an EPC069-12 ("SEPA credit transfer") QR code, version 002: Belgian, Dutch, German and Austrian
 * banking apps fill in a transfer from it. Texts are kept to ASCII, so that the code needs no ECI marker, which
 * some apps do not read.
 */
final class EpcPayload {

    private static final int MAX_NAME = 70;

    private EpcPayload() {
    }

    static String of(String creditorName, Iban iban, EuroAmount amount, StructuredReference reference) {
        return String.join("\n",
                "BCD",              // service tag
                "002",              // version: BIC optional within the EEA
                "1",                // character set UTF-8 (the text is ASCII, a subset)
                "SCT",              // SEPA credit transfer
                "",                 // BIC, optional in version 002
                ascii(creditorName, MAX_NAME),
                iban.compact(),
                amount.epc(),
                "",                 // purpose code
                // Structured remittance: Belgian banks read the 12-digit communication here. The unstructured
                // remittance and the note that would follow stay out: EPC wants no separator after the last value.
                reference.digits());
    }

    /** Drops accents (é → e) and anything else outside printable ASCII, and cuts to the EPC length. */
    static String ascii(String text, int maxLength) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "")
                .strip();
        return plain.length() > maxLength ? plain.substring(0, maxLength) : plain;
    }
}
