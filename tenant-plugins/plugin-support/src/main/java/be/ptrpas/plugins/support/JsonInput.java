package be.ptrpas.plugins.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what vendors send (webhooks, API answers, uploads) with JSON-P, the JSON API the platform provides
 * (Parsson in Payara; plug-ins compile against {@code jakarta.json-api} in scope {@code provided}). On top of the
 * parser it is strict where vendor input needs it: one value and nothing after it, a size limit, UTF-8 only, and no
 * member name twice in an object (two readers could pick different copies; Parsson refuses them), at most
 * {@value #MAX_DEPTH} levels deep. Everything malformed
 * ends in a {@link JsonException} ({@link JsonParsingException} with the place where reading stopped).
 *
 * <p>The member helpers read the shapes vendors really send: {@link #text} takes an id or a time whether it is quoted
 * or not, and a member of the wrong type is a {@link JsonException}, not a {@link ClassCastException}.
 */
public final class JsonInput {

    /** The largest body {@link #parse(byte[])} accepts, in bytes. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    /** The deepest nesting of objects and arrays accepted; vendors' documents stay below 10. */
    public static final int MAX_DEPTH = 64;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of(
            JsonConfig.KEY_STRATEGY,
            JsonConfig.KeyStrategy.NONE,
            // Parsson's own switches, for values read through a parser (KEY_STRATEGY covers its readers).
            "org.eclipse.parsson.rejectDuplicateKeys",
            true,
            "org.eclipse.parsson.maxDepth",
            MAX_DEPTH + 1)); // Parsson refuses the depth it is given

    private JsonInput() {}

    /** Reads a body that must be one JSON value in UTF-8 of at most {@link #MAX_BODY_BYTES} bytes. */
    public static JsonValue parse(byte[] utf8) {
        return parse(utf8, MAX_BODY_BYTES);
    }

    /** Reads a body that must be one JSON value in UTF-8 of at most {@code maxBytes} bytes; a leading BOM is skipped. */
    public static JsonValue parse(byte[] utf8, int maxBytes) {
        byte[] bytes = utf8 == null ? new byte[0] : utf8;
        if (bytes.length > maxBytes) {
            throw new JsonException("the JSON is longer than " + maxBytes + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new JsonException("the JSON is not UTF-8");
        }
        return parse(text.startsWith("\uFEFF") ? text.substring(1) : text, Integer.MAX_VALUE);
    }

    /** Reads a text that must hold exactly one JSON value, of at most {@code maxChars} characters. */
    public static JsonValue parse(String text, int maxChars) {
        if (text == null || text.isBlank()) {
            throw new JsonException("the JSON is empty");
        }
        if (text.length() > maxChars) {
            throw new JsonException("the JSON is longer than " + maxChars + " characters");
        }
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonParsingException("unexpected content after the JSON value", parser.getLocation());
            }
            return value;
        } catch (JsonException e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson refuses a repeated name with IllegalStateException and too deep nesting with a bare
            // RuntimeException; callers handle malformed input as JsonException only.
            throw new JsonException(e.getMessage(), e);
        }
    }

    /** Reads a body that must be one JSON object; see {@link #parse(byte[])}. */
    public static JsonObject parseObject(byte[] utf8) {
        return asObject(parse(utf8), "the JSON");
    }

    /** A string member, empty when absent or null; a member of another type is an error. */
    public static Optional<String> string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        throw new JsonException("'" + name + "' must be a string");
    }

    /** A string member that must be present and not null. */
    public static String requiredString(JsonObject object, String name) {
        return string(object, name).orElseThrow(() -> new JsonException("'" + name + "' is missing"));
    }

    /**
     * A string or number member as text (a number as JSON-P writes it, {@code 131026}, {@code 12.50},
     * {@code 1.5E+3}), empty when absent, null or blank; a member of another type is an error. For vendors that send
     * ids and times sometimes quoted, sometimes not.
     */
    public static Optional<String> text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString string) {
            return string.getString().isBlank() ? Optional.empty() : Optional.of(string.getString());
        }
        if (value instanceof JsonNumber number) {
            return Optional.of(number.toString());
        }
        throw new JsonException("'" + name + "' must be a string");
    }

    /** Like {@link #text}, but the member must be there; {@code what} names the object in the message. */
    public static String requiredText(JsonObject object, String name, String what) {
        return text(object, name).orElseThrow(() -> new JsonException(what + " has no '" + name + "'"));
    }

    /** An object member, empty when absent or null; a member of another type is an error. */
    public static Optional<JsonObject> object(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value == null || value == JsonValue.NULL
                ? Optional.empty()
                : Optional.of(asObject(value, "'" + name + "'"));
    }

    /** A value that must be an object; {@code what} names it in the message. */
    public static JsonObject asObject(JsonValue value, String what) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new JsonException(what + " must be a JSON object");
    }

    /** A value that must be an array; {@code what} names it in the message. */
    public static JsonArray asArray(JsonValue value, String what) {
        if (value instanceof JsonArray array) {
            return array;
        }
        throw new JsonException(what + " must be a JSON array");
    }
}
