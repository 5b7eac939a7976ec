package be.ptrpas.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonInputTest {

    @Test
    void readsOneValueWithJsonP() {
        JsonObject read = JsonInput.parseObject(bytes(" {\"s\":\"x\",\"n\":-12.5e+2,\"id\":131026,\"t\":true,"
                + "\"nil\":null,\"a\":[1,[],{}],\"o\":{\"e\":\"\\u20ac\\/\"}} "));
        assertThat(JsonInput.string(read, "s")).hasValue("x");
        assertThat(JsonInput.text(read, "id")).hasValue("131026");
        assertThat(read.getJsonNumber("n").bigDecimalValue()).isEqualByComparingTo("-1250");
        assertThat(JsonInput.string(read, "nil")).isEmpty();
        assertThat(JsonInput.string(read, "absent")).isEmpty();
        assertThat(JsonInput.asArray(read.get("a"), "a")).hasSize(3);
        assertThat(JsonInput.object(read, "o").map(o -> o.getString("e"))).hasValue("€/");
        assertThat(JsonInput.parse(bytes("\"Één 🚗\""))).isEqualTo(Json.createValue("Één 🚗"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "{",
                "{\"a\":1",
                "{\"a\":1} x",
                "{\"a\":1}{}",
                "[1,2]]",
                "01",
                "NaN",
                "{'a':1}",
                "\"\u0001\"",
                "{\"a\":1,}",
                "[1,]",
                "tru"
            })
    void refusesWhatIsNotExactlyOneJsonValue(String text) {
        assertThatThrownBy(() -> JsonInput.parse(bytes(text))).isInstanceOf(JsonException.class);
    }

    @Test
    void refusesAMemberNameTwiceAtAnyDepth() {
        for (String text :
                new String[] {"{\"a\":1,\"a\":2}", "{\"x\":{\"a\":1,\"a\":1}}", "[{\"id\":\"1\",\"id\":\"2\"}]"}) {
            assertThatThrownBy(() -> JsonInput.parse(bytes(text)))
                    .as(text)
                    .isInstanceOf(JsonException.class)
                    .hasMessageContaining("Duplicate key");
        }
    }

    @Test
    void refusesDeepNestingQuicklyAsMalformedJson() {
        assertThat(JsonInput.parse(bytes("[".repeat(JsonInput.MAX_DEPTH) + "]".repeat(JsonInput.MAX_DEPTH))))
                .isInstanceOf(JsonArray.class);
        for (String text : new String[] {
            "[".repeat(JsonInput.MAX_DEPTH + 1) + "]".repeat(JsonInput.MAX_DEPTH + 1),
            "[".repeat(100_000),
            "{\"a\":".repeat(10_000)
        }) {
            assertThatThrownBy(() -> JsonInput.parse(bytes(text))).isInstanceOf(JsonException.class);
        }
    }

    @Test
    void saysWhereReadingStopped() {
        assertThatThrownBy(() -> JsonInput.parse(bytes("{\"a\":1}\n x")))
                .isInstanceOfSatisfying(JsonParsingException.class, e -> {
                    assertThat(e.getLocation().getLineNumber()).isEqualTo(2);
                    assertThat(e.getLocation().getColumnNumber()).isGreaterThan(1);
                });
    }

    @Test
    void limitsTheSizeAndRefusesWhatIsNotUtf8() {
        assertThatThrownBy(() -> JsonInput.parse(bytes("[1,2,3]"), 6)).hasMessage("the JSON is longer than 6 bytes");
        assertThatThrownBy(() -> JsonInput.parse("[1,2,3]", 6)).hasMessage("the JSON is longer than 6 characters");
        assertThatThrownBy(() -> JsonInput.parse(new byte[] {'"', (byte) 0xC3, '"'}))
                .hasMessage("the JSON is not UTF-8");
        assertThat(JsonInput.parse(bytes("\uFEFF[1]"))).isInstanceOf(JsonArray.class);
    }

    @Test
    void memberHelpersRefuseTheWrongTypeWithAJsonException() {
        JsonObject event = JsonInput.parseObject(bytes("{\"id\":{},\"at\":\" \",\"n\":7,\"list\":[]}"));
        assertThatThrownBy(() -> JsonInput.string(event, "n"))
                .isInstanceOf(JsonException.class)
                .hasMessage("'n' must be a string");
        assertThatThrownBy(() -> JsonInput.text(event, "id")).hasMessage("'id' must be a string");
        assertThat(JsonInput.text(event, "at")).isEmpty();
        assertThat(JsonInput.text(event, "n")).hasValue("7");
        assertThatThrownBy(() -> JsonInput.requiredText(event, "absent", "an event"))
                .hasMessage("an event has no 'absent'");
        assertThatThrownBy(() -> JsonInput.requiredString(event, "absent")).hasMessage("'absent' is missing");
        assertThatThrownBy(() -> JsonInput.object(event, "list")).hasMessage("'list' must be a JSON object");
        assertThatThrownBy(() -> JsonInput.asArray(JsonValue.EMPTY_JSON_OBJECT, "the body"))
                .hasMessage("the body must be a JSON array");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
