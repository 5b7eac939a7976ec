package be.ptrpas.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An item's PDF read back: its text in each language, its QR code, its fonts and metadata. */
class ItemPdfTest {

    private final DocumentRenderer renderer = new DocumentRenderer();

    @Test
    void aRetributionInDutchShowsEveryField() {
        byte[] pdf = renderer.item(Samples.retribution(DocumentLanguage.NL));
        Pdfs.save(pdf, 0, "item-retribution-nl");

        assertThat(squeezed(Pdfs.text(pdf)))
                .contains("Stad Gent")
                .contains("NIS-code 44021")
                .contains("RETRIBUTIE")
                .contains("Uitgegeven door Parkeerbeheer Gent NV (ondernemingsnummer 1234.567.894")
                .contains("in opdracht van Stad Gent")
                .contains("Parkeren zonder geldig ticket in betalend gebied — Kouter")
                .contains("Referentie RET-2026-004711")
                .contains("Datum 3 december 2026")
                .contains("Te betalen vóór 2 januari 2027")
                .contains("Vaststelling")
                .contains("Plaats Kouter 12, 9000 Gent (zone Centrum)")
                .contains("Tijdstip 2 december 2026, 14:47") // 13:47 UTC is 14:47 in Brussels in winter
                .contains("Nummerplaat 1-ABC-123")
                .contains("PH-88213, PH-88214")
                .contains("Retributie betalend parkeren, dagtarief € 35,00")
                .contains("Administratiekost € 5,50")
                .contains("Te betalen € 40,50")
                .contains("Betalen met overschrijving")
                .contains("Begunstigde Parkeerbeheer Gent – Retributies")
                .contains("IBAN BE71 0961 2345 6769")
                .contains("BIC GKCCBEBB")
                .contains("Gestructureerde mededeling +++090/9337/55493+++")
                .contains("Scan met uw bank-app")
                .contains("Pagina 1 van 1");
    }

    @Test
    void theSameRetributionInFrenchAndEnglish() {
        byte[] french = renderer.item(Samples.retribution(DocumentLanguage.FR));
        byte[] english = renderer.item(Samples.retribution(DocumentLanguage.EN));
        Pdfs.save(french, 0, "item-retribution-fr");

        assertThat(squeezed(Pdfs.text(french)))
                .contains("REDEVANCE")
                .contains("Code INS 44021")
                .contains("Émis par Parkeerbeheer Gent NV (numéro d'entreprise 1234.567.894")
                .contains("pour le compte de Stad Gent")
                .contains("À payer avant le 2 janvier 2027")
                .contains("Date 3 décembre 2026")
                .contains("Moment 2 décembre 2026, 14:47")
                .contains("Plaque d'immatriculation 1-ABC-123")
                .contains("Administratiekost 5,50 €")
                .contains("À payer 40,50 €")
                .contains("Payer par virement")
                .contains("Bénéficiaire Parkeerbeheer Gent – Retributies")
                .contains("Communication structurée +++090/9337/55493+++")
                .contains("Scannez avec votre app bancaire")
                .contains("Page 1 sur 1");
        assertThat(squeezed(Pdfs.text(english)))
                .contains("PARKING CHARGE (RETRIBUTION)")
                .contains("NIS code 44021")
                .contains("Issued by Parkeerbeheer Gent NV (company number 1234.567.894")
                .contains("Pay by 2 January 2027")
                .contains("Time 2 December 2026, 14:47")
                .contains("Number plate 1-ABC-123")
                .contains("Administratiekost €5.50")
                .contains("Amount due €40.50")
                .contains("Structured reference +++090/9337/55493+++")
                .contains("Page 1 of 1");
    }

    @ParameterizedTest
    @EnumSource(DocumentLanguage.class)
    void theQrCodeHoldsExactlyTheEpcPayload(DocumentLanguage language) {
        byte[] pdf = renderer.item(Samples.retribution(language));

        Pdfs.Qr qr = Pdfs.qr(pdf, 0).orElseThrow(() -> new AssertionError("no QR code on the page"));

        assertThat(qr.utf8())
                .isEqualTo(
                        "BCD\n002\n1\nSCT\nGKCCBEBB\nParkeerbeheer Gent – Retributies\nBE71096123456769\nEUR40.50\n\n"
                                + "090933755493");
        assertThat(qr.errorCorrection()).isEqualTo("M");
        assertThat(qr.symbology()).as("no ECI segment").isEqualTo("]Q1");
    }

    @Test
    void noQrCodeAndNoTransferWhenNothingIsDue() {
        byte[] pdf = renderer.item(Samples.paidPermit(DocumentLanguage.FR));
        Pdfs.save(pdf, 0, "item-permit-paid-fr");

        assertThat(Pdfs.qr(pdf, 0)).isEmpty();
        assertThat(squeezed(Pdfs.text(pdf)))
                .contains("Ville de Liège")
                .contains("Code INS 62063")
                .contains("CARTE DE STATIONNEMENT")
                .contains("Carte riverain zone Outremeuse — véhicule 2-XYZ-987")
                .contains("Validité du 1 janvier 2027 au 31 décembre 2027 inclus")
                .contains("Payé le 1 décembre 2026 −60,00 €")
                .contains("À payer 0,00 €")
                .contains("Vous n'avez rien à payer.")
                .doesNotContain("+++")
                .doesNotContain("IBAN")
                .doesNotContain("Émis par") // the municipality issues it itself
                .doesNotContain("À payer avant");
    }

    @Test
    void aGasFineWithoutLinesStillShowsWhatIsDue() {
        ItemDocument fine = Samples.with(
                Samples.retribution(DocumentLanguage.NL),
                List.of(),
                new BigDecimal("58.00"),
                Samples.retribution(DocumentLanguage.NL).transfer());

        String text = squeezed(Pdfs.text(renderer.item(fine)));

        assertThat(text).contains("Te betalen € 58,00").contains("Bedrag € 58,00");
    }

    @Test
    void embedsASubsetOfItsFontAndCarriesTitleAndLanguage() throws IOException {
        byte[] pdf = renderer.item(Samples.retribution(DocumentLanguage.FR));

        try (PDDocument document = Pdfs.load(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).as("a subset (tag + name)").matches("[A-Z]{6}\\+DejaVuSans.*");
            });
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Redevance RET-2026-004711");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Stad Gent");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-BE");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(841.8898f);
        }
        // A subset of two faces keeps the file small, although each TrueType file is 700 kB.
        assertThat(pdf.length).isLessThan(60_000);
    }

    @Test
    void lettersOutsideTheFontAreReplacedNotRefused() {
        ItemDocument item = Samples.retribution(DocumentLanguage.NL);
        ItemDocument odd = new ItemDocument(
                item.language(),
                item.municipality(),
                item.issuer(),
                item.kind(),
                "Parkeren 🚗 Kouter — Łódź, Ærø, Ştefan, Øresund",
                item.reference(),
                item.issuedOn(),
                null,
                null,
                item.lines(),
                item.evidence(),
                item.amountDue(),
                item.dueDate(),
                item.transfer());

        String text = Pdfs.text(renderer.item(odd));

        assertThat(text).contains("Parkeren ? Kouter — Łódź, Ærø, Ştefan, Øresund");
    }

    /** The extracted text with each run of white space as one space, so labels and values read as one line. */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
