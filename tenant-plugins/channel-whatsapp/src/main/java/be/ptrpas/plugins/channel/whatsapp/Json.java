package be.ptrpas.plugins.channel.whatsapp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Just enough JSON for a webhook and a REST call, on Jackson's streaming parser (no data binding, so nothing is
 * instantiated by reflection). A parsed document is a tree of {@code Map<String, Object>}, {@code List<Object>},
 * {@code String} (numbers keep their literal text), {@code Boolean} and {@code null}.
 */
final class Json {

    /** Limits that keep a hostile body from costing more than a few milliseconds. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(32)
                    .maxNumberLength(64)
                    .maxStringLength(256 * 1024)
                    .maxDocumentLength(1024 * 1024)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /** A document that is not the JSON we expect. The message says what is wrong, never echoing the input. */
    static final class MalformedJsonException extends Exception {
        MalformedJsonException(String message) {
            super(message);
        }

        MalformedJsonException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static Object parse(byte[] document) throws MalformedJsonException {
        try (JsonParser parser = FACTORY.createParser(document)) {
            if (parser.nextToken() == null) {
                throw new MalformedJsonException("the body is empty");
            }
            Object value = read(parser);
            if (parser.nextToken() != null) {
                throw new MalformedJsonException("there is more after the JSON value");
            }
            return value;
        } catch (IOException e) {
            // Jackson's message quotes the input; keep only the location.
            throw new MalformedJsonException("the body is not valid JSON", e);
        }
    }

    private static Object read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, read(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser));
                }
                return array;
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IOException("unexpected JSON token " + token);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String what) throws MalformedJsonException {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new MalformedJsonException(what + " must be a JSON object");
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object value, String what) throws MalformedJsonException {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new MalformedJsonException(what + " must be a JSON array");
    }

    /** A string (or number) member, empty when absent, null or blank. */
    static Optional<String> text(Map<String, Object> object, String name) throws MalformedJsonException {
        Object value = object.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        }
        throw new MalformedJsonException("'" + name + "' must be a string");
    }

    static String requiredText(Map<String, Object> object, String name, String what) throws MalformedJsonException {
        return text(object, name).orElseThrow(() -> new MalformedJsonException(what + " has no '" + name + "'"));
    }

    /** Writes a JSON document with Jackson's generator, which escapes every string correctly. */
    static byte[] write(JsonWriting writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            writing.writeTo(generator);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    interface JsonWriting {
        void writeTo(JsonGenerator generator) throws IOException;
    }
}
