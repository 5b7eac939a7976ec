package be.ptrpas.spi;

/**
 * A failure of a plug-in call the platform should understand. {@linkplain #isRetryable() Retryable} failures
 * (vendor down, time-out, rate limit) are tried again later with back-off; the others (invalid recipient, refused
 * by the vendor for good) are not. Any other exception a plug-in throws counts as retryable.
 */
public class PluginException extends RuntimeException {

    private final boolean retryable;

    public PluginException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public PluginException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** The vendor could not be reached or answered "try later". */
    public static PluginException temporary(String message, Throwable cause) {
        return new PluginException(message, true, cause);
    }

    /** The vendor refused the request for good; retrying will not help. */
    public static PluginException permanent(String message) {
        return new PluginException(message, false);
    }

    public boolean isRetryable() {
        return retryable;
    }
}
