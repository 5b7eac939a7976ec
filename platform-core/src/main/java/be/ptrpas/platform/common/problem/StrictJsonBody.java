package be.ptrpas.platform.common.problem;

import be.ptrpas.platform.common.text.TextRules;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Checks a request body's outline before JSON-B binds it. JSON-B alone would read {@code [{…},{…}]} as its first
 * object and ignore whatever follows a value: a list of two tariffs would silently become one.
 */
final class StrictJsonBody {

    private StrictJsonBody() {}

    /**
     * Deeper than any request of the platform needs (a zone's MultiPolygon is 4 levels inside its object). Parsson's
     * own limit of 1,000 throws a plain RuntimeException, and Yasson recurses once per level: far below both.
     */
    static final int MAX_DEPTH = 64;

    /**
     * Refuses an empty body, a non-object where an object is expected, anything after the first JSON value, nesting
     * deeper than {@link #MAX_DEPTH}, a member name used twice in one object (JSON-B would silently keep the last),
     * and text with NUL, other control characters or lone surrogates (PostgreSQL refuses NUL; the others corrupt
     * letters, CSV exports and logs). Tab, line feed and carriage return stay allowed: notes and reasons are
     * multi-line text. Offending values are named by their JSON path.
     */
    static void check(byte[] body, boolean expectsObject) {
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw refusal("The request body is empty; send a JSON " + (expectsObject ? "object." : "value."));
        }
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            JsonParser.Event first = parser.next();
            if (expectsObject && first != JsonParser.Event.START_OBJECT) {
                throw refusal("The request body must be one JSON object, not " + describe(first) + ".");
            }
            if (first == JsonParser.Event.VALUE_STRING) {
                checkText("body", parser.getString());
            }
            // Walk to the end of the value by hand: Parsson's skipObject() never returns on a truncated body.
            JsonPath path = new JsonPath();
            if (first == JsonParser.Event.START_OBJECT || first == JsonParser.Event.START_ARRAY) {
                path.enter(first == JsonParser.Event.START_OBJECT);
            }
            while (path.depth() > 0) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        path.value();
                        if (path.depth() >= MAX_DEPTH) {
                            throw field(path.toString(), "is nested deeper than " + MAX_DEPTH + " levels");
                        }
                        path.enter(event == JsonParser.Event.START_OBJECT);
                    }
                    case END_OBJECT, END_ARRAY -> path.leave();
                    case KEY_NAME -> {
                        boolean firstTime = path.key(parser.getString());
                        checkText(path.toString(), parser.getString());
                        if (!firstTime) {
                            throw field(path.toString(), "appears twice in the same object; send each field once");
                        }
                    }
                    case VALUE_STRING -> {
                        path.value();
                        checkText(path.toString(), parser.getString());
                    }
                    default -> path.value();
                }
            }
            if (parser.hasNext()) {
                throw refusal("The request body has content after its JSON value; send exactly one value.");
            }
        } catch (JsonParsingException e) {
            var location = e.getLocation();
            String where = location == null
                    ? ""
                    : " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST,
                    "The request body is not valid JSON" + where + ".",
                    List.of(new FieldError("body", "is not valid JSON" + where)));
        } catch (JsonException | NoSuchElementException e) {
            throw refusal("The request body is not valid JSON.");
        }
    }

    /** Refuses NUL, control characters other than tab, line feed and carriage return, and unpaired surrogates. */
    static void checkText(String field, String text) {
        String flaw = TextRules.flaw(text);
        if (flaw != null) {
            throw field(field.isEmpty() ? "body" : field, flaw);
        }
    }

    private static ProblemException field(String field, String message) {
        String name = field.isEmpty() ? "body" : field;
        return new ProblemException(
                ProblemType.MALFORMED_REQUEST,
                "Field '" + name + "' " + message + ".",
                List.of(new FieldError(name, message)));
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
