package be.ptrpas.platform.banking;

import be.ptrpas.spi.belgian.StructuredReference;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payment reference a transfer carries, recognised from the structured remittance ({@code RmtInf/Strd}) or from
 * what the payer typed ({@code RmtInf/Ustrd}): a Belgian structured reference (OGM, 12 digits with a mod-97 check), an
 * ISO 11649 creditor reference ({@code RF} + 2 check digits + up to 21 characters), or none. A reference that looks
 * like one of them but fails its check is kept, marked invalid: such a transfer goes to review and is never settled.
 *
 * @param kind what kind of reference
 * @param value the OGM's 12 digits, or the RF reference without spaces in upper case; null for {@link Kind#NONE}
 * @param valid whether the check digits are right
 */
public record RemittanceReference(Kind kind, String value, boolean valid) {

    public enum Kind {
        /** Belgian structured reference (gestructureerde mededeling). */
        OGM,
        /** ISO 11649 creditor reference. */
        CREDITOR_REFERENCE,
        NONE
    }

    public static final RemittanceReference NONE = new RemittanceReference(Kind.NONE, null, false);

    /** +++090/9337/55493+++ or ***090/9337/55493***, with the spaces and dots payers add. */
    private static final Pattern DECORATED_OGM =
            Pattern.compile("([+*]{3})\\s*(\\d{3})\\s*[/.]?\\s*(\\d{4})\\s*[/.]?\\s*(\\d{5})\\s*([+*]{3})");
    /** 090/9337/55493 without the plus signs. */
    private static final Pattern SLASHED_OGM = Pattern.compile("(?<![\\d/])(\\d{3})/(\\d{4})/(\\d{5})(?![\\d/])");
    /** Twelve digits on their own, not part of a longer number (an IBAN, a phone number). */
    private static final Pattern BARE_OGM = Pattern.compile("(?<![\\d/])\\d{12}(?![\\d/])");
    /** RF18 5390 0754 7034: RF, two check digits, then up to 21 letters or digits, printed in groups of four. */
    private static final Pattern CREDITOR =
            Pattern.compile("(?<![A-Za-z0-9])[Rr][Ff](\\d{2})((?:\\s?+[A-Za-z0-9]++)++)");

    public static RemittanceReference ogm(String digits) {
        return new RemittanceReference(Kind.OGM, digits, StructuredReference.isValid(digits));
    }

    public static RemittanceReference creditor(String text) {
        String compact = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return new RemittanceReference(Kind.CREDITOR_REFERENCE, compact, isValidCreditorReference(compact));
    }

    /**
     * Recognises the reference of one transaction. The structured reference wins when it is an OGM or an RF reference;
     * otherwise the free text is searched: a decorated OGM (+++…+++, ***…***), a slashed one, an RF reference, and
     * last twelve bare digits when exactly one such group has a valid check (bare digits with a wrong check may be any
     * number, so they are not taken for a mistyped OGM).
     *
     * @param structured {@code RmtInf/Strd/CdtrRefInf/Ref}, or null
     * @param unstructured the {@code RmtInf/Ustrd} lines joined, or null
     */
    public static RemittanceReference recognise(String structured, String unstructured) {
        if (structured != null && !structured.isBlank()) {
            String compact = structured.replaceAll("\\s", "");
            if (compact.regionMatches(true, 0, "RF", 0, 2)) {
                return creditor(compact);
            }
            String digits = compact.replaceAll("[+*/.]", "");
            if (digits.matches("\\d{12}")) {
                return ogm(digits);
            }
        }
        if (unstructured == null || unstructured.isBlank()) {
            return NONE;
        }
        Matcher decorated = DECORATED_OGM.matcher(unstructured);
        if (decorated.find()) {
            return ogm(decorated.group(2) + decorated.group(3) + decorated.group(4));
        }
        Matcher slashed = SLASHED_OGM.matcher(unstructured);
        if (slashed.find()) {
            return ogm(slashed.group(1) + slashed.group(2) + slashed.group(3));
        }
        Matcher creditor = CREDITOR.matcher(unstructured);
        if (creditor.find()) {
            return creditorIn(creditor.group(1), creditor.group(2).strip().split("\\s+"));
        }
        List<String> bare = new ArrayList<>();
        Matcher digits = BARE_OGM.matcher(unstructured);
        while (digits.find()) {
            if (StructuredReference.isValid(digits.group())) {
                bare.add(digits.group());
            }
        }
        // Two valid groups: which one the payer meant is a person's call.
        return bare.size() == 1 ? ogm(bare.get(0)) : NONE;
    }

    /**
     * The printed groups after {@code RFnn} run on into the words that follow ("RF18 5390 0754 7034 betaling"): the
     * longest run of groups with a valid check is the reference; with none, the first group makes an invalid one.
     */
    private static RemittanceReference creditorIn(String check, String[] groups) {
        for (int n = Math.min(groups.length, 8); n > 0; n--) {
            String candidate = "RF" + check + String.join("", Arrays.copyOf(groups, n));
            RemittanceReference reference = creditor(candidate);
            if (reference.valid()) {
                return reference;
            }
        }
        return creditor("RF" + check + groups[0]);
    }

    /** ISO 11649: the first four characters moved to the end, letters as 10–35, the number mod 97 is 1. */
    public static boolean isValidCreditorReference(String compact) {
        if (compact == null || !compact.matches("RF\\d{2}[A-Z0-9]{1,21}")) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder number = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            number.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(number.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    /** As people read it in the review list: +++090/9337/55493+++, RF18 5390 0754 7034, or nothing. */
    public String display() {
        return switch (kind) {
            case OGM -> "+++" + value.substring(0, 3) + "/" + value.substring(3, 7) + "/" + value.substring(7) + "+++";
            case CREDITOR_REFERENCE -> value.replaceAll("(.{4})(?!$)", "$1 ");
            case NONE -> null;
        };
    }
}
