package be.ptrpas.platform.queue;

/**
 * How an attempt failed, as the queue needs to know it: {@code permanent} failures (a refusal for good) are given up
 * at once; the others are retried with back-off, and count against the attempts only when the work was really
 * {@code tried} (a call held back by a circuit breaker or a full bulkhead never reached the vendor).
 */
public record WorkFailure(String message, boolean permanent, boolean tried) {

    public static WorkFailure retry(String message) {
        return new WorkFailure(message, false, true);
    }

    public static WorkFailure permanent(String message) {
        return new WorkFailure(message, true, true);
    }
}
