package be.ptrpas.platform.document;

import static be.ptrpas.platform.document.PageFlow.ACCENT;
import static be.ptrpas.platform.document.PageFlow.BODY;
import static be.ptrpas.platform.document.PageFlow.LEADING;
import static be.ptrpas.platform.document.PageFlow.LEFT;
import static be.ptrpas.platform.document.PageFlow.MUTED;
import static be.ptrpas.platform.document.PageFlow.RIGHT;
import static be.ptrpas.platform.document.PageFlow.RULE;
import static be.ptrpas.platform.document.PageFlow.TEXT;
import static be.ptrpas.platform.document.PageFlow.WIDTH;

import be.ptrpas.pdf.QrCode;
import be.ptrpas.spi.belgian.StructuredReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Lays out an {@link ItemDocument} (checked already) on A4 pages. */
final class ItemPdf {

    static final float QR_SIDE = 118;
    private static final float PAD = 12;

    private final ItemDocument item;
    private final DocumentTexts texts;
    private final PageFlow flow;
    private final String kind;

    ItemPdf(ItemDocument item, PageFlow flow) {
        this.item = item;
        this.flow = flow;
        this.texts = DocumentTexts.of(item.language());
        this.kind = texts.get("kind." + item.kind().name());
    }

    void write() {
        Letterhead.draw(flow, texts, item.municipality(), item.issuer(), kind, item.reference());
        flow.runningHead(Letterhead.footer(item.municipality(), kind, item.reference(), texts));
        flow.paragraph(item.title(), flow.fonts.bold, 14, TEXT, LEFT, WIDTH, 18);
        flow.gap(8);
        facts();
        if (!item.evidence().isEmpty()) {
            evidence();
        }
        amounts();
        if (item.somethingDue()) {
            paymentBlock();
        } else {
            flow.gap(6);
            flow.paragraph(texts.get("nothingDue"), flow.fonts.bold, BODY, TEXT, LEFT, WIDTH, LEADING);
        }
        flow.finish(Letterhead.footer(item.municipality(), kind, item.reference(), texts), texts);
        Letterhead.metadata(
                flow.document, item.language(), kind + " " + item.reference(), item.municipality(), item.title());
    }

    private void facts() {
        flow.labelled(texts.get("field.reference"), item.reference(), flow.fonts.regular);
        flow.labelled(texts.get("field.issuedOn"), texts.date(item.issuedOn()), flow.fonts.regular);
        if (item.validFrom() != null || item.validUntil() != null) {
            String validity;
            if (item.validFrom() != null && item.validUntil() != null) {
                validity =
                        texts.get("field.validity.range", texts.date(item.validFrom()), texts.date(item.validUntil()));
            } else if (item.validFrom() != null) {
                validity = texts.get("field.validity.from", texts.date(item.validFrom()));
            } else {
                validity = texts.get("field.validity.until", texts.date(item.validUntil()));
            }
            flow.labelled(texts.get("field.validity"), validity, flow.fonts.regular);
        }
        if (item.somethingDue()) {
            flow.labelled(texts.get("field.dueDate"), texts.date(item.dueDate()), flow.fonts.bold);
        }
    }

    private void evidence() {
        flow.heading(texts.get("evidence.heading"), 2 * LEADING);
        for (int i = 0; i < item.evidence().size(); i++) {
            ItemDocument.Evidence one = item.evidence().get(i);
            if (i > 0) {
                flow.gap(6);
            }
            if (one.place() != null && !one.place().isBlank()) {
                flow.labelled(texts.get("evidence.place"), one.place(), flow.fonts.regular);
            }
            if (one.observedAt() != null) {
                flow.labelled(texts.get("evidence.time"), texts.dateTime(one.observedAt()), flow.fonts.regular);
            }
            if (one.vehiclePlate() != null && !one.vehiclePlate().isBlank()) {
                flow.labelled(texts.get("evidence.plate"), one.vehiclePlate(), flow.fonts.regular);
            }
            if (!one.photoIds().isEmpty()) {
                flow.labelled(
                        texts.get("evidence.photos"),
                        one.photoIds().stream().map(String::strip).collect(Collectors.joining(", ")),
                        flow.fonts.regular);
            }
        }
    }

    private void amounts() {
        flow.heading(texts.get("lines.heading"), 2 * LEADING);
        for (ItemDocument.Line line : item.lines()) {
            flow.amountRow(
                    flow.describe(line.description()),
                    flow.fonts.regular,
                    texts.money(line.amount()),
                    flow.fonts.regular);
        }
        flow.ensure(LEADING + 6);
        flow.gap(2);
        flow.rule(LEFT, RIGHT, RULE);
        flow.gap(2);
        flow.amountRow(
                List.of(DocumentFonts.printable(texts.get("lines.due"))),
                flow.fonts.bold,
                texts.money(item.amountDue()),
                flow.fonts.bold);
    }

