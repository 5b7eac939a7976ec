package be.ptrpas.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.belgian.StructuredReference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A measurement, printed and not asserted: the time and size to render 1,000 item PDFs (each with its own OGM, so its
 * own QR code) on one thread. What is asserted is that each result is a whole PDF.
 */
class RenderingMeasurementTest {

    private static final int COUNT = 1_000;

    @Test
    void rendersAThousandItemPdfs() {
        DocumentRenderer renderer = new DocumentRenderer();
        ItemDocument base = Samples.retribution(DocumentLanguage.NL);
        for (int i = 0; i < 20; i++) {
            renderer.item(base); // warm-up: class loading and the JIT, not part of the figure
        }

        long[] sizes = new long[COUNT];
        long start = System.nanoTime();
        for (int i = 0; i < COUNT; i++) {
            Transfer transfer = new Transfer(
                    base.transfer().beneficiaryName(),
                    base.transfer().iban(),
                    base.transfer().bic(),
                    StructuredReference.of(1_000_000L + i));
            byte[] pdf = renderer.item(Samples.with(base, base.lines(), base.amountDue(), transfer));
            sizes[i] = pdf.length;
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(new String(pdf, pdf.length - 6, 6, StandardCharsets.ISO_8859_1))
                    .contains("%%EOF");
        }
        long elapsed = System.nanoTime() - start;

        long total = Arrays.stream(sizes).sum();
        System.out.printf(
                "documents: %,d item PDFs in %,d ms (%.2f ms each, %.0f a second, one thread); %,d bytes in all, "
                        + "%,d bytes each on average (min %,d, max %,d)%n",
                COUNT,
                elapsed / 1_000_000,
                elapsed / 1e6 / COUNT,
                COUNT / (elapsed / 1e9),
                total,
                total / COUNT,
                Arrays.stream(sizes).min().orElse(0),
                Arrays.stream(sizes).max().orElse(0));
        assertThat(BigDecimal.valueOf(total)).isPositive();
    }
}
