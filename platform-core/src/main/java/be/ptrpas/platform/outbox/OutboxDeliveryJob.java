package be.ptrpas.platform.outbox;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.persistence.WorkProbe;
import be.ptrpas.platform.plugin.runtime.FailureKind;
import be.ptrpas.platform.plugin.runtime.PluginCallException;
import be.ptrpas.platform.queue.QueueWorker;
import be.ptrpas.platform.queue.WorkFailure;
import be.ptrpas.platform.queue.WorkQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Delivers a municipality's due outbox items through their plug-ins, with the item's id as the message id. At least
 * once ({@link QueueWorker}): a crash between the vendor's answer and the mark sends the item again with the same id,
 * which vendors use to drop the repeat. A refusal for good (or too many attempts) makes it dead, visible to the admin,
 * who can send it again.
 */
@ApplicationScoped
public class OutboxDeliveryJob extends QueueWorker<OutboxMessage> {

    static final WorkQueue<OutboxMessage> QUEUE =
            new WorkQueue<>(OutboxMessage.class, OutboxStatus.PENDING, "nextAttemptAt", WorkProbe.OUTBOX);

    @Inject
    Instance<OutboxDelivery> deliveries;

    /** No delivery is installed for the item's kind: trying again will not help. */
    private static final class NoDelivery extends RuntimeException {
        NoDelivery(OutboxKind kind) {
            super("no delivery for " + kind);
        }
    }

    @Override
    protected WorkQueue<OutboxMessage> queue() {
        return QUEUE;
    }

    @Override
    protected Consumer<OutboxMessage> work(OutboxMessage item) {
        OutboxDelivery delivery = deliveries.stream()
                .filter(d -> d.kind() == item.kind())
                .findFirst()
                .orElseThrow(() -> new NoDelivery(item.kind()));
        OutboxDelivery.Delivered done = delivery.deliver(item);
        Instant at = clock().instant();
        return sent -> sent.delivered(done.pluginId(), done.providerRef(), done.deliveryStatus(), at);
    }

    @Override
    protected WorkFailure failure(RuntimeException e) {
        if (e instanceof NoDelivery) {
            return WorkFailure.permanent(e.getMessage());
        }
        if (e instanceof PluginCallException call) {
            // Held back by the breaker or the bulkhead, the vendor was not even tried: that attempt does not count.
            return new WorkFailure(call.kind() + ": " + call.getMessage(), !call.retryable(), call.reachedPlugin());
        }
        if (e instanceof ProblemException) {
            // e.g. no plug-in configured yet: the admin may still set one up, so keep trying
            return WorkFailure.retry(FailureKind.ERROR + ": " + e.getMessage());
        }
        return WorkFailure.retry(FailureKind.ERROR + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
