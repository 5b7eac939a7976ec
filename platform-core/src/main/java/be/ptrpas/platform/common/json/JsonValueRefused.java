package be.ptrpas.platform.common.json;

import jakarta.json.bind.JsonbException;

/**
 * A JSON value of the wrong kind or out of range for its field, refused by one of the platform's deserializers. Its
 * message is written for a client developer; the field's path is added where the body is read.
 */
public class JsonValueRefused extends JsonbException {

    private final boolean outOfRange;

    JsonValueRefused(String message, boolean outOfRange) {
        super(message);
        this.outOfRange = outOfRange;
    }

    static JsonValueRefused wrongKind(String message) {
        return new JsonValueRefused(message, false);
    }

    static JsonValueRefused outOfRange(String message) {
        return new JsonValueRefused(message, true);
    }

    /** Well-formed JSON of the right kind whose value breaks a range rule: a validation problem, not a malformed one. */
    public boolean outOfRange() {
        return outOfRange;
    }
}
