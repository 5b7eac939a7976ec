package be.ptrpas.platform.callback;

import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.PageResponse;
import java.util.Optional;

/**
 * What one kind of slot does with callbacks: check them when they arrive (signature, shape) and act on them later,
 * from the stored copy. {@link #process} must be idempotent: the same callback may be processed many times.
 */
public interface CallbackHandler {

    boolean handles(PluginSlot slot);

    /**
     * Verifies a callback through the municipality's plug-in and returns the plug-in's id.
     *
     * @throws be.ptrpas.platform.plugin.runtime.PluginCallException REFUSED when it is not genuine
     */
    String verify(PluginSlot slot, InboundRequest request);

    /**
     * Whether {@link #verify} already did all there is to do (e.g. stored a scan batch's observations): then the stored
     * callback is only the record of what the vendor sent, stored as processed, and never loaded again.
     */
    default boolean handledOnArrival() {
        return false;
    }

    /** Acts on a stored callback; throws to be retried later. Runs for the municipality, outside a transaction. */
    void process(PluginSlot slot, InboundRequest request);

    /** Answers a vendor's subscription check (a GET), when the plug-in knows one. */
    default Optional<PageResponse> answerVerification(PluginSlot slot, InboundRequest request) {
        return Optional.empty();
    }
}
