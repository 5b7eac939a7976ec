package be.ptrpas.plugins.channel.letter;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Makes text printable in the standard Helvetica (WinAnsi encoding), which covers Dutch, French and German
 * (é, ë, ç, ß, €, ‘’ “” – …). Other characters are replaced by their base letter (ő → o, ł stays unknown) or '?',
 * because PDFBox refuses to show a string with a single character the font cannot encode and a letter must still
 * go out.
 */
final class FontSafeText {

    private static final Map<Integer, Boolean> ENCODABLE = new ConcurrentHashMap<>();

    private FontSafeText() {}

    /** One line: control characters and unusual spaces become plain spaces. */
    static String line(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> out.append(printable(codePoint)));
        return out.toString();
    }

    private static String printable(int codePoint) {
        if (Character.isISOControl(codePoint) || Character.isSpaceChar(codePoint)) {
            return " ";
        }
        if (isEncodable(codePoint)) {
            return new String(Character.toChars(codePoint));
        }
        String base = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        if (!base.isEmpty() && base.codePoints().allMatch(FontSafeText::isEncodable)) {
            return base;
        }
        return "?";
    }

    private static boolean isEncodable(int codePoint) {
        return ENCODABLE.computeIfAbsent(codePoint, cp -> {
            String name = GlyphList.getAdobeGlyphList().codePointToName(cp);
            return name != null && !".notdef".equals(name) && WinAnsiEncoding.INSTANCE.contains(name);
        });
    }
}
