package be.ptrpas.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text laid out in one font and size: made printable first ({@link PrintableText}), then broken into lines no wider
 * than a column (at spaces, and inside a word only when the word alone is too wide) or cut with an ellipsis.
 */
public final class TextLines {

    private static final Pattern SPACES = Pattern.compile(" +");

    private final PDFont font;
    private final float size;
    private final PrintableText printable;

    public TextLines(PDFont font, float size, PrintableText printable) {
        this.font = font;
        this.size = size;
        this.printable = printable;
    }

    /** Wraps one paragraph (its line ends count as spaces); an empty paragraph gives one empty line. */
    public List<String> wrap(String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : SPACES.split(printable.line(text).strip())) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest) > width) {
                int cut = longestFittingPrefix(rest, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code text} on one line of at most {@code width}, cut with an ellipsis when it is longer. */
    public String ellipsized(String text, float width) {
        String line = printable.line(text).strip();
        if (width(line) <= width) {
            return line;
        }
        int end = line.length();
        while (end > 0 && width(line.substring(0, end).strip() + "…") > width) {
            end--;
            if (end > 0 && Character.isLowSurrogate(line.charAt(end))) {
                end--;
            }
        }
        return line.substring(0, end).strip() + "…";
    }

    /** The width in points of text that is printable already. */
    public float width(String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int longestFittingPrefix(String word, float width) {
        int cut = Character.charCount(word.codePointAt(0)); // at least one character, or a narrow column loops
        while (cut < word.length()) {
            int next = cut + Character.charCount(word.codePointAt(cut));
            if (width(word.substring(0, next)) > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }
}
