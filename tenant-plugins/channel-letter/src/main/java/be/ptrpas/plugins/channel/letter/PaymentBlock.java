package be.ptrpas.plugins.channel.letter;

import be.ptrpas.pdf.PrintableText;
import be.ptrpas.pdf.QrCode;
import be.ptrpas.pdf.TextLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The framed "how to pay" block under the text: amount, account, structured reference, link, QR code. */
final class PaymentBlock {

    private static final float PADDING = 4 * LetterPdf.MM;
    private static final float LABEL_SIZE = 9;
    private static final float LABEL_LEADING = 11;
    private static final float ROW_GAP = 3;
    private static final float CAPTION_HEIGHT = 12;

    private PaymentBlock() {}

    /** One labelled value, already wrapped to the block's text column. */
    private record Row(String label, List<String> lines) {
        float height() {
            return LABEL_LEADING + lines.size() * LetterPdf.LEADING + ROW_GAP;
        }
    }

    static void draw(Pages pages, Letter.Payment payment, Labels labels, LetterPdf.Fonts fonts) throws IOException {
        boolean withCode = payment.qrPayload() != null;
        float textWidth = LetterPdf.TEXT_WIDTH - 2 * PADDING - (withCode ? LetterPdf.QR_SIZE + PADDING : 0);
        List<Row> rows = rows(
                payment, labels, new TextLines(fonts.bold(), LetterPdf.BODY_SIZE, PrintableText.WIN_ANSI), textWidth);
        float textHeight = (float) rows.stream().mapToDouble(Row::height).sum();
        float codeHeight = withCode ? LetterPdf.QR_SIZE + CAPTION_HEIGHT : 0;
        float height = Math.max(textHeight, codeHeight) + 2 * PADDING;

        pages.skip(LetterPdf.LEADING);
        pages.ensureRoom(height); // never split the block: the reference and the code belong together
        float top = pages.y();
        var content = pages.content();
        content.setLineWidth(0.5f);
        content.addRect(LetterPdf.LEFT, top - height, LetterPdf.TEXT_WIDTH, height);
        content.stroke();

        float x = LetterPdf.LEFT + PADDING;
        float y = top - PADDING - LABEL_SIZE;
        for (Row row : rows) {
            pages.text(fonts.regular(), LABEL_SIZE, x, y, row.label());
            y -= LABEL_LEADING + 1;
            for (String line : row.lines()) {
                pages.text(fonts.bold(), LetterPdf.BODY_SIZE, x, y, line);
                y -= LetterPdf.LEADING;
            }
            y -= ROW_GAP;
        }
        if (withCode) {
            float qrX = LetterPdf.RIGHT - PADDING - LetterPdf.QR_SIZE;
            float qrY = top - PADDING - LetterPdf.QR_SIZE;
            QrCode.of(payment.qrPayload()).draw(content, qrX, qrY, LetterPdf.QR_SIZE);
            pages.text(fonts.regular(), 8, qrX + 3 * LetterPdf.MM, qrY - 8, labels.scanToPay());
        }
        pages.moveTo(top - height);
    }

    private static List<Row> rows(Letter.Payment payment, Labels labels, TextLines wrapper, float width) {
        List<Row> rows = new ArrayList<>();
        if (payment.amount() != null) {
            rows.add(new Row(labels.amount(), wrapper.wrap(payment.amount(), width)));
        }
        if (payment.account() != null) {
            rows.add(new Row(labels.account(), wrapper.wrap(payment.account(), width)));
        }
        rows.add(new Row(labels.reference(), wrapper.wrap(payment.reference(), width)));
        if (payment.paymentUrl() != null) {
            rows.add(new Row(labels.payOnline(), wrapper.wrap(payment.paymentUrl(), width)));
        }
        return rows;
    }
}
