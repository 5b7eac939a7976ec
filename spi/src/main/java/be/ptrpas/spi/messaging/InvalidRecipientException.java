package be.ptrpas.spi.messaging;

import be.ptrpas.spi.PluginException;

/** The recipient cannot be reached through this channel (no or malformed address or number). Never retried. */
public class InvalidRecipientException extends PluginException {

    public InvalidRecipientException(String message) {
        super(message, false);
    }
}
