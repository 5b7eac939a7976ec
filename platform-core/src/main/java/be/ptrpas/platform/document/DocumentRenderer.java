package be.ptrpas.platform.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Makes the PDFs of the citizen's PTR-pas: one per item (with the EPC QR code and the structured reference when
 * something is due) and one per payment (the receipt). Pure: the result depends on the input only; no clock, no
 * database, no other feature. Thread-safe; each call builds its own document.
 *
 * <p>Each document is PDF/A-1b ({@link PdfA}), in the reader's language, with its title in the metadata.
 *
 * <p>Input is checked first, completely: {@link InvalidDocumentException} names every offending field and nothing is
 * rendered.
 */
@ApplicationScoped
public class DocumentRenderer {

    /** The item's PDF (A4, in the item's language). */
    public byte[] item(ItemDocument item) {
        DocumentChecks.check(item);
        return render(flow -> new ItemPdf(item, flow).write());
    }

    /** The payment's receipt (A4, in the receipt's language). */
    public byte[] receipt(ReceiptDocument receipt) {
        DocumentChecks.check(receipt);
        return render(flow -> new ReceiptPdf(receipt, flow).write());
    }

    private static byte[] render(Consumer<PageFlow> layout) {
        try (PDDocument document = new PDDocument()) {
            return DocumentFonts.borrow(document, fonts -> {
                layout.accept(new PageFlow(document, fonts));
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                try {
                    // Without object streams: PDF/A-1 has no cross-reference streams (the page contents stay
                    // compressed).
                    document.save(out, CompressParameters.NO_COMPRESSION);
                } catch (IOException e) {
                    throw new UncheckedIOException("a document could not be written", e);
                }
                return out.toByteArray();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("a document could not be closed", e);
        }
    }
}
