package be.ptrpas.platform.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes a document PDF/A-1b (ISO 19005-1, level B): the form archives keep, and the strictest of the family. The rest
 * of that standard is kept by how documents are drawn: every font embedded (with its CIDSet, which PDFBox writes when
 * it cuts a subset), only opaque RGB colours, no transparency, no encryption. Here: the XMP metadata that repeats the
 * document information (title, author, subject, producer, creator tool; no dates, so nothing to keep in step) and
 * declares the conformance, and the sRGB output intent, with the JDK's own sRGB profile.
 */
final class PdfA {

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA() {}

    static void apply(PDDocument document, DocumentLanguage language) {
        PDDocumentInformation info = document.getDocumentInformation();
        String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
                + "<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:format>application/pdf</dc:format>"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(info.getTitle())
                + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:creator><rdf:Seq><rdf:li>" + xml(info.getAuthor()) + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(info.getSubject())
                + "</rdf:li></rdf:Alt></dc:description>"
                + "<dc:language><rdf:Bag><rdf:li>" + language.tag() + "</rdf:li></rdf:Bag></dc:language>"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
                + "<pdf:Producer>" + xml(info.getProducer()) + "</pdf:Producer></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<xmp:CreatorTool>" + xml(info.getCreator()) + "</xmp:CreatorTool></rdf:Description>\n"
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        try {
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(metadata);

            PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            document.getDocumentCatalog().addOutputIntent(intent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xml(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
