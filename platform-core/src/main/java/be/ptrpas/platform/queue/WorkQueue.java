package be.ptrpas.platform.queue;

/**
 * Names one queue table for the shared claim queries: its entity, the value of its {@code status} field that means
 * "pending", and the field that orders due rows (oldest first).
 */
public record WorkQueue<T extends QueuedWork>(Class<T> type, Enum<?> pending, String orderBy) {

    String entity() {
        return type.getSimpleName();
    }
}
