package be.ptrpas.platform.document;

import static be.ptrpas.platform.document.PageFlow.BODY;
import static be.ptrpas.platform.document.PageFlow.LEADING;
import static be.ptrpas.platform.document.PageFlow.LEFT;
import static be.ptrpas.platform.document.PageFlow.RIGHT;
import static be.ptrpas.platform.document.PageFlow.RULE;
import static be.ptrpas.platform.document.PageFlow.TEXT;
import static be.ptrpas.platform.document.PageFlow.WIDTH;

import java.util.ArrayList;
import java.util.List;

/** Lays out a {@link ReceiptDocument} (checked already) on A4 pages. */
final class ReceiptPdf {

    private final ReceiptDocument receipt;
    private final DocumentTexts texts;
    private final PageFlow flow;
    private final String title;

    ReceiptPdf(ReceiptDocument receipt, PageFlow flow) {
        this.receipt = receipt;
        this.flow = flow;
        this.texts = DocumentTexts.of(receipt.language());
        this.title = texts.get("receipt.title");
    }

    void write() {
        Letterhead.draw(flow, texts, receipt.municipality(), receipt.issuer(), title, receipt.paymentId());
        flow.runningHead(Letterhead.footer(receipt.municipality(), title, receipt.paymentId(), texts));
        flow.labelled(texts.get("receipt.paymentId"), receipt.paymentId(), flow.fonts.regular);
        flow.labelled(texts.get("receipt.paidAt"), texts.dateTime(receipt.paidAt()), flow.fonts.regular);
        flow.labelled(texts.get("receipt.amount"), texts.money(receipt.amount()), flow.fonts.bold);
        String method = texts.get("method." + receipt.method().name());
        if (receipt.provider() != null && !receipt.provider().isBlank()) {
            method += " " + texts.get("receipt.provider", receipt.provider().strip());
        }
        flow.labelled(texts.get("receipt.method"), method, flow.fonts.regular);

        flow.heading(texts.get("receipt.items"), 2 * LEADING);
        for (ReceiptDocument.PaidItem item : receipt.items()) {
            List<String> description = new ArrayList<>();
            description.addAll(flow.describe(texts.get("kind." + item.kind().name()) + " "
                    + item.reference().strip()));
            description.addAll(flow.describe(item.title()));
            flow.amountRow(description, flow.fonts.regular, texts.money(item.amount()), flow.fonts.regular);
            flow.gap(3);
        }
        flow.ensure(LEADING + 6);
        flow.rule(LEFT, RIGHT, RULE);
        flow.gap(2);
        flow.amountRow(
                List.of(DocumentFonts.printable(texts.get("receipt.total"))),
                flow.fonts.bold,
                texts.money(receipt.amount()),
                flow.fonts.bold);
        flow.gap(14);
        flow.paragraph(texts.get("receipt.thanks"), flow.fonts.regular, BODY, TEXT, LEFT, WIDTH, LEADING);

        flow.finish(Letterhead.footer(receipt.municipality(), title, receipt.paymentId(), texts), texts);
        Letterhead.metadata(
                flow.document, receipt.language(), title + " " + receipt.paymentId(), receipt.municipality(), title);
    }
}
