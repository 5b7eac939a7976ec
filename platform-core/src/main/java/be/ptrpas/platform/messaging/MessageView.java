package be.ptrpas.platform.messaging;

import be.ptrpas.platform.outbox.OutboxMessage;
import java.time.Instant;

/** A queued or sent message as the API shows it (without its content: that may hold personal data). */
public record MessageView(
        String id,
        String channel,
        String dedupeKey,
        String status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        String pluginId,
        String providerRef,
        String deliveryStatus,
        Instant deliveredAt,
        Instant createdAt) {

    static MessageView of(OutboxMessage item) {
        return new MessageView(
                item.id(),
                item.slot(),
                item.dedupeKey(),
                item.status().name(),
                item.attempts(),
                item.nextAttemptAt(),
                item.lastError(),
                item.pluginId(),
                item.providerRef(),
                item.deliveryStatus(),
                item.deliveredAt(),
                item.createdAt());
    }
}