    /**
     * The transfer slip: amount, due date, beneficiary, IBAN, BIC and the OGM on the left, the EPC QR code on the
     * right, a note below; kept together on one page.
     */
    private void paymentBlock() {
        Transfer transfer = item.transfer();
        Iban iban = Iban.parse(transfer.iban()).orElseThrow();
        String bic = transfer.bic() == null || transfer.bic().isBlank()
                ? null
                : transfer.bic().strip().toUpperCase(Locale.ROOT);
        StructuredReference ogm = transfer.reference();
        EpcPayload payload = EpcPayload.of(transfer.beneficiaryName(), iban, bic, item.amountDue(), ogm);
        QrCode qr = payload.qrCode();

        float columnWidth = WIDTH - 2 * PAD - QR_SIDE - PAD;
        float labelWidth = 118;
        float valueWidth = columnWidth - labelWidth;
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(texts.get("payment.amount"), texts.money(item.amountDue()), flow.fonts.bold, 12));
        rows.add(new Row(texts.get("payment.dueDate"), texts.date(item.dueDate()), flow.fonts.bold, BODY));
        rows.add(new Row(
                texts.get("payment.beneficiary"), transfer.beneficiaryName().strip(), flow.fonts.regular, BODY));
        rows.add(new Row(texts.get("payment.iban"), iban.printed(), flow.fonts.regular, BODY));
        if (bic != null) {
            rows.add(new Row(texts.get("payment.bic"), bic, flow.fonts.regular, BODY));
        }
        rows.add(new Row(texts.get("payment.reference"), ogm.formatted(), flow.fonts.bold, 12));

        float headingHeight = 20;
        float rowsHeight = 0;
        for (Row row : rows) {
            row.layout(flow, labelWidth - 6, valueWidth);
            rowsHeight += row.height();
        }
        List<String> caption = PageFlow.wrap(texts.get("payment.qr"), flow.fonts.regular, 8, QR_SIDE);
        float qrHeight = QR_SIDE + caption.size() * 10 + 4;
        List<String> note = PageFlow.wrap(texts.get("payment.note"), flow.fonts.regular, 8.5f, WIDTH - 2 * PAD);
        float noteHeight = note.size() * 11 + 6;
        float bodyHeight = Math.max(headingHeight + rowsHeight, qrHeight);
        float boxHeight = PAD + bodyHeight + noteHeight + PAD;

        flow.gap(12);
        flow.ensure(boxHeight);
        float top = flow.y();
        box(top, boxHeight);

        float x = LEFT + PAD;
        float y = top - PAD;
        flow.show(DocumentFonts.printable(texts.get("payment.heading")), flow.fonts.bold, 11.5f, ACCENT, x, y - 11.5f);
        y -= headingHeight;
        for (Row row : rows) {
            row.draw(flow, x, x + labelWidth, y);
            y -= row.height();
        }

        float qrX = RIGHT - PAD - QR_SIDE;
        float qrTop = top - PAD;
        try {
            flow.content().setNonStrokingColor(java.awt.Color.BLACK);
            qr.draw(flow.content(), qrX, qrTop - QR_SIDE, QR_SIDE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float captionY = qrTop - QR_SIDE - 2;
        for (String line : caption) {
            float lineWidth = PageFlow.width(line, flow.fonts.regular, 8);
            flow.show(line, flow.fonts.regular, 8, MUTED, qrX + (QR_SIDE - lineWidth) / 2, captionY - 8);
            captionY -= 10;
        }

        float noteY = top - PAD - bodyHeight - 6;
        for (String line : note) {
            flow.show(line, flow.fonts.regular, 8.5f, MUTED, x, noteY - 8.5f);
            noteY -= 11;
        }
        flow.moveTo(top - boxHeight);
    }

    private void box(float top, float height) {
        try {
            PDPageContentStream content = flow.content();
            content.setStrokingColor(ACCENT);
            content.setLineWidth(1f);
            content.addRect(LEFT, top - height, WIDTH, height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A label and its value inside the transfer slip, measured before the slip is drawn. */
    private static final class Row {
        private final String label;
        private final String value;
        private final PDFont font;
        private final float size;
        private List<String> labelLines;
        private List<String> valueLines;

        Row(String label, String value, PDFont font, float size) {
            this.label = label;
            this.value = value;
            this.font = font;
            this.size = size;
        }

        void layout(PageFlow flow, float labelWidth, float valueWidth) {
            labelLines = PageFlow.wrap(label, flow.fonts.regular, 9, labelWidth);
            valueLines = PageFlow.wrap(value, font, size, valueWidth);
        }

        float lineHeight() {
            return size * 1.35f;
        }

        float height() {
            return Math.max(labelLines.size() * 12, valueLines.size() * lineHeight()) + 3;
        }

        void draw(PageFlow flow, float labelX, float valueX, float top) {
            float y = top;
            for (String line : labelLines) {
                flow.show(line, flow.fonts.regular, 9, MUTED, labelX, y - size);
                y -= 12;
            }
            y = top;
            for (String line : valueLines) {
                flow.show(line, font, size, TEXT, valueX, y - size);
                y -= lineHeight();
            }
        }
    }
}
