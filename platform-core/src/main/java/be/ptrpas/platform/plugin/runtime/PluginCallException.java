package be.ptrpas.platform.plugin.runtime;

/** A call into a plug-in failed; the platform decides from the kind whether to retry, refuse or report. */
public class PluginCallException extends RuntimeException {

    private final FailureKind kind;
    private final String pluginId;

    public PluginCallException(FailureKind kind, String pluginId, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.pluginId = pluginId;
    }

    public FailureKind kind() {
        return kind;
    }

    public String pluginId() {
        return pluginId;
    }

    public boolean retryable() {
        return kind.retryable();
    }

    /** Whether the vendor was called at all: a call held back by the breaker or a full bulkhead was not. */
    public boolean reachedPlugin() {
        return kind != FailureKind.CIRCUIT_OPEN && kind != FailureKind.BULKHEAD_FULL;
    }
}
