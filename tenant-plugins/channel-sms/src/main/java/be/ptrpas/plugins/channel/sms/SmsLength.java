package be.ptrpas.plugins.channel.sms;

/**
 * Keeps a text within three concatenated SMS parts. In the GSM 7-bit alphabet a part holds 153 characters (the
 * extension characters such as € count twice); one character outside it makes the whole text UCS-2, 67 per part.
 */
final class SmsLength {

    static final int MAX_PARTS = 3;
    static final int GSM_SEPTETS = MAX_PARTS * 153;
    static final int UCS2_UNITS = MAX_PARTS * 67;

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";
    private static final String ELLIPSIS = "...";

    private SmsLength() {}

    static boolean isGsm(String text) {
        return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0);
    }

    /** The text itself when it fits, otherwise cut (never inside a surrogate pair) and ended with "...". */
    static String fit(String text) {
        boolean gsm = isGsm(text);
        int budget = gsm ? GSM_SEPTETS : UCS2_UNITS;
        if (cost(text, gsm) <= budget) {
            return text;
        }
        int room = budget - ELLIPSIS.length();
        int used = 0;
        int end = 0;
        while (end < text.length()) {
            int next = Character.isHighSurrogate(text.charAt(end)) && end + 1 < text.length() ? end + 2 : end + 1;
            int charCost = cost(text.substring(end, next), gsm);
            if (used + charCost > room) {
                break;
            }
            used += charCost;
            end = next;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private static int cost(String text, boolean gsm) {
        if (!gsm) {
            return text.length();
        }
        return text.chars().map(c -> GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
    }
}
