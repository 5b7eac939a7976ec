package be.ptrpas.pdf;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Makes text showable in a font: control characters and unusual spaces become plain spaces, a letter the font lacks
 * becomes its base letter (ő → o) when the font has that, anything else '?'. PDFBox refuses a whole string for a single
 * character the font cannot show, and a document or a letter must still be made.
 */
public final class PrintableText {

    /**
     * The standard 14 fonts (Helvetica …) in WinAnsi encoding, which cover Dutch, French and German (é, ë, ç, ß, €,
     * ‘’ “” – …). The answer per character is kept: there are few distinct ones, and each asks the glyph list.
     */
    public static final PrintableText WIN_ANSI = new PrintableText(new IntPredicate() {
        private final Map<Integer, Boolean> encodable = new ConcurrentHashMap<>();

        @Override
        public boolean test(int codePoint) {
            return encodable.computeIfAbsent(codePoint, cp -> {
                String name = GlyphList.getAdobeGlyphList().codePointToName(cp);
                return name != null && !".notdef".equals(name) && WinAnsiEncoding.INSTANCE.contains(name);
            });
        }
    });

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private final IntPredicate shown;

    /** @param shown whether the font (every font the text may be shown in) has a glyph for a code point */
    public PrintableText(IntPredicate shown) {
        this.shown = shown;
    }

    /** {@code text} on one line, in characters the font shows; {@code null} gives the empty string. */
    public String line(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> out.append(printable(codePoint)));
        return out.toString();
    }

    private String printable(int codePoint) {
        if (Character.isISOControl(codePoint) || Character.isSpaceChar(codePoint)) {
            return " ";
        }
        if (shown.test(codePoint)) {
            return Character.toString(codePoint);
        }
        String base = MARKS.matcher(Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD))
                .replaceAll("");
        if (!base.isEmpty() && base.codePoints().allMatch(shown)) {
            return base;
        }
        return "?";
    }
}
