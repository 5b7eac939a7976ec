package be.ptrpas.platform.document;

import be.ptrpas.pdf.QrCode;
import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.spi.belgian.StructuredReference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text of an EPC069-12 "SEPA Credit Transfer" QR code (the EPC's <i>Quick Response Code: guidelines to enable
 * data capture for the initiation of a SEPA credit transfer</i>), version 002, character set 1 (UTF-8): banking apps
 * in Belgium, the Netherlands, Germany and Austria fill in a transfer from it.
 *
 * <p>The lines, separated by a line feed, the last one without: service tag {@code BCD}, version {@code 002},
 * character set {@code 1}, identification {@code SCT}, BIC (optional in version 002), beneficiary name (at most 70
 * characters), IBAN, amount ({@code EUR12.50}, 0.01 to 999999999.99), purpose (empty), then the remittance. The
 * standard has room for a structured (ISO 11649 "RF") reference or an unstructured text, never both. The Belgian
 * structured reference (OGM) goes on the <em>structured</em> line as its 12 bare digits: Belgian banking apps read
 * it there and fill in the "gestructureerde mededeling"; given as free text they treat it as a plain message and the
 * payment cannot be matched automatically. So the unstructured line and the note after it are left out. The whole
 * text is at most 331 bytes; the code is drawn with error correction level M ({@link #qrCode})).
 */
public final class EpcPayload {

    /** The largest payload the standard allows, in bytes. */
    public static final int MAX_BYTES = 331;

    public static final int MAX_NAME = 70;
    public static final BigDecimal MIN_AMOUNT = new BigDecimal("0.01");
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    private final String text;

    private EpcPayload(String text) {
        this.text = text;
    }

    /**
     * The payload for a transfer of {@code amount} euro to the beneficiary, with the OGM as structured reference.
     *
     * @param beneficiaryName who receives the money, as the bank knows the account (trimmed; 1 to 70 characters)
     * @param bic the beneficiary bank's BIC (8 or 11 characters), or null: optional within SEPA since version 002
     * @throws InvalidDocumentException listing every field that breaks the standard's rules
     */
    public static EpcPayload of(
            String beneficiaryName, Iban iban, String bic, BigDecimal amount, StructuredReference reference) {
        List<FieldError> errors = check("", beneficiaryName, bic);
        errors.addAll(checkAmount("amount", amount));
        if (iban == null) {
            errors.add(new FieldError("iban", "is required"));
        }
        if (reference == null) {
            errors.add(new FieldError("reference", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        String text = String.join(
                "\n",
                "BCD", // service tag
                "002", // version: the BIC is optional inside the EEA
                "1", // character set: UTF-8
                "SCT", // SEPA credit transfer
                bic == null || bic.isBlank() ? "" : bic.strip().toUpperCase(Locale.ROOT),
                beneficiaryName.strip(),
                iban.compact(),
                "EUR" + amount.setScale(2).toPlainString(),
                "", // purpose code
                reference.digits()); // structured remittance: the OGM's 12 digits; nothing may follow it
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw InvalidDocumentException.of(
                    "beneficiaryName", "makes the QR code " + bytes + " bytes; the EPC standard allows " + MAX_BYTES);
        }
        return new EpcPayload(text);
    }

    /**
     * The rules of the name and BIC, with {@code prefix} before each field name, so a document can check its transfer
     * before anything is drawn and report every error at once.
     */
    static List<FieldError> check(String prefix, String beneficiaryName, String bic) {
        List<FieldError> errors = new ArrayList<>();
        if (beneficiaryName == null || beneficiaryName.isBlank()) {
            errors.add(new FieldError(prefix + "beneficiaryName", "is required"));
        } else {
            String name = beneficiaryName.strip();
            if (name.codePointCount(0, name.length()) > MAX_NAME) {
                errors.add(new FieldError(
                        prefix + "beneficiaryName",
                        "must be at most " + MAX_NAME + " characters (EPC QR code), not "
                                + name.codePointCount(0, name.length())));
            }
            if (name.chars().anyMatch(Character::isISOControl)) {
                errors.add(new FieldError(
                        prefix + "beneficiaryName", "must not contain line breaks or control characters"));
            }
        }
        if (bic != null
                && !bic.isBlank()
                && !BIC.matcher(bic.strip().toUpperCase(Locale.ROOT)).matches()) {
            errors.add(new FieldError(prefix + "bic", "is not a BIC (8 or 11 letters and digits, e.g. GKCCBEBB)"));
        }
        return errors;
    }

    /** The amount's rules: whole cents, 0.01 to 999999999.99 euro; the error names {@code field}. */
    static List<FieldError> checkAmount(String field, BigDecimal amount) {
        if (amount == null) {
            return List.of(new FieldError(field, "is required"));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return List.of(new FieldError(field, "must be in whole cents, not " + amount.toPlainString()));
        }
        if (amount.compareTo(MIN_AMOUNT) < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            return List.of(new FieldError(
                    field, "must be between 0.01 and 999999999.99 euro (EPC QR code), not " + amount.toPlainString()));
        }
        return List.of();
    }

    /** The payload as text, lines separated by {@code \n}. */
    public String text() {
        return text;
    }

    /** The payload's bytes in UTF-8, as they go into the QR code. */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The QR code of this payload. Its UTF-8 bytes go in one byte-mode segment <em>without</em> an ECI marker: the
     * payload names its character set itself (line 3), and some banking apps fail on an ECI header. {@link QrCode}
     * writes a string's characters as ISO-8859-1 bytes, so the UTF-8 bytes are handed over as ISO-8859-1 characters.
     * 331 bytes always fit (version 13 holds 331 at level M).
     */
    QrCode qrCode() {
        return QrCode.of(new String(bytes(), StandardCharsets.ISO_8859_1));
    }

    @Override
    public String toString() {
        return text.replace("\n", "⏎");
    }
}
