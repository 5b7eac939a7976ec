package be.ptrpas.plugins.channel.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Breaks text into lines that fit a width in a font, at spaces, and inside words only when a word is too long. */
final class TextWrapper {

    private final PDFont font;
    private final float size;
    private final float width;

    TextWrapper(PDFont font, float size, float width) {
        this.font = font;
        this.size = size;
        this.width = width;
    }

    /** Wraps one paragraph (no line ends); an empty paragraph gives one empty line. */
    List<String> wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : FontSafeText.line(paragraph).strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (fits(candidate)) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (!fits(rest)) {
                int cut = longestFittingPrefix(rest);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    float width(String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean fits(String text) {
        return width(text) <= width;
    }

    private int longestFittingPrefix(String word) {
        int cut = 1; // at least one character, or a very narrow column would loop for ever
        while (cut < word.length() && fits(word.substring(0, cut + 1))) {
            cut++;
        }
        return cut;
    }
}
