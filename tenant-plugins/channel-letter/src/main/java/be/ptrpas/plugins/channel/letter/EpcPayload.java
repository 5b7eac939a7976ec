package be.ptrpas.plugins.channel.letter;

import be.ptrpas.spi.belgian.StructuredReference;
import java.text.Normalizer;

/**
 * The text of an EPC069-12 ("SEPA credit transfer") QR code, version 002: Belgian, Dutch, German and Austrian
 * banking apps fill in a transfer from it. Texts are kept to ASCII, so that the code needs no ECI marker, which
 * some apps do not read.
 */
final class EpcPayload {

    private static final int MAX_NAME = 70;

    private EpcPayload() {}

    static String of(String creditorName, Iban iban, EuroAmount amount, StructuredReference reference) {
        return String.join(
                "\n",
                "BCD", // service tag
                "002", // version: BIC optional within the EEA
                "1", // character set UTF-8 (the text is ASCII, a subset)
                "SCT", // SEPA credit transfer
                "", // BIC, optional in version 002
                ascii(creditorName, MAX_NAME),
                iban.compact(),
                amount.epc(),
                "", // purpose code
                // Structured remittance: Belgian banks read the 12-digit communication here. The unstructured
                // remittance and the note that would follow stay out: EPC wants no separator after the last value.
                reference.digits());
    }

    /**
     * Keeps the name recognisable in ASCII: accents dropped (é → e), typographic dashes and quotes made plain,
     * anything else outside printable ASCII left out; then cut to the EPC length.
     */
    static String ascii(String text, int maxLength) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("[\u2018\u2019\u201A\u2032]", "'")
                .replaceAll("[\u201C\u201D\u201E\u2033]", "\"")
                .replaceAll("[^\\x20-\\x7E]", "")
                .replaceAll(" {2,}", " ")
                .strip();
        return plain.length() > maxLength ? plain.substring(0, maxLength) : plain;
    }
}
