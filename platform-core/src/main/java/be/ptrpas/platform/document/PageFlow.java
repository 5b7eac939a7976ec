package be.ptrpas.platform.document;

import be.ptrpas.pdf.TextLines;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes a document top to bottom on A4 pages: a cursor that moves down, text wrapped to a column, a new page when the
 * next block does not fit, and the footer with page numbers on every page once all pages are known. Nothing is ever
 * drawn outside the margins: text is wrapped at spaces, and inside a word only when the word alone is too wide.
 */
final class PageFlow {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN = 50;
    static final float LEFT = MARGIN;
    static final float RIGHT = A4.getWidth() - MARGIN;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = A4.getHeight() - MARGIN;
    /** The lowest the content goes; the footer lives below. */
    static final float BOTTOM = MARGIN + 22;

    static final float BODY = 10;
    static final float LEADING = 14;
    static final float LABEL_WIDTH = 150;

    static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x55, 0x5B, 0x63);
    static final Color ACCENT = new Color(0x0B, 0x3D, 0x6E);
    static final Color RULE = new Color(0xB8, 0xC0, 0xC8);

    final PDDocument document;
    final DocumentFonts fonts;
    private PDPageContentStream content;
    private float y;
    private String runningHead;

    PageFlow(PDDocument document, DocumentFonts fonts) {
        this.document = document;
        this.fonts = fonts;
        newPage();
    }

    /** The line at the top of every page after the first (the municipality, the kind and the reference). */
    void runningHead(String text) {
        runningHead = text;
    }

    float y() {
        return y;
    }

    PDPageContentStream content() {
        return content;
    }

    void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
            if (runningHead != null && document.getNumberOfPages() > 1) {
                // A page after the first says whose document it is, in case it is read on its own.
                show(ellipsized(runningHead, fonts.regular, 8, WIDTH), fonts.regular, 8, MUTED, LEFT, y - 8);
                y -= 12;
                rule(LEFT, RIGHT, RULE);
                y -= 10;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    void ensure(float height) {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** Moves the cursor to {@code newY} (for blocks drawn side by side, which each know how low they went). */
    void moveTo(float newY) {
        y = newY;
    }

    /** A paragraph wrapped to the column; each line may start a new page. */
    void paragraph(String text, PDFont font, float size, Color color, float x, float width, float leading) {
        for (String line : wrap(text, font, size, width)) {
            ensure(leading);
            show(line, font, size, color, x, y - size);
            y -= leading;
        }
    }

    /** Heading of a section, kept on the page of at least the block that follows it. */
    void heading(String text, float keepWith) {
        ensure(LEADING + 6 + keepWith);
        gap(6);
        paragraph(text, fonts.bold, 11.5f, ACCENT, LEFT, WIDTH, 16);
        rule(LEFT, RIGHT, RULE);
        gap(4);
    }

    /** A label and its value side by side; the value wraps in its column and the pair is never split over pages. */
    void labelled(String label, String value, PDFont valueFont) {
        List<String> labelLines = wrap(label, fonts.regular, BODY, LABEL_WIDTH - 8);
        List<String> valueLines = wrap(value, valueFont, BODY, WIDTH - LABEL_WIDTH);
        int count = Math.max(labelLines.size(), valueLines.size());
        ensure(count * LEADING);
        for (int i = 0; i < count; i++) {
            if (i < labelLines.size()) {
                show(labelLines.get(i), fonts.regular, BODY, MUTED, LEFT, y - BODY);
            }
            if (i < valueLines.size()) {
                show(valueLines.get(i), valueFont, BODY, TEXT, LEFT + LABEL_WIDTH, y - BODY);
            }
            y -= LEADING;
        }
    }

    /** One row of an amounts table: a description that wraps left, the amount right-aligned on its first line. */
    void amountRow(List<String> descriptionLines, PDFont font, String amount, PDFont amountFont) {
        int count = Math.max(1, descriptionLines.size());
        ensure(count * LEADING + 2);
        gap(1);
        for (int i = 0; i < count; i++) {
            if (i < descriptionLines.size()) {
                show(descriptionLines.get(i), font, BODY, TEXT, LEFT, y - BODY);
            }
            if (i == 0) {
                showRight(amount, amountFont, BODY, TEXT, RIGHT, y - BODY);
            }
            y -= LEADING;
        }
        gap(1);
    }

    static final float AMOUNT_COLUMN = 110;

    List<String> describe(String text) {
        return wrap(text, fonts.regular, BODY, WIDTH - AMOUNT_COLUMN - 10);
    }

    void rule(float from, float to, Color color) {
        try {
            content.setStrokingColor(color);
            content.setLineWidth(0.6f);
            content.moveTo(from, y);
            content.lineTo(to, y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void show(String text, PDFont font, float size, Color color, float x, float baseline) {
        if (text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setNonStrokingColor(color);
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void showRight(String text, PDFont font, float size, Color color, float right, float baseline) {
        show(text, font, size, color, right - width(text, font, size), baseline);
    }

    /**
     * Breaks {@code text} into lines no wider than {@code width}: at spaces, and inside a word only when the word alone
     * is too wide. The text is made printable first ({@link DocumentFonts#printable}).
     */
    static List<String> wrap(String text, PDFont font, float size, float width) {
        return new TextLines(font, size, DocumentFonts.PRINTABLE).wrap(text, width);
    }

    /** {@code text} on one line of at most {@code width}, cut with an ellipsis when it is longer. */
    static String ellipsized(String text, PDFont font, float size, float width) {
        return new TextLines(font, size, DocumentFonts.PRINTABLE).ellipsized(text, width);
    }

    static float width(String text, PDFont font, float size) {
        return new TextLines(font, size, DocumentFonts.PRINTABLE).width(text);
    }

    /** Ends the last page and writes the footer (left text, "page i of n" right) on every page. */
    void finish(String footerLeft, DocumentTexts texts) {
        try {
            content.close();
            content = null;
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream footer =
                        new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    PDPageContentStream body = content;
                    content = footer;
                    float line = MARGIN + 10;
                    y = line;
                    rule(LEFT, RIGHT, RULE);
                    String pageText = texts.get("page", i + 1, pages);
                    float pageWidth = width(pageText, fonts.regular, 8);
                    show(
                            ellipsized(footerLeft, fonts.regular, 8, WIDTH - pageWidth - 20),
                            fonts.regular,
                            8,
                            MUTED,
                            LEFT,
                            line - 11);
                    showRight(pageText, fonts.regular, 8, MUTED, RIGHT, line - 11);
                    content = body;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
