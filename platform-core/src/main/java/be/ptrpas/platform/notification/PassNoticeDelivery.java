package be.ptrpas.platform.notification;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.outbox.OutboxDelivery;
import be.ptrpas.platform.outbox.OutboxKind;
import be.ptrpas.platform.outbox.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Delivers a {@link PassNotice} from the outbox by addressing it ({@link PassNoticeDispatcher}): the messages and the
 * portal notice it queues are delivered in turn by the channel and portal plug-ins. A failure (the person register
 * down while a letter looks for a domicile, the database) leaves the notice pending, retried like any outbox item.
 */
@ApplicationScoped
public class PassNoticeDelivery implements OutboxDelivery {

    @Inject
    PassNoticeDispatcher dispatcher;

    @Override
    public OutboxKind kind() {
        return OutboxKind.PASS_NOTICE;
    }

    @Override
    public Delivered deliver(OutboxMessage item) {
        String channels = dispatcher.dispatch(item.id(), Json.read(item.payload(), PassNotice.class));
        // What it went on stands where a channel's reference would (the status column is short).
        return new Delivered("platform", channels, "ROUTED");
    }
}
