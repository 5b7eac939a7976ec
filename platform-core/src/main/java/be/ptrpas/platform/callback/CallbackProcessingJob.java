package be.ptrpas.platform.callback;

import be.ptrpas.platform.persistence.WorkProbe;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.PluginCallException;
import be.ptrpas.platform.queue.QueueWorker;
import be.ptrpas.platform.queue.WorkFailure;
import be.ptrpas.platform.queue.WorkQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Processes stored callbacks of a municipality in the order they arrived, each claimed with a lease so that two
 * instances never process one at once ({@link QueueWorker}). Processing is idempotent anyway, so a callback processed
 * twice (a replay, a lease that ran out) changes state once; a failure is retried with back-off and, after too many
 * attempts, left FAILED for the admin to see.
 */
@ApplicationScoped
public class CallbackProcessingJob extends QueueWorker<InboundEvent> {

    static final WorkQueue<InboundEvent> QUEUE =
            new WorkQueue<>(InboundEvent.class, InboundEvent.Status.RECEIVED, "receivedAt", WorkProbe.CALLBACKS);

    @Inject
    CallbackService callbacks;

    @Override
    protected WorkQueue<InboundEvent> queue() {
        return QUEUE;
    }

    @Override
    protected Consumer<InboundEvent> work(InboundEvent event) {
        PluginSlot slot = PluginSlot.fromPath(event.slot())
                .orElseThrow(() -> new IllegalStateException("unknown slot " + event.slot()));
        callbacks.handler(slot).process(slot, StoredRequests.restore(event));
        Instant at = clock().instant();
        return done -> done.processedAt(at);
    }

    /**
     * Delivered again while it was processed: not marked processed but released, so it is processed once more (which
     * changes nothing that was already applied).
     */
    @Override
    protected boolean stillCurrent(InboundEvent claimed, InboundEvent now) {
        return now.deliveries() == claimed.deliveries();
    }

    @Override
    protected WorkFailure failure(RuntimeException e) {
        if (e instanceof PluginCallException call) {
            // Held back by the breaker or the bulkhead, the vendor was not even tried: that attempt does not count.
            return new WorkFailure(call.kind() + ": " + call.getMessage(), !call.retryable(), call.reachedPlugin());
        }
        return super.failure(e);
    }
}
