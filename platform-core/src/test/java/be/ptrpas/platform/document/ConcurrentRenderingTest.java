package be.ptrpas.platform.document;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.belgian.StructuredReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Documents rendered at the same time on several threads share the pool of parsed fonts without mixing anything. */
class ConcurrentRenderingTest {

    @Test
    void eachDocumentKeepsItsOwnContentWhenRenderedInParallel() throws Exception {
        DocumentRenderer renderer = new DocumentRenderer();
        ItemDocument base = Samples.retribution(DocumentLanguage.NL);
        int threads = DocumentFonts.POOL_SIZE + 2; // more than the pool holds: some parse their own fonts
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            List<StructuredReference> references = new ArrayList<>();
            for (int i = 0; i < threads * 5; i++) {
                StructuredReference reference = StructuredReference.of(5_000_000L + i);
                references.add(reference);
                Transfer transfer = new Transfer(
                        base.transfer().beneficiaryName(), base.transfer().iban(), null, reference);
                ItemDocument item = Samples.with(base, base.lines(), base.amountDue(), transfer);
                results.add(pool.submit(() -> Pdfs.text(renderer.item(item))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get())
                        .contains(references.get(i).formatted())
                        .contains("Parkeerbeheer Gent – Retributies");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
