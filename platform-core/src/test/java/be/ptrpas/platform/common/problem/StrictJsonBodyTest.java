package be.ptrpas.platform.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StrictJsonBodyTest {

    record Sample(String a) {
    }

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
        assertThat(JsonBodyReaderInterceptor.isRawBody(java.io.InputStream.class)).isTrue();
        assertThat(JsonBodyReaderInterceptor.isRawBody(String.class)).isFalse();
        assertThat(JsonBodyReaderInterceptor.isRawBody(Sample.class)).isFalse();
        assertThat(JsonBodyReaderInterceptor.isRawBody(Map.class)).isFalse();
    }

    private static void check(String body, boolean expectsObject) {
        StrictJsonBody.check(body.getBytes(StandardCharsets.UTF_8), expectsObject);
    }
}
