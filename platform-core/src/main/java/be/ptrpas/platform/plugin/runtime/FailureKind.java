package be.ptrpas.platform.plugin.runtime;

/** Why a call into a plug-in did not give an answer. */
public enum FailureKind {
    /** The plug-in did not answer within its time budget. */
    TIMEOUT(true),
    /** The plug-in failed in a way worth retrying (vendor down, 5xx, rate limit, unexpected exception). */
    ERROR(true),
    /** The vendor refused for good (invalid recipient, unknown payment, bad key). */
    REFUSED(false),
    /** Too many calls of this municipality to this plug-in were already running. */
    BULKHEAD_FULL(true),
    /** The plug-in failed too often recently; calls are held back for a while. */
    CIRCUIT_OPEN(true),
    /** The plug-in could not even be created from the settings. */
    MISCONFIGURED(false);

    private final boolean retryable;

    FailureKind(boolean retryable) {
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }

    /** Whether the failure says something about the plug-in's health (and so counts for the circuit breaker). */
    boolean countsAgainstHealth() {
        return this == TIMEOUT || this == ERROR;
    }
}
