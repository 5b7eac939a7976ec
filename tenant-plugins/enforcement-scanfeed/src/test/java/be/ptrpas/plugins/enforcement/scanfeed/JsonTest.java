package be.ptrpas.plugins.enforcement.scanfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.RejectedRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsEveryKindOfValue() throws RejectedRequestException {
        Object value = Json.parse(" {\"s\":\"x\",\"n\":-12.5e+2,\"z\":0,\"t\":true,\"f\":false,\"nil\":null,"
                + "\"a\":[1,[],{}]} ");
        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(map.get("s")).isEqualTo("x");
        assertThat(((Json.Number) map.get("n")).toDouble()).isEqualTo(-1250.0);
        assertThat(map.get("z")).isEqualTo(new Json.Number("0"));
        assertThat(map.get("t")).isEqualTo(Boolean.TRUE);
        assertThat(map.get("f")).isEqualTo(Boolean.FALSE);
        assertThat(map.get("nil")).isSameAs(Json.NULL);
        assertThat((List<?>) map.get("a")).hasSize(3);
        assertThat(String.join(",", map.keySet().stream().map(String::valueOf).toList())).isEqualTo("s,n,z,t,f,nil,a");
    }

    @Test
    void decodesEscapesAndSurrogatePairs() throws RejectedRequestException {
        assertThat(Json.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude97\""))
                .isEqualTo("\"\\/\b\f\n\r\té\uD83D\uDE97");
        assertThat(Json.parse("\"Één 🚗\"")).isEqualTo("Één 🚗");
    }

    @Test
    void rejectsMalformedInput() {
        for (String bad : List.of("", "{", "[1,]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "[01]", "[1.]", "[.5]", "[-]",
                "[1e]", "\"unterminated", "\"bad \\x escape\"", "\"\\u12\"", "\"\\u12G4\"", "\"raw\ttab\"", "tru",
                "nul", "[1] [2]", "{\"a\":1}x", "'single'", "[NaN]", "[Infinity]", "{\"a\":1,\"a\":2}", "[1 2]")) {
            assertThatThrownBy(() -> Json.parse(bad)).as("<%s>", bad)
                    .isInstanceOf(RejectedRequestException.class)
                    .hasMessageStartingWith("invalid JSON at line ");
        }
    }

    @Test
    void refusesDeepNestingWithoutExhaustingTheStack() {
        assertThatThrownBy(() -> Json.parse("[".repeat(100_000)))
                .hasMessageContaining("nested more than 32 levels deep");
        assertThatThrownBy(() -> Json.parse("{\"a\":".repeat(100_000)))
                .hasMessageContaining("nested more than 32 levels deep");
    }

    @Test
    void acceptsNestingUpToTheLimit() throws RejectedRequestException {
        assertThat(Json.parse("[".repeat(32) + "]".repeat(32))).isInstanceOf(List.class);
    }

    @Test
    void namesLineAndColumn() {
        assertThatThrownBy(() -> Json.parse("{\n  \"a\": [1,\n   2,, 3]\n}"))
                .hasMessage("invalid JSON at line 3, column 6: unexpected character ','");
    }
}
