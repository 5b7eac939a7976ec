package be.ptrpas.plugins.support;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, strict JSON reader (RFC 8259) and writer, so that a plug-in needs no library the platform does not
 * provide. The reader walks the text once and never backtracks; it limits the text's length, the nesting depth and
 * the length of a number, so hostile input ends in a {@link MalformedJsonException}, never in a hang or a stack
 * overflow. Anything malformed is refused, including duplicate member names (two readers could pick different
 * copies), trailing content, unescaped control characters, leading zeros, {@code NaN} and single quotes.
 *
 * <p>Values: objects become {@code Map<String, Object>} (in document order), arrays
 * {@code List<Object>} (unmodifiable), strings {@code String}, numbers {@link JsonNumber} (which keeps the literal
 * text), {@code true}/{@code false} {@code Boolean} and JSON {@code null} Java {@code null}; use
 * {@link Map#containsKey} to tell a null member from an absent one.
 */
public final class Json {

    /** The longest text {@link #parse(String)} and {@link #parseObject(String)} accept, in characters. */
    public static final int MAX_LENGTH = 256 * 1024;
    /** The largest body {@link #parse(byte[])} accepts, in bytes. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    /** The deepest nesting of objects and arrays accepted; a top-level object counts as 1. */
    public static final int MAX_DEPTH = 32;
    /** The longest number literal accepted, which keeps big-number arithmetic cheap. */
    public static final int MAX_NUMBER_LENGTH = 100;
    private static final int MAX_EXPONENT = 1000;

    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    /** Reads a text that must hold exactly one JSON value, of at most {@link #MAX_LENGTH} characters. */
    public static Object parse(String text) throws MalformedJsonException {
        return parse(text, MAX_LENGTH);
    }

    /** Reads a text that must hold exactly one JSON value, of at most {@code maxLength} characters. */
    public static Object parse(String text, int maxLength) throws MalformedJsonException {
        Json reader = new Json(text == null ? "" : text);
        reader.checkLength(maxLength, "characters");
        return reader.document(false);
    }

    /** Reads an HTTP body that must be one JSON value in UTF-8 of at most {@link #MAX_BODY_BYTES} bytes. */
    public static Object parse(byte[] utf8) throws MalformedJsonException {
        return parse(utf8, MAX_BODY_BYTES);
    }

    /**
     * Reads a body that must be one JSON value in UTF-8 of at most {@code maxBytes} bytes. Bytes that are not
     * UTF-8 are refused; a leading byte-order mark is skipped.
     */
    public static Object parse(byte[] utf8, int maxBytes) throws MalformedJsonException {
        if (utf8 != null && utf8.length > maxBytes) {
            throw new Json("").error("the JSON is longer than " + maxBytes + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8 == null ? new byte[0] : utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Json("").error("the JSON is not UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Json(text).document(false);
    }

    /** Reads a text that must hold exactly one JSON object, of at most {@link #MAX_LENGTH} characters. */
    public static Map<String, Object> parseObject(String text) throws MalformedJsonException {
        return parseObject(text, MAX_LENGTH);
    }

    /** Reads a text that must hold exactly one JSON object, of at most {@code maxLength} characters. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text, int maxLength) throws MalformedJsonException {
        Json reader = new Json(text == null ? "" : text);
        reader.checkLength(maxLength, "characters");
        return (Map<String, Object>) reader.document(true);
    }

    // ---------------------------------------------------------------------------------------------- members

    /** A string member, empty when absent or null; a member of another type is an error. */
    public static Optional<String> string(Map<String, Object> object, String name) throws MalformedJsonException {
        Object value = object.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String string) {
            return Optional.of(string);
        }
        throw new MalformedJsonException("'" + name + "' must be a string");
    }

    /** A string member that must be present and not null. */
    public static String requiredString(Map<String, Object> object, String name) throws MalformedJsonException {
        return string(object, name).orElseThrow(() -> new MalformedJsonException("'" + name + "' is missing"));
    }

    /**
     * A string or number member as text (a number as it was written), empty when absent, null or blank; a member
     * of another type is an error. For vendors that send ids and times sometimes quoted, sometimes not.
     */
    public static Optional<String> text(Map<String, Object> object, String name) throws MalformedJsonException {
        Object value = object.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        }
        if (value instanceof JsonNumber number) {
            return Optional.of(number.text());
        }
        throw new MalformedJsonException("'" + name + "' must be a string");
    }

    /** Like {@link #text}, but the member must be there; {@code what} names the object in the message. */
    public static String requiredText(Map<String, Object> object, String name, String what)
            throws MalformedJsonException {
        return text(object, name).orElseThrow(() -> new MalformedJsonException(what + " has no '" + name + "'"));
    }

    /** An object member, empty when absent or null; a member of another type is an error. */
    public static Optional<Map<String, Object>> object(Map<String, Object> object, String name)
            throws MalformedJsonException {
        Object value = object.get(name);
        return value == null ? Optional.empty() : Optional.of(asObject(value, "'" + name + "'"));
    }

    /** A value that must be an object; {@code what} names it in the message. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asObject(Object value, String what) throws MalformedJsonException {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new MalformedJsonException(what + " must be a JSON object");
    }

    /** A value that must be an array; {@code what} names it in the message. */
    @SuppressWarnings("unchecked")
    public static List<Object> asArray(Object value, String what) throws MalformedJsonException {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new MalformedJsonException(what + " must be a JSON array");
    }

    // ----------------------------------------------------------------------------------------------- writing

    /**
     * Writes maps (keys as strings), lists, strings, {@link Boolean}, {@link Integer}, {@link Long},
     * {@link BigDecimal}, {@link JsonNumber} and null as compact JSON. Besides what JSON requires, the writer
     * escapes {@code <}, U+2028 and U+2029, so the text stays safe when someone embeds it in a page.
     *
     * @throws IllegalArgumentException for a value of another type
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        writeValue(value, out);
        return out.toString();
    }

    private static void writeValue(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String string) {
            writeString(string, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof JsonNumber) {
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

    // ----------------------------------------------------------------------------------------------- reading

    private void checkLength(int maxLength, String unit) throws MalformedJsonException {
        if (text.length() > maxLength) {
            throw error("the JSON is longer than " + maxLength + " " + unit);
        }
    }

    private Object document(boolean objectOnly) throws MalformedJsonException {
        if (text.isEmpty()) {
            throw error("the JSON is empty");
        }
        skipWhitespace();
        if (objectOnly && peek() != '{') {
            throw error("the JSON must be an object");
        }
        Object value = value(0);
        skipWhitespace();
        if (pos < text.length()) {
            throw error("unexpected content after the JSON value");
        }
        return value;
    }

    private Object value(int depth) throws MalformedJsonException {
        if (pos >= text.length()) {
            throw error("the JSON ends too early");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield number();
                }
                throw error("unexpected " + describe(c));
            }
        };
    }

    private Map<String, Object> object(int depth) throws MalformedJsonException {
        checkDepth(depth);
        pos++; // '{'
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a quoted member name");
            }
            int keyAt = pos;
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            Object value = value(depth);
            if (members.containsKey(key)) {
                // Two readers could take different values of a repeated key; refuse the ambiguity.
                pos = keyAt;
                throw error("member \"" + key + "\" appears twice");
            }
            members.put(key, value);
            skipWhitespace();
            char next = peek();
            pos++;
            if (next == '}') {
                return members;
            }
            if (next != ',') {
                pos--;
                throw error("expected ',' or '}' in an object");
            }
        }
    }

    private List<Object> array(int depth) throws MalformedJsonException {
        checkDepth(depth);
        pos++; // '['
        List<Object> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return Collections.unmodifiableList(elements);
        }
        while (true) {
            skipWhitespace();
            elements.add(value(depth));
            skipWhitespace();
            char next = peek();
            pos++;
            if (next == ']') {
                return Collections.unmodifiableList(elements);
            }
            if (next != ',') {
                pos--;
                throw error("expected ',' or ']' in an array");
            }
        }
    }

    private String string() throws MalformedJsonException {
        int start = ++pos; // after the opening quote
        // Most strings (plates, ids, times) hold no escape: cut them out whole instead of copying char by char.
        int end = start;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '"') {
                pos = end + 1;
                return text.substring(start, end);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            end++;
        }
        StringBuilder out = new StringBuilder(end - start + 16).append(text, start, end);
        pos = end;
        while (true) {
            if (pos >= text.length()) {
                throw error("a string is not closed");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("a control character must be escaped in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("a string is not closed");
            }
            char escape = text.charAt(pos++);
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> {
                    pos--;
                    throw error("unknown escape \\" + describeEscape(escape));
                }
            }
        }
    }

    private char unicodeEscape() throws MalformedJsonException {
        if (pos + 4 > text.length()) {
            throw error("a \\u escape needs four hex digits");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos + i), 16);
            if (digit < 0) {
                throw error("a \\u escape needs four hex digits");
            }
            code = code * 16 + digit;
        }
        pos += 4;
        return (char) code; // surrogate pairs arrive as two escapes and join up in the StringBuilder
    }

    private JsonNumber number() throws MalformedJsonException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("a number needs digits");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("a number needs digits after '.'");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("a number needs digits in its exponent");
            }
            digits();
        }
        if (pos - start > MAX_NUMBER_LENGTH) {
            pos = start;
            throw error("a number is longer than " + MAX_NUMBER_LENGTH + " characters");
        }
        String literal = text.substring(start, pos);
        BigDecimal value;
        try {
            value = new BigDecimal(literal);
        } catch (NumberFormatException | ArithmeticException e) {
            pos = start;
            throw error("a number is out of range");
        }
        if (Math.abs((long) value.scale()) > MAX_EXPONENT) {
            // Keeps "1e999999999" from turning into a huge computation later on.
            pos = start;
            throw error("a number is out of range");
        }
        return new JsonNumber(literal, value);
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private Object literal(String word, Object value) throws MalformedJsonException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected " + describe(text.charAt(pos)));
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws MalformedJsonException {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void checkDepth(int depth) throws MalformedJsonException {
        if (depth > MAX_DEPTH) {
            throw error("the JSON is nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** The current character, or NUL at the end (NUL never matches anything a caller looks for). */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String describe(char c) {
        return c < 0x20 || c > 0x7e ? String.format("character U+%04X", (int) c) : "character '" + c + "'";
    }

    private static String describeEscape(char c) {
        return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : String.valueOf(c);
    }

    private MalformedJsonException error(String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new MalformedJsonException(problem, line, column);
    }
}
