package be.ptrpas.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class ReceiptPdfTest {

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void aReceiptInEachLanguage() throws IOException {
        byte[] dutch = renderer.receipt(Samples.receipt(DocumentLanguage.NL));
        byte[] french = renderer.receipt(Samples.receipt(DocumentLanguage.FR));
        byte[] english = renderer.receipt(Samples.receipt(DocumentLanguage.EN));
        Pdfs.save(dutch, 0, "receipt-nl");

        assertThat(ItemPdfTest.squeezed(Pdfs.text(dutch)))
                .contains("Stad Gent")
                .contains("NIS-code 44021")
                .contains("BETALINGSBEWIJS")
                .contains("Betaling PAY-7f3c2a91")
                .contains("Ontvangen op 4 december 2026, 10:15")
                .contains("Bedrag € 75,50")
                .contains("Betaalwijze Online betaling via Bancontact via Mollie")
                .contains("Deze betaling betreft")
                .contains("Retributie RET-2026-004711")
                .contains("Parkeren zonder geldig ticket — Kouter")
                .contains("€ 40,50")
                .contains("Parkeervergunning PRM-2027-000043")
                .contains("€ 35,00")
                .contains("Totaal betaald € 75,50")
                .contains("in opdracht van Stad Gent");
        assertThat(ItemPdfTest.squeezed(Pdfs.text(french)))
                .contains("PREUVE DE PAIEMENT")
                .contains("Paiement PAY-7f3c2a91")
                .contains("Reçu le 4 décembre 2026, 10:15")
                .contains("Mode de paiement Paiement en ligne via Bancontact via Mollie")
                .contains("Redevance RET-2026-004711")
                .contains("Total payé 75,50 €");
        assertThat(ItemPdfTest.squeezed(Pdfs.text(english)))
                .contains("PAYMENT RECEIPT")
                .contains("Received on 4 December 2026, 10:15")
                .contains("Payment method Online payment via Bancontact via Mollie")
                .contains("Parking permit PRM-2027-000043")
                .contains("Total paid €75.50");
        assertThat(Pdfs.qr(dutch, 0)).as("a receipt asks for no money").isEmpty();
        try (PDDocument document = Pdfs.load(english)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Payment receipt PAY-7f3c2a91");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void namesEachPaymentMethod() {
        for (PaymentMethod method : PaymentMethod.values()) {
            ReceiptDocument base = Samples.receipt(DocumentLanguage.NL);
            ReceiptDocument receipt = new ReceiptDocument(
                    base.language(),
                    base.municipality(),
                    null,
                    base.paymentId(),
                    base.paidAt(),
                    base.amount(),
                    method,
                    null,
                    base.items());
            String expected = DocumentTexts.of(DocumentLanguage.NL).get("method." + method.name());

            assertThat(ItemPdfTest.squeezed(Pdfs.text(renderer.receipt(receipt))))
                    .contains("Betaalwijze " + expected + " ")
                    .doesNotContain("in opdracht van");
        }
    }
}
