package be.ptrpas.spi.dossier;

import be.ptrpas.spi.Provider;
import java.util.List;

/**
 * One municipality's other back-office system, read for the citizen's PTR-pas: the dossier items it holds for a
 * person or a company.
 *
 * <p>What the platform expects:
 * <ul>
 *   <li>an unknown person or company gives an empty list, never {@code null} and never an exception;</li>
 *   <li>each item's {@link DossierItem#externalId() externalId} is unique in the answer and stable over time (the
 *       platform and the citizen recognise an item by it);</li>
 *   <li>the answer comes fast: the platform waits a few seconds at most (the citizen is looking at a page) and
 *       shows "this municipality's items could not be read" after that; the test kit's contract allows
 *       {@link #EXPECTED_ANSWER_MILLIS};</li>
 *   <li>the source being down gives a retryable {@link be.ptrpas.spi.PluginException} (the platform's circuit
 *       breaker pauses a source that keeps failing).</li>
 * </ul>
 * Called from several threads at once.
 *
 * @since SPI 1.2
 */
public interface DossierSourceProvider extends Provider {

    /** The time within which an answer is expected; the test kit's contract holds a plug-in to it. */
    long EXPECTED_ANSWER_MILLIS = 2_000;

    /**
     * The dossier items this system holds for the holder, in any order.
     *
     * @param holder the person (national number) or company (company number) asked about; never null
     * @return the items, possibly empty; never null
     */
    List<DossierItem> items(DossierHolder holder);
}
