package be.ptrpas.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long texts wrap inside the margins, long documents go on over pages, and the transfer slip is never split. */
class LayoutTest {

    private static final float PAGE_WIDTH = 595.27563f;
    private static final float PAGE_HEIGHT = 841.8898f;
    private static final float SLACK = 0.5f;

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void longNamesWrapAndNeverLeaveThePage() {
        ItemDocument base = Samples.retribution(DocumentLanguage.FR);
        String longWord = "Parkeerbeheersingsconcessieovereenkomstuitvoeringsmaatschappij".repeat(2);
        ItemDocument item = new ItemDocument(
                DocumentLanguage.FR,
                new Municipality(
                        "Administration communale de Sint-Pieters-Leeuw, Molenbeek-Saint-Jean et Woluwe-Saint-Lambert"
                                + " réunies pour le stationnement",
                        "23077"),
                new Issuer("Société de stationnement " + longWord, null),
                ItemKind.IOD_PERMIT,
                "Occupation du domaine public pour un conteneur de chantier devant le numéro 125 de la très longue "
                        + "Chaussée de Louvain, avec interdiction de stationner " + longWord,
                "IOD-2026-" + "0".repeat(80),
                base.issuedOn(),
                base.issuedOn(),
                base.issuedOn().plusDays(14),
                List.of(new ItemDocument.Line(
                        "Redevance d'occupation: quatre emplacements pendant quinze jours à 12,50 € par emplacement et "
                                + "par jour, plus les frais des panneaux " + longWord,
                        new BigDecimal("750.00"))),
                List.of(new ItemDocument.Evidence(
                        "Chaussée de Louvain 125, 1000 Bruxelles — côté pair, entre les numéros 121 et 131 " + longWord,
                        null,
                        null,
                        List.of("PHOTO-" + "9".repeat(90)))),
                new BigDecimal("750.00"),
                base.dueDate(),
                new Transfer(
                        "Administration communale de Sint-Pieters-Leeuw — Recettes diverses",
                        Samples.IBAN,
                        null,
                        Samples.OGM));

        byte[] pdf = renderer.item(item);
        Pdfs.save(pdf, 0, "item-long-names-fr");
        Pdfs.save(pdf, 1, "item-long-names-fr-page2");

        assertInsideMargins(pdf);
        String text = ItemPdfTest.squeezed(Pdfs.text(pdf));
        assertThat(text.replace(" ", "")).contains(longWord); // cut inside the word, nothing lost
        // The slip does not fit below the long texts: it is kept whole on the second page, with its QR code.
        assertThat(Pdfs.qr(pdf, 0)).isEmpty();
        assertThat(Pdfs.qr(pdf, 1)).isPresent();
        assertThat(Pdfs.text(pdf, 2)).contains("+++090/9337/55493+++").contains("Page 2 sur 2");
        // The footer is one line, cut with an ellipsis.
        assertThat(Pdfs.text(pdf, 1))
                .contains("Administration communale de Sint-Pieters-Leeuw, Molenbeek-Saint-Jean et");
        assertThat(Pdfs.text(pdf, 2)).contains("…");
    }

    @Test
    void manyLinesGoOnToMorePagesAndTheSlipStaysWhole() {
        ItemDocument base = Samples.retribution(DocumentLanguage.NL);
        List<ItemDocument.Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 1; i <= 80; i++) {
            BigDecimal amount = new BigDecimal("2.25");
            lines.add(new ItemDocument.Line(
                    "Parkeersessie " + i + " in zone Centrum, volgens het tariefreglement", amount));
            total = total.add(amount);
        }
        ItemDocument item = Samples.with(base, lines, total, base.transfer());

        byte[] pdf = renderer.item(item);
        Pdfs.save(pdf, 1, "item-many-lines-nl-page2");

        assertInsideMargins(pdf);
        int pages;
        try (var document = Pdfs.load(pdf)) {
            pages = document.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(pages).isGreaterThan(1);
        String last = ItemPdfTest.squeezed(Pdfs.text(pdf, pages));
        // The slip (amount, IBAN, reference) and its QR code are on one page, the last.
        assertThat(last)
                .contains("Betalen met overschrijving")
                .contains("IBAN BE71 0961 2345 6769")
                .contains("+++090/9337/55493+++")
                .contains("Pagina " + pages + " van " + pages);
        assertThat(Pdfs.qr(pdf, pages - 1)).isPresent();
        assertThat(ItemPdfTest.squeezed(Pdfs.text(pdf))).contains("Parkeersessie 80 in zone Centrum");
        // Every page after the first names the document at its top.
        for (int page = 2; page <= pages; page++) {
            assertThat(Pdfs.text(pdf, page)).startsWith("Stad Gent · NIS-code 44021 · Retributie RET-2026-004711");
        }
    }

    @Test
    void aReceiptWithLongTitlesStaysInsideToo() {
        ReceiptDocument base = Samples.receipt(DocumentLanguage.EN);
        ReceiptDocument receipt = new ReceiptDocument(
                base.language(),
                base.municipality(),
                new Issuer("An operator with an extremely long registered name " + "X".repeat(140), null),
                base.paymentId(),
                base.paidAt(),
                new BigDecimal("12.00"),
                PaymentMethod.PAYMENT_LINK,
                "P".repeat(100),
                List.of(new ReceiptDocument.PaidItem(
                        ItemKind.PAYMENT_REQUEST, "R".repeat(100), "T".repeat(300), new BigDecimal("12.00"))));

        byte[] pdf = renderer.receipt(receipt);
        Pdfs.save(pdf, 0, "receipt-long-texts-en");

        assertInsideMargins(pdf);
    }

    /** Every glyph on every page lies within the page and, give or take half a point, within its side margins. */
    private static void assertInsideMargins(byte[] pdf) {
        List<Pdfs.Glyph> glyphs = Pdfs.glyphs(pdf);
        assertThat(glyphs).isNotEmpty();
        assertThat(glyphs).allSatisfy(glyph -> {
            assertThat(glyph.left()).as("left of %s", glyph).isGreaterThanOrEqualTo(PageFlow.LEFT - SLACK);
            assertThat(glyph.right()).as("right of %s", glyph).isLessThanOrEqualTo(PageFlow.RIGHT + SLACK);
            assertThat(glyph.top()).as("top of %s", glyph).isGreaterThanOrEqualTo(PageFlow.MARGIN - 10);
            assertThat(glyph.bottom())
                    .as("bottom of %s", glyph)
                    .isLessThanOrEqualTo(PAGE_HEIGHT - PageFlow.MARGIN + 20);
        });
        assertThat(PAGE_WIDTH).isGreaterThan(PageFlow.RIGHT);
    }
}
