package be.ptrpas.platform.common.problem;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Checks a request body's outline before JSON-B binds it. JSON-B alone would read {@code [{…},{…}]} as its first
 * object and ignore whatever follows a value: a list of two tariffs would silently become one.
 */
final class StrictJsonBody {

    private StrictJsonBody() {
    }

    /** Refuses an empty body, a non-object where an object is expected, and anything after the first JSON value. */
    static void check(byte[] body, boolean expectsObject) {
        if (body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw refusal("The request body is empty; send a JSON " + (expectsObject ? "object." : "value."));
        }
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            JsonParser.Event first = parser.next();
            if (expectsObject && first != JsonParser.Event.START_OBJECT) {
                throw refusal("The request body must be one JSON object, not " + describe(first) + ".");
            }
            // Walk to the end of the value by hand: Parsson's skipObject() never returns on a truncated body.
            int depth = first == JsonParser.Event.START_OBJECT || first == JsonParser.Event.START_ARRAY ? 1 : 0;
            while (depth > 0) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> {
                        // keys and scalar values inside the structure
                    }
                }
            }
            if (parser.hasNext()) {
                throw refusal("The request body has content after its JSON value; send exactly one value.");
            }
        } catch (JsonParsingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " (line " + location.getLineNumber() + ", column "
                    + location.getColumnNumber() + ")";
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON" + where + ".",
                    List.of(new FieldError("body", "is not valid JSON" + where)));
        } catch (jakarta.json.JsonException | java.util.NoSuchElementException e) {
            throw refusal("The request body is not valid JSON.");
        }
    }

    private static String describe(JsonParser.Event event) {
        return switch (event) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }

    private static ProblemException refusal(String detail) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, detail, List.of(new FieldError("body", detail)));
    }
}
