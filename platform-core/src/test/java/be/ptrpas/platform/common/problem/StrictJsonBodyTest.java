package be.ptrpas.platform.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StrictJsonBodyTest {

    record Sample(String a) {}

    @Test
    void acceptsExactlyOneObject() {
        assertThatCode(() -> check(" {\"a\": [1, {\"b\": 2}]}\n ", true)).doesNotThrowAnyException();
    }

    @Test
    void refusesAListWhereOneObjectIsExpected() {
        assertThatThrownBy(() -> check("[{\"a\":\"1\"},{\"a\":\"2\"}]", true))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("one JSON object, not a list");
    }

    @Test
    void refusesContentAfterTheValue() {
        assertThatThrownBy(() -> check("{\"a\":\"1\"} {\"a\":\"2\"}", true))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).type()).isEqualTo(ProblemType.MALFORMED_REQUEST));
        assertThatThrownBy(() -> check("{\"a\":\"1\"} trailing", true)).isInstanceOf(ProblemException.class);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void refusesEmptyAndBrokenBodies() {
        assertThatThrownBy(() -> check("   ", true)).hasMessageContaining("empty");
        // Truncated bodies must fail fast (Parsson's skipObject() would spin forever on them).
        assertThatThrownBy(() -> check("{\"a\":", true)).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> check("{\"a\": [1, {\"b\":", true)).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> check("[", false)).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> check("\"text\"", true)).hasMessageContaining("not a text");
    }

    @Test
    void listsAreFineWhereAListIsExpected() {
        assertThatCode(() -> check("[{\"a\":\"1\"},{\"a\":\"2\"}]", false)).doesNotThrowAnyException();
    }

    @Test
    void knowsWhichTargetsAreObjects() {
        assertThat(JsonBodyReaderInterceptor.expectsObject(Sample.class)).isTrue();
        assertThat(JsonBodyReaderInterceptor.expectsObject(Map.class)).isTrue();
        assertThat(JsonBodyReaderInterceptor.expectsObject(JsonObject.class)).isTrue();
        assertThat(JsonBodyReaderInterceptor.expectsObject(List.class)).isFalse();
        assertThat(JsonBodyReaderInterceptor.expectsObject(Sample[].class)).isFalse();
        assertThat(JsonBodyReaderInterceptor.expectsObject(JsonArray.class)).isFalse();
        assertThat(JsonBodyReaderInterceptor.expectsObject(String.class)).isFalse();
    }

    @Test
    void leavesRawBodiesToTheirReader() {
        assertThat(JsonBodyReaderInterceptor.isRawBody(byte[].class)).isTrue();
        assertThat(JsonBodyReaderInterceptor.isRawBody(InputStream.class)).isTrue();
        assertThat(JsonBodyReaderInterceptor.isRawBody(String.class)).isFalse();
        assertThat(JsonBodyReaderInterceptor.isRawBody(Sample.class)).isFalse();
        assertThat(JsonBodyReaderInterceptor.isRawBody(Map.class)).isFalse();
    }

    @Test
    void refusesNestingDeeperThanTheCapNamingWhere() {
        String ok = "{\"a\":" + "[".repeat(63) + "]".repeat(63) + "}";
        assertThatCode(() -> check(ok, true)).doesNotThrowAnyException();
        // Parsson's own limit (1,000) threw a RuntimeException that became a 500.
        String deep = "{\"kind\":" + "[".repeat(1001) + "]".repeat(1001) + "}";
        assertThatThrownBy(() -> check(deep, true))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).type()).isEqualTo(ProblemType.MALFORMED_REQUEST))
                .satisfies(
                        e -> assertThat(((ProblemException) e).errors().get(0).field())
                                .startsWith("kind[0][0]")
                                .endsWith("[0]"))
                .hasMessageContaining("deeper than 64");
        assertThatThrownBy(() -> check("[".repeat(5000), false)).isInstanceOf(ProblemException.class);
    }

    @Test
    void refusesADuplicateMemberNameNamingItsPath() {
        assertThatThrownBy(() -> check("{\"kind\":\"A\",\"kind\":\"B\"}", true))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).errors())
                        .containsExactly(
                                new FieldError("kind", "appears twice in the same object; send each field once")));
        assertThatThrownBy(() -> check("{\"streets\":[{\"n\":1},{\"n\":1,\"n\":2}]}", true))
                .satisfies(
                        e -> assertThat(((ProblemException) e).errors().get(0).field())
                                .isEqualTo("streets[1].n"));
        // The same name in sibling objects is fine.
        assertThatCode(() -> check("{\"a\":{\"n\":1},\"b\":{\"n\":1}}", true)).doesNotThrowAnyException();
    }

    @Test
    void refusesNulControlCharactersAndLoneSurrogatesInTextNamingTheField() {
        for (String bad : List.of(
                "\\u0000", "a\\u0001b", "\\u001b[31m", "\\u007f", "\\u0085", "\\ud800", "x\\udc00", "\\ud800x")) {
            assertThatThrownBy(() -> check("{\"note\":\"" + bad + "\"}", true))
                    .as(bad)
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).type()).isEqualTo(ProblemType.MALFORMED_REQUEST))
                    .satisfies(e -> assertThat(
                                    ((ProblemException) e).errors().get(0).field())
                            .isEqualTo("note"));
        }
        assertThatThrownBy(() -> check("{\"holder\":{\"names\":[\"ok\",\"b\\u0000d\"]}}", true))
                .satisfies(
                        e -> assertThat(((ProblemException) e).errors().get(0).field())
                                .isEqualTo("holder.names[1]"));
        assertThatThrownBy(() -> check("{\"a\\u0000\":1}", true)).isInstanceOf(ProblemException.class);
        // Multi-line notes, tabs, accents and characters outside the BMP (a surrogate pair) are text.
        assertThatCode(() -> check("{\"note\":\"Line 1\\r\\nLine\\t2 \u00e9 \\ud83d\\ude97\"}", true))
                .doesNotThrowAnyException();
    }

    private static void check(String body, boolean expectsObject) {
        StrictJsonBody.check(body.getBytes(StandardCharsets.UTF_8), expectsObject);
    }
}
