package be.ptrpas.spi;

/**
 * Thrown when an inbound request is not genuine or not readable: bad signature, unknown sender, malformed body.
 * The platform answers the sender with an error and stores nothing. The message is shown to operators, so it
 * must say what is wrong without echoing secrets.
 */
public class RejectedRequestException extends Exception {

    public RejectedRequestException(String message) {
        super(message);
    }

    public RejectedRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
