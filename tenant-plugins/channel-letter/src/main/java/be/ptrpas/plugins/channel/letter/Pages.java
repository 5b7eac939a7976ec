package be.ptrpas.plugins.channel.letter;

import be.ptrpas.pdf.PrintableText;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A pen that writes lines down the page and starts a new A4 page when the current one is full. */
final class Pages implements AutoCloseable {

    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    Pages(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    /** Text at a fixed place on the current page; does not move the pen. */
    void text(PDFont font, float size, float x, float baseline, String text) throws IOException {
        show(content, font, size, x, baseline, text);
    }

    /** One line at the pen, on a new page when this one has no room left. */
    void line(PDFont font, float size, String text) throws IOException {
        ensureRoom(LetterPdf.LEADING);
        y -= LetterPdf.LEADING;
        show(content, font, size, LetterPdf.LEFT, y, text);
    }

    void skip(float height) {
        y -= height;
    }

    void moveTo(float top) {
        y = top;
    }

    /** Starts a new page unless {@code height} still fits above the bottom margin. */
    void ensureRoom(float height) throws IOException {
        if (y - height < LetterPdf.BODY_BOTTOM) {
            newPage();
        }
    }

    float y() {
        return y;
    }

    PDPageContentStream content() {
        return content;
    }

    static void show(PDPageContentStream content, PDFont font, float size, float x, float baseline, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(PrintableText.WIN_ANSI.line(text));
        content.endText();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = LetterPdf.PAGE_HEIGHT
                - (document.getNumberOfPages() == 1 ? LetterPdf.FIRST_PAGE_BODY_TOP : LetterPdf.NEXT_PAGE_BODY_TOP);
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
