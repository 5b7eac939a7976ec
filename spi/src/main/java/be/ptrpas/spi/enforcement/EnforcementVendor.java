package be.ptrpas.spi.enforcement;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.Provider;
import be.ptrpas.spi.RejectedRequestException;
import java.util.List;

/** One municipality's connection to a scan-car or handheld vendor. */
public interface EnforcementVendor extends Provider {

    /**
     * Verifies (signature) and reads an uploaded batch in the vendor's format.
     *
     * @throws RejectedRequestException when the upload is not genuine or not readable; say which line or field
     */
    ObservationBatch parseBatch(InboundRequest request) throws RejectedRequestException;

    /** Whether {@link #pushDecisions} does anything. */
    default boolean acceptsDecisions() {
        return false;
    }

    /** Sends decisions back to the vendor; called from the outbox worker, with retries. */
    default void pushDecisions(List<Decision> decisions) {}
}
