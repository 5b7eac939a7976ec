package be.ptrpas.platform.queue;

import be.ptrpas.platform.persistence.WorkProbe;

/**
 * Names one queue table for the shared claim queries: its entity, the value of its {@code status} field that means
 * "pending", the field that orders due rows (oldest first), and the sweep's question which municipalities have due
 * rows in it (the same rule as {@link Leases}'s, across municipalities).
 */
public record WorkQueue<T extends QueuedWork>(Class<T> type, Enum<?> pending, String orderBy, WorkProbe dueIn) {

    String entity() {
        return type.getSimpleName();
    }
}
