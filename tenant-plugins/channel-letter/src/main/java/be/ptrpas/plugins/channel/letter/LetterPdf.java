package be.ptrpas.plugins.channel.letter;

import be.ptrpas.pdf.PrintableText;
import be.ptrpas.pdf.TextLines;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays a {@link Letter} out on A4 pages. The recipient's block sits where the window of a Belgian DL or C5/6
 * envelope with a window on the left shows it, once the letter is folded in three.
 */
final class LetterPdf {

    /** Points per millimetre. */
    static final float MM = 72f / 25.4f;

    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 20 * MM;
    static final float RIGHT = PDRectangle.A4.getWidth() - 20 * MM;
    static final float TEXT_WIDTH = RIGHT - LEFT;

    /**
     * The window of a left-window envelope lies 20 mm from the left and about 50 to 95 mm from the top of the
     * folded A4; a 5 mm inner margin keeps the address clear of the window's edges when the letter shifts.
     */
    static final float ADDRESS_LEFT = 25 * MM;

    static final float ADDRESS_TOP = 55 * MM;
    static final float ADDRESS_WIDTH = 90 * MM;
    static final int ADDRESS_MAX_LINES = 6;

    static final float DATE_TOP = 105 * MM;
    static final float FIRST_PAGE_BODY_TOP = 115 * MM;
    static final float NEXT_PAGE_BODY_TOP = 25 * MM;
    static final float BODY_BOTTOM = 25 * MM;
    static final float FOOTER_BASELINE = 12 * MM;

    static final float BODY_SIZE = 11;
    static final float LEADING = 14;
    static final float QR_SIZE = 36 * MM;

    private LetterPdf() {}

    /** The PDF's bytes and how many pages it has (for the print shop's manifest). */
    record Rendered(byte[] pdf, int pages) {}

    static Rendered render(Letter letter, Instant created) throws IOException {
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = new Fonts(
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            describe(document, letter, created);
            try (Pages pages = new Pages(document)) {
                firstPageHeader(pages, letter, fonts);
                body(pages, letter, fonts);
                if (letter.payment() != null) {
                    PaymentBlock.draw(pages, letter.payment(), letter.labels(), fonts);
                }
            }
            footers(document, letter, fonts);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return new Rendered(out.toByteArray(), document.getNumberOfPages());
        }
    }

    private static void firstPageHeader(Pages pages, Letter letter, Fonts fonts) throws IOException {
        float y = PAGE_HEIGHT - 15 * MM - 10;
        List<String> sender = letter.senderLines();
        pages.text(fonts.bold(), 11, LEFT, y, sender.get(0));
        for (String line : sender.subList(1, sender.size())) {
            y -= 11;
            pages.text(fonts.regular(), 9, LEFT, y, line);
        }

        TextLines fitAddress = new TextLines(fonts.regular(), BODY_SIZE, PrintableText.WIN_ANSI);
        y = PAGE_HEIGHT - ADDRESS_TOP - BODY_SIZE;
        List<String> address = letter.addressLines();
        for (int i = 0; i < Math.min(address.size(), ADDRESS_MAX_LINES); i++) {
            // An address line is cut rather than wrapped: a wrapped line would push the postal code out of the window.
            pages.text(
                    fonts.regular(),
                    BODY_SIZE,
                    ADDRESS_LEFT,
                    y,
                    fitAddress.wrap(address.get(i), ADDRESS_WIDTH).get(0));
            y -= LEADING;
        }

        pages.text(fonts.regular(), BODY_SIZE, LEFT, PAGE_HEIGHT - DATE_TOP, letter.date());
        pages.moveTo(PAGE_HEIGHT - FIRST_PAGE_BODY_TOP);
        if (!letter.subject().isBlank()) {
            TextLines wrapper = new TextLines(fonts.bold(), BODY_SIZE, PrintableText.WIN_ANSI);
            for (String line : wrapper.wrap(letter.labels().subject() + ": " + letter.subject(), TEXT_WIDTH)) {
                pages.line(fonts.bold(), BODY_SIZE, line);
            }
            pages.skip(LEADING);
        }
    }

    private static void body(Pages pages, Letter letter, Fonts fonts) throws IOException {
        TextLines wrapper = new TextLines(fonts.regular(), BODY_SIZE, PrintableText.WIN_ANSI);
        for (String paragraph : letter.body().replace("\r\n", "\n").split("\n", -1)) {
            for (String line : wrapper.wrap(paragraph, TEXT_WIDTH)) {
                pages.line(fonts.regular(), BODY_SIZE, line);
            }
        }
    }

    /** "Pagina 1/2" on every page, drawn last because the number of pages is only known then. */
    private static void footers(PDDocument document, Letter letter, Fonts fonts) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream content =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String number = letter.labels().page() + " " + (i + 1) + "/" + count;
                float width = new TextLines(fonts.regular(), 8, PrintableText.WIN_ANSI).width(number);
                Pages.show(content, fonts.regular(), 8, RIGHT - width, FOOTER_BASELINE, number);
                Pages.show(
                        content,
                        fonts.regular(),
                        8,
                        LEFT,
                        FOOTER_BASELINE,
                        letter.senderLines().get(0));
            }
        }
    }

    private static void describe(PDDocument document, Letter letter, Instant created) {
        var info = document.getDocumentInformation();
        info.setTitle(PrintableText.WIN_ANSI.line(letter.subject()));
        info.setAuthor(PrintableText.WIN_ANSI.line(letter.senderLines().get(0)));
        info.setCreator("PTR-pas channel-letter");
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(created.toEpochMilli());
        info.setCreationDate(calendar);
    }

    /** The two weights of the standard Helvetica. */
    record Fonts(PDType1Font regular, PDType1Font bold) {}
}
