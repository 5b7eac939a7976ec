package be.ptrpas.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of document passes PDFBox's PDF/A-1b validator (Preflight). */
class PdfATest {

    private final DocumentRenderer renderer = new DocumentRenderer();

    @TempDir
    Path directory;

    @Test
    void anItemWithATransferSlipIsPdfA1b() throws IOException {
        assertValid(renderer.item(Samples.retribution(DocumentLanguage.NL)), "item");
    }

    @Test
    void anItemWithNothingDueIsPdfA1b() throws IOException {
        assertValid(renderer.item(Samples.paidPermit(DocumentLanguage.FR)), "permit");
    }

    @Test
    void aReceiptIsPdfA1b() throws IOException {
        assertValid(renderer.receipt(Samples.receipt(DocumentLanguage.EN)), "receipt");
    }

    private void assertValid(byte[] pdf, String name) throws IOException {
        Path file = directory.resolve(name + ".pdf");
        Files.write(file, pdf);
        ValidationResult result = PreflightParser.validate(file.toFile());
        String errors = result.getErrorsList().stream()
                .map(error -> error.getErrorCode() + " " + error.getDetails())
                .collect(Collectors.joining("\n"));
        assertThat(result.isValid()).as(errors).isTrue();
    }
}
