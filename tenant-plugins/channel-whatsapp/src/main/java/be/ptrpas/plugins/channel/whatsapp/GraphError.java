package be.ptrpas.plugins.channel.whatsapp;

import be.ptrpas.plugins.support.JsonInput;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;

/**
 * An error the Graph API answered, e.g.
 * {@code {"error":{"message":"...","type":"OAuthException","code":131026,"error_data":{"details":"..."}}}}.
 *
 * @param code    Meta's error code, 0 when the answer had none
 * @param message Meta's message and details, shortened, for operators
 */
record GraphError(int code, String message) {

    /** Throttling and Meta-side trouble: worth trying again later even when the HTTP status is 400. */
    private static final Set<Integer> TEMPORARY =
            Set.of(1, 2, 4, 17, 341, 80007, 130429, 131000, 131016, 131048, 131056, 133004);
    /** The recipient cannot get WhatsApp messages from us (not on WhatsApp, not an allowed test number, ...). */
    private static final Set<Integer> UNREACHABLE_RECIPIENT = Set.of(131026, 131030, 131021);

    private static final int MAX = 300;

    static GraphError from(byte[] body) {
        try {
            JsonObject root = JsonInput.asObject(JsonInput.parse(body), "the answer");
            JsonObject error = JsonInput.asObject(root.get("error"), "error");
            int code = JsonInput.text(error, "code")
                    .filter(c -> c.matches("\\d{1,9}"))
                    .map(Integer::parseInt)
                    .orElse(0);
            String message = JsonInput.text(error, "message").orElse("");
            Optional<String> details =
                    error.get("error_data") instanceof JsonObject data && data.get("details") instanceof JsonString text
                            ? Optional.of(text.getString())
                            : Optional.empty();
            return new GraphError(
                    code, shorten(details.map(d -> message + " (" + d + ")").orElse(message)));
        } catch (JsonException e) {
            return new GraphError(0, "");
        }
    }

    boolean isTemporary() {
        return TEMPORARY.contains(code);
    }

    boolean isUnreachableRecipient() {
        return UNREACHABLE_RECIPIENT.contains(code);
    }

    String describe() {
        return (code == 0 ? "" : " error " + code) + (message.isEmpty() ? "" : ": " + message);
    }

    private static String shorten(String text) {
        String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() > MAX ? line.substring(0, MAX) + "..." : line;
    }
}
