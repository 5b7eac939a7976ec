package be.ptrpas.platform.common.text;

/**
 * What free text the platform stores: no NUL (PostgreSQL refuses it, which would surface as a server error), no other
 * control characters (they break letters, CSV exports and log lines) and no unpaired UTF-16 surrogates (not text at
 * all; they cannot be encoded as UTF-8). Tab, line feed and carriage return are kept: notes are multi-line.
 */
public final class TextRules {

    private TextRules() {}

    /** What is wrong with the text, for a human, or {@code null} when it may be stored. */
    public static String flaw(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "contains a NUL character (\\u0000), which cannot be stored";
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "contains the control character \\u" + String.format("%04X", (int) c) + " at position " + i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a lone surrogate \\u" + String.format("%04X", (int) c) + " at position " + i
                        + ", which is not a character";
            }
        }
        return null;
    }
}
