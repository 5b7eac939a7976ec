package be.ptrpas.platform.document;

import static be.ptrpas.platform.document.PageFlow.ACCENT;
import static be.ptrpas.platform.document.PageFlow.LEFT;
import static be.ptrpas.platform.document.PageFlow.MUTED;
import static be.ptrpas.platform.document.PageFlow.RIGHT;
import static be.ptrpas.platform.document.PageFlow.TEXT;
import static be.ptrpas.platform.document.PageFlow.WIDTH;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/** What every document starts with: the municipality, the kind of document and its reference; and its metadata. */
final class Letterhead {

    private static final float NAME_SIZE = 16;
    private static final float KIND_SIZE = 11;

    private Letterhead() {}

    /**
     * The municipality's name and NIS code on the left, the kind and reference on the right, a rule below, and the
     * issuer's sentence when an operator issues in the municipality's name.
     */
    static void draw(
            PageFlow flow,
            DocumentTexts texts,
            Municipality municipality,
            Issuer issuer,
            String kind,
            String reference) {
        float top = flow.y();
        float leftWidth = WIDTH * 0.56f;
        float rightX = LEFT + WIDTH * 0.60f;
        float rightWidth = RIGHT - rightX;

        float leftY = top;
        for (String line : PageFlow.wrap(municipality.name(), flow.fonts.bold, NAME_SIZE, leftWidth)) {
            flow.show(line, flow.fonts.bold, NAME_SIZE, TEXT, LEFT, leftY - NAME_SIZE);
            leftY -= NAME_SIZE * 1.25f;
        }
        flow.show(
                DocumentFonts.printable(texts.get("municipality.nis", municipality.nisCode())),
                flow.fonts.regular,
                9,
                MUTED,
                LEFT,
                leftY - 11);
        leftY -= 15;

        float rightY = top;
        for (String line : PageFlow.wrap(kind.toUpperCase(texts.locale()), flow.fonts.bold, KIND_SIZE, rightWidth)) {
            flow.showRight(line, flow.fonts.bold, KIND_SIZE, ACCENT, RIGHT, rightY - KIND_SIZE - 3);
            rightY -= KIND_SIZE * 1.3f;
        }
        for (String line : PageFlow.wrap(reference, flow.fonts.regular, 9, rightWidth)) {
            flow.showRight(line, flow.fonts.regular, 9, MUTED, RIGHT, rightY - 12);
            rightY -= 12;
        }
        flow.moveTo(Math.min(leftY, rightY - 6) - 6);
        flow.rule(LEFT, RIGHT, ACCENT);
        flow.gap(10);
        if (issuer != null) {
            String who = issuer.companyNumber() == null
                    ? issuer.name()
                    : issuer.name() + " ("
                            + texts.get(
                                    "issuer.companyNumber",
                                    issuer.companyNumber().formatted()) + ")";
            flow.paragraph(
                    texts.get("issuer.operator", who, municipality.name()),
                    flow.fonts.regular,
                    9,
                    MUTED,
                    LEFT,
                    WIDTH,
                    12);
            flow.gap(6);
        }
    }

    /**
     * Title, author, subject and language in the PDF, the title shown in the viewer's window, and what PDF/A asks for
     * ({@link PdfA}). No creation date: the same input gives the same document.
     */
    static void metadata(
            PDDocument document, DocumentLanguage language, String title, Municipality municipality, String subject) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(municipality.name());
        info.setSubject(subject);
        info.setCreator("PTR-pas");
        info.setProducer("PTR-pas (Apache PDFBox)");
        document.getDocumentCatalog().setLanguage(language.tag());
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
        PdfA.apply(document, language);
    }

    static String footer(Municipality municipality, String kind, String reference, DocumentTexts texts) {
        return municipality.name() + " · " + texts.get("municipality.nis", municipality.nisCode()) + " · " + kind + " "
                + reference;
    }
}
