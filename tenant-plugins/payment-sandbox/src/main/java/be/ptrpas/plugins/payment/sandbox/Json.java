package be.ptrpas.plugins.payment.sandbox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, strict JSON reader and writer. The platform bundles no JSON library for plug-ins, and the sandbox only
 * needs objects, arrays, strings, numbers, booleans and null. The reader walks the text once, never backtracks and
 * limits size and nesting, so hostile input ends in a {@link MalformedJsonException}, never in a hang.
 *
 * <p>Values: objects become {@code Map<String, Object>} (insertion-ordered), arrays {@code List<Object>}, numbers
 * {@link BigDecimal}, JSON null becomes {@link #NULL}.
 */
final class Json {

    /** JSON's null, so that a map can tell "null" from "absent". */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    static final int MAX_LENGTH = 256 * 1024;
    private static final int MAX_DEPTH = 32;

    private final String text;
    private int position;

    private Json(String text) {
        this.text = text;
    }

    /** Reads a text that must hold exactly one JSON object. */
    static Map<String, Object> parseObject(String text) throws MalformedJsonException {
        if (text == null || text.isEmpty()) {
            throw new MalformedJsonException("empty JSON");
        }
        if (text.length() > MAX_LENGTH) {
            throw new MalformedJsonException("JSON longer than " + MAX_LENGTH + " characters");
        }
        Json reader = new Json(text);
        reader.skipWhitespace();
        if (reader.peek() != '{') {
            throw new MalformedJsonException("JSON must be an object");
        }
        Object value = reader.readValue(0);
        reader.skipWhitespace();
        if (reader.position != text.length()) {
            throw reader.error("unexpected text after the JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) value;
        return object;
    }

    /** A string member, empty when absent or null; a member of another type is an error. */
    static Optional<String> string(Map<String, Object> object, String name) throws MalformedJsonException {
        Object value = object.get(name);
        if (value == null || value == NULL) {
            return Optional.empty();
        }
        if (value instanceof String string) {
            return Optional.of(string);
        }
        throw new MalformedJsonException("'" + name + "' must be a string");
    }

    /** A string member that must be present. */
    static String requiredString(Map<String, Object> object, String name) throws MalformedJsonException {
        return string(object, name).orElseThrow(() -> new MalformedJsonException("'" + name + "' is missing"));
    }

    /** An object member, empty when absent or null. */
    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> object(Map<String, Object> object, String name) throws MalformedJsonException {
        Object value = object.get(name);
        if (value == null || value == NULL) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            return Optional.of((Map<String, Object>) map);
        }
        throw new MalformedJsonException("'" + name + "' must be an object");
    }

    /** Writes maps, lists, strings, numbers, booleans and null (Java null or {@link #NULL}) as compact JSON. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        writeValue(value, out);
        return out.toString();
    }

    private Object readValue(int depth) throws MalformedJsonException {
        if (depth > MAX_DEPTH) {
            throw error("JSON nested deeper than " + MAX_DEPTH);
        }
        skipWhitespace();
        char c = peek();
        return switch (c) {
            case '{' -> readObject(depth);
            case '[' -> readArray(depth);
            case '"' -> readString();
            case 't' -> readLiteral("true", Boolean.TRUE);
            case 'f' -> readLiteral("false", Boolean.FALSE);
            case 'n' -> readLiteral("null", NULL);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield readNumber();
                }
                throw error("unexpected character");
            }
        };
    }

    private Map<String, Object> readObject(int depth) throws MalformedJsonException {
        expect('{');
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            position++;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name");
            }
            String name = readString();
            skipWhitespace();
            expect(':');
            Object value = readValue(depth + 1);
            if (members.put(name, value) != null) {
                // Two readers could pick different copies of a duplicated member; refuse the ambiguity.
                throw error("duplicate member '" + name + "'");
            }
            skipWhitespace();
            char next = next();
            if (next == '}') {
                return members;
            }
            if (next != ',') {
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> readArray(int depth) throws MalformedJsonException {
        expect('[');
        List<Object> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            position++;
            return Collections.unmodifiableList(items);
        }
        while (true) {
            items.add(readValue(depth + 1));
            skipWhitespace();
            char next = next();
            if (next == ']') {
                return Collections.unmodifiableList(items);
            }
            if (next != ',') {
                throw error("expected ',' or ']'");
            }
        }
    }

    private String readString() throws MalformedJsonException {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(readHexChar());
                default -> throw error("invalid escape");
            }
        }
    }

    private char readHexChar() throws MalformedJsonException {
        if (position + 4 > text.length()) {
            throw error("truncated \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position++), 16);
            if (digit < 0) {
                throw error("invalid \\u escape");
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private BigDecimal readNumber() throws MalformedJsonException {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
        } else if (!readDigits()) {
            throw error("invalid number");
        }
        if (peek() == '.') {
            position++;
            if (!readDigits()) {
                throw error("invalid number");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            if (!readDigits()) {
                throw error("invalid number");
            }
        }
        String literal = text.substring(start, position);
        try {
            BigDecimal number = new BigDecimal(literal);
            if (Math.abs((long) number.scale()) > 1000) {
                // Keeps "1e999999999" from turning into a huge computation later on.
                throw error("number out of range");
            }
            return number;
        } catch (NumberFormatException e) {
            throw error("invalid number");
        }
    }

    private boolean readDigits() {
        int start = position;
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
        return position > start;
    }

    private Object readLiteral(String literal, Object value) throws MalformedJsonException {
        if (!text.startsWith(literal, position)) {
            throw error("unexpected character");
        }
        position += literal.length();
        return value;
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    /** The current character, or 0 at the end (0 is never valid where a token is expected). */
    private char peek() {
        return position < text.length() ? text.charAt(position) : 0;
    }

    private char next() throws MalformedJsonException {
        if (position >= text.length()) {
            throw error("unexpected end of JSON");
        }
        return text.charAt(position++);
    }

    private void expect(char expected) throws MalformedJsonException {
        if (next() != expected) {
            position--;
            throw error("expected '" + expected + "'");
        }
    }

    private MalformedJsonException error(String problem) {
        return new MalformedJsonException(problem + " at character " + position);
    }

    private static void writeValue(Object value, StringBuilder out) {
        if (value == null || value == NULL) {
            out.append("null");
        } else if (value instanceof String string) {
            writeString(string, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(String.valueOf(member.getKey()), out);
                out.append(':');
                writeValue(member.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeValue(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON");
        }
    }

    private static void writeString(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Also escape U+2028/2029 and '<' so the text stays safe if someone embeds it in a page.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
