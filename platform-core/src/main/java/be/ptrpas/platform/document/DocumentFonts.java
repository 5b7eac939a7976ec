package be.ptrpas.platform.document;

import be.ptrpas.pdf.PrintableText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every document embeds: DejaVu Sans and DejaVu Sans Bold (from the {@code jasperreports-fonts} jar,
 * Bitstream Vera licence), which cover Dutch, French and German letters (é è ë ç ß …), most of Europe's others and the
 * euro sign. PDFBox's standard 14 fonts are never embedded and cover WinAnsi only, so a reader's PDF viewer would pick
 * its own; an embedded subset looks the same everywhere and is what PDF/A asks for.
 *
 * <p>The TrueType files are read from the class path once. Parsing them takes longer than laying out a whole document,
 * so parsed faces are kept in a small pool and lent to one document at a time ({@link #borrow}): PDFBox reads a parsed
 * font lazily and is not thread-safe, but a font may serve one document after another. Each document embeds only the
 * glyphs it uses.
 */
final class DocumentFonts {

    private static final String DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";

    private static final Face REGULAR = new Face(DIRECTORY + "DejaVuSans.ttf");
    private static final Face BOLD = new Face(DIRECTORY + "DejaVuSans-Bold.ttf");

    /** Characters both faces show. */
    static final PrintableText PRINTABLE = new PrintableText(c -> REGULAR.has(c) && BOLD.has(c));

    final PDFont regular;
    final PDFont bold;

    private DocumentFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Enough for the documents rendered at once on a small server; a busier moment parses more and drops them. */
    static final int POOL_SIZE = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** Parsed pairs of faces not lent out right now; at most {@link #POOL_SIZE} are kept. */
    private static final BlockingQueue<Parsed> POOL = new ArrayBlockingQueue<>(POOL_SIZE);

    /**
     * Lends a parsed pair of faces for one document: {@code use} gets both faces loaded into {@code document}; the
     * pair goes back to the pool when {@code use} is done (it must have saved the document by then, since the subsets
     * are cut from the lent fonts at saving).
     */
    static <T> T borrow(PDDocument document, java.util.function.Function<DocumentFonts, T> use) {
        Parsed parsed = POOL.poll();
        if (parsed == null) {
            parsed = new Parsed();
        }
        try {
            return use.apply(new DocumentFonts(
                    PDType0Font.load(document, parsed.regular, true), PDType0Font.load(document, parsed.bold, true)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!POOL.offer(parsed)) {
                parsed.close();
            }
        }
    }

    /** Both faces parsed from their bytes. */
    private static final class Parsed {
        final TrueTypeFont regular;
        final TrueTypeFont bold;

        Parsed() {
            regular = REGULAR.parse();
            bold = BOLD.parse();
        }

        void close() {
            try {
                regular.close();
                bold.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * {@code text} on one line, in characters both faces can show: control characters and unusual spaces become
     * spaces, a letter the font lacks becomes its base letter (ǻ → a), anything else '?'. PDFBox refuses a whole
     * string for one character without a glyph, and a document must still be made.
     */
    static String printable(String text) {
        return PRINTABLE.line(text);
    }

    /** One TrueType file: its bytes, and its character map for the question whether it has a glyph. */
    private static final class Face {

        final byte[] bytes;
        private final CmapLookup cmap;

        Face(String resource) {
            try (InputStream in = DocumentFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + resource + " is not on the class path");
                }
                bytes = in.readAllBytes();
                // Parsed once for its character map only; the map is read whole here and never changes after.
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                cmap = font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        TrueTypeFont parse() {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean has(int codePoint) {
            // No cache: the look-up is one map read, and a cache keyed by what callers send would grow without bound.
            synchronized (cmap) {
                return cmap.getGlyphId(codePoint) != 0;
            }
        }
    }
}
