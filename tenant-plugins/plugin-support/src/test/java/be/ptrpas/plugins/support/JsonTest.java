package be.ptrpas.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void readsEveryKindOfValue() throws MalformedJsonException {
        Object value = Json.parse(" {\"s\":\"x\",\"n\":-12.5e+2,\"z\":0,\"t\":true,\"f\":false,\"nil\":null,"
                + "\"a\":[1,[],{}]} ");
        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(map.get("s")).isEqualTo("x");
        JsonNumber n = (JsonNumber) map.get("n");
        assertThat(n.text()).isEqualTo("-12.5e+2");
        assertThat(n.doubleValue()).isEqualTo(-1250.0);
        assertThat(n.bigDecimal()).isEqualByComparingTo("-1250");
        assertThat(((JsonNumber) map.get("z")).text()).isEqualTo("0");
        assertThat(map.get("t")).isEqualTo(Boolean.TRUE);
        assertThat(map.get("f")).isEqualTo(Boolean.FALSE);
        assertThat(map.containsKey("nil")).isTrue();
        assertThat(map.get("nil")).isNull();
        assertThat((List<?>) map.get("a")).hasSize(3);
        assertThat(String.join(",", map.keySet().stream().map(String::valueOf).toList())).isEqualTo("s,n,z,t,f,nil,a");
    }

    @Test
    void readsNestedValuesAndEscapes() throws MalformedJsonException {
        Map<String, Object> read = Json.parseObject(" {\"a\": [1, -2.5e3, {\"b\": \"\\u20ac\\/\"}], \"c\": {}} ");

        assertThat(Json.object(read, "c")).hasValue(Map.of());
        assertThat(read.get("a").toString()).contains("€/");
    }

    @Test
    void decodesEscapesAndSurrogatePairs() throws MalformedJsonException {
        assertThat(Json.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude97\""))
                .isEqualTo("\"\\/\b\f\n\r\té\uD83D\uDE97");
        assertThat(Json.parse("\"Één 🚗\"")).isEqualTo("Één 🚗");
    }

    @Test
    void roundTripsWhatItWrites() throws MalformedJsonException {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "quote \" backslash \\ newline \n tab \t é € <b> \u0001 \u2028");
        value.put("number", 2450L);
        value.put("int", 7);
        value.put("decimal", new BigDecimal("12.50"));
        value.put("flag", true);
        value.put("nothing", null);
        value.put("list", List.of("a", 1));

        String written = Json.write(value);
        Map<String, Object> read = Json.parseObject(written);

        assertThat(read.get("text")).isEqualTo(value.get("text"));
        assertThat(((JsonNumber) read.get("number")).longValue()).isEqualTo(2450L);
        assertThat(((JsonNumber) read.get("int")).intValue()).isEqualTo(7);
        assertThat(((JsonNumber) read.get("decimal")).text()).isEqualTo("12.50");
        assertThat(read.get("flag")).isEqualTo(true);
        assertThat(read).containsKey("nothing");
        assertThat(read.get("nothing")).isNull();
        assertThat(read.get("list")).isEqualTo(List.of("a", read.get("list") instanceof List<?> l ? l.get(1) : null));
        assertThat(written).doesNotContain("<b>").doesNotContain("\u2028").contains("\\u003c", "\\u0001");
        assertThat(Json.write(read)).isEqualTo(written);
    }

    @Test
    void writesCompactly() {
        assertThat(Json.write(List.of(Map.of("a", List.of()), true, 1L))).isEqualTo("[{\"a\":[]},true,1]");
        assertThat(Json.write(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "{not json", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "[01]", "{\"a\":01}",
            "[1.]", "[.5]", "[-]", "[1e]", "{\"a\":1e}", "{\"a\":-}", "\"unterminated", "\"bad \\x escape\"", "\"\\u12\"",
            "\"\\u12G4\"", "\"raw\ttab\"", "{\"a\":\"line\nbreak\"}", "tru", "nul", "[1] [2]", "{\"a\":1}x", "'single'",
            "[NaN]", "[Infinity]", "{\"a\":1,\"a\":2}", "{\"a\":null,\"a\":null}", "[1 2]", "{\"a\":[1,2}",
            "{\"a\":1e99999}", "\"\\", "[\"\\u00"})
    void rejectsMalformedInputWithAPlace(String text) {
        assertThatThrownBy(() -> Json.parse(text)).as("<%s>", text)
                .isInstanceOfSatisfying(MalformedJsonException.class, e -> {
                    assertThat(e.line()).isPositive();
                    assertThat(e.column()).isPositive();
                    assertThat(e.getMessage()).isEqualTo(e.problem() + " at line " + e.line() + ", column " + e.column());
                });
    }

    @Test
    void everyTruncationOfAValidDocumentFailsCleanly() throws MalformedJsonException {
        String valid = "{\"a\":[1,-2.5e3,{\"b\":\"\\u20ac\\n\"}],\"c\":{\"d\":null,\"e\":true,\"f\":false}}";
        assertThat(Json.parse(valid)).isInstanceOf(Map.class);
        for (int end = 0; end < valid.length(); end++) {
            String truncated = valid.substring(0, end);
            assertThatThrownBy(() -> Json.parse(truncated)).as("<%s>", truncated)
                    .isInstanceOf(MalformedJsonException.class);
        }
    }

    @Test
    void parseObjectRefusesOtherValues() {
        for (String notAnObject : List.of("[]", "\"x\"", "1", "null")) {
            assertThatThrownBy(() -> Json.parseObject(notAnObject)).as(notAnObject)
                    .isInstanceOfSatisfying(MalformedJsonException.class,
                            e -> assertThat(e.problem()).isEqualTo("the JSON must be an object"));
        }
    }

    @Test
    @Timeout(10)
    void refusesDeepNestingWithoutExhaustingTheStack() {
        assertThatThrownBy(() -> Json.parse("[".repeat(100_000)))
                .hasMessageContaining("nested more than 32 levels deep");
        assertThatThrownBy(() -> Json.parse("{\"a\":".repeat(50_000)))
                .hasMessageContaining("nested more than 32 levels deep");
        assertThatThrownBy(() -> Json.parseObject("{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"))
                .isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void acceptsNestingUpToTheLimit() throws MalformedJsonException {
        assertThat(Json.parse("[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH))).isInstanceOf(List.class);
        assertThatThrownBy(() -> Json.parse("[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1)))
                .isInstanceOf(MalformedJsonException.class);
    }

    @Test
    @Timeout(10)
    void refusesHugeTextsAndNumbers() throws MalformedJsonException {
        String huge = "{\"a\":\"" + "x".repeat(Json.MAX_LENGTH) + "\"}";
        assertThatThrownBy(() -> Json.parseObject(huge)).hasMessageContaining("longer than " + Json.MAX_LENGTH);
        assertThatThrownBy(() -> Json.parse(huge)).isInstanceOf(MalformedJsonException.class);
        assertThat(Json.parse(huge, huge.length())).isInstanceOf(Map.class);
        assertThatThrownBy(() -> Json.parse("[" + "9".repeat(200_000) + "]", 1 << 20))
                .hasMessageContaining("a number is longer than 100 characters");
        assertThatThrownBy(() -> Json.parse("[1e999999999]")).hasMessageContaining("a number is out of range");
        assertThat(Json.parse("[1e1000]")).isInstanceOf(List.class);
    }

    @Test
    void readsUtf8Bodies() throws MalformedJsonException {
        byte[] body = "{\"t\":\"Één\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(Json.parse(body, 100)).isEqualTo(Map.of("t", "Één"));
        byte[] withBom = ("\uFEFF" + "[1]").getBytes(StandardCharsets.UTF_8);
        assertThat(Json.parse(withBom, 100)).isInstanceOf(List.class);
        assertThatThrownBy(() -> Json.parse(new byte[] {'"', (byte) 0xC3, '"'}, 100))
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> Json.parse(body, body.length - 1)).hasMessageContaining("longer than");
        assertThatThrownBy(() -> Json.parse(new byte[0], 100)).hasMessageContaining("the JSON is empty");
        assertThat(Json.parse(("[\"" + "x".repeat(Json.MAX_BODY_BYTES - 4) + "\"]").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(List.class);
        assertThatThrownBy(() -> Json.parse(new byte[Json.MAX_BODY_BYTES + 1])).hasMessageContaining("longer than");
    }

    @Test
    void namesLineAndColumn() {
        assertThatThrownBy(() -> Json.parse("{\n  \"a\": [1,\n   2,, 3]\n}"))
                .isInstanceOfSatisfying(MalformedJsonException.class, e -> {
                    assertThat(e.problem()).isEqualTo("unexpected character ','");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(6);
                });
        assertThatThrownBy(() -> Json.parse("{\"a\":1,\n\"a\":2}")).hasMessage("member \"a\" appears twice at line 2, column 1");
    }

    @Test
    void membersAreTypeChecked() throws MalformedJsonException {
        Map<String, Object> read = Json.parseObject("{\"id\":5,\"o\":\"s\",\"blank\":\" \",\"nil\":null,\"m\":{},"
                + "\"list\":[true]}");

        assertThatThrownBy(() -> Json.string(read, "id")).hasMessage("'id' must be a string");
        assertThatThrownBy(() -> Json.object(read, "o")).hasMessage("'o' must be a JSON object");
        assertThatThrownBy(() -> Json.requiredString(read, "missing")).hasMessage("'missing' is missing");
        assertThatThrownBy(() -> Json.requiredString(read, "nil")).hasMessage("'nil' is missing");
        assertThat(Json.string(read, "o")).hasValue("s");
        assertThat(Json.string(read, "blank")).hasValue(" ");
        assertThat(Json.string(read, "nil")).isEmpty();
        assertThat(Json.object(read, "m")).hasValue(Map.of());
        assertThat(Json.object(read, "nil")).isEmpty();

        assertThat(Json.text(read, "id")).hasValue("5");
        assertThat(Json.text(read, "o")).hasValue("s");
        assertThat(Json.text(read, "blank")).isEmpty();
        assertThat(Json.text(read, "nil")).isEmpty();
        assertThatThrownBy(() -> Json.text(read, "m")).hasMessage("'m' must be a string");
        assertThatThrownBy(() -> Json.requiredText(read, "blank", "the event")).hasMessage("the event has no 'blank'");

        assertThat(Json.asArray(read.get("list"), "list")).containsExactly(true);
        assertThatThrownBy(() -> Json.asArray(read.get("m"), "m")).hasMessage("m must be a JSON array");
        assertThatThrownBy(() -> Json.asObject(null, "the body")).hasMessage("the body must be a JSON object")
                .isInstanceOfSatisfying(MalformedJsonException.class, e -> assertThat(e.line()).isZero());
    }

    @Test
    void numbersKeepTheirTextAndCompareByIt() throws MalformedJsonException {
        List<?> numbers = (List<?>) Json.parse("[1.0, 1, 131026, 51.2]");
        assertThat(numbers.get(0)).isNotEqualTo(numbers.get(1));
        assertThat(numbers.get(0)).isEqualTo(((List<?>) Json.parse("[1.0]")).get(0));
        assertThat(numbers.get(2).toString()).isEqualTo("131026");
        assertThat(((JsonNumber) numbers.get(3)).doubleValue()).isEqualTo(51.2);
    }

    @Test
    @Timeout(value = 5)
    void hostileInputsEndQuickly() {
        Duration budget = Duration.ofSeconds(2);
        long start = System.nanoTime();
        for (String hostile : List.of("\"" + "\\u".repeat(50_000), "[" + "1,".repeat(100_000),
                "{" + "\"k\":1,".repeat(20_000), "\"" + "a".repeat(200_000))) {
            assertThatThrownBy(() -> Json.parse(hostile, 1 << 20)).isInstanceOf(MalformedJsonException.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(budget);
    }
}
