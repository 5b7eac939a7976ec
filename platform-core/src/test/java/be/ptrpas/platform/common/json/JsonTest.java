package be.ptrpas.platform.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    public record Sample(Integer count, BigDecimal amount, List<Integer> numbers) {}

    public record Typed(
            String name, Boolean flag, Double lat, Instant at, List<String> tags, Map<String, String> settings) {}

    @Test
    void readsEachScalarAsWhatItIs() {
        Typed typed = Json.read(
                "{\"name\":\"Meir\",\"flag\":true,\"lat\":51.2,"
                        + "\"at\":\"2026-11-24T10:15:00Z\",\"tags\":[\"a\"],\"settings\":{\"k\":\"v\"}}",
                Typed.class);
        assertThat(typed)
                .isEqualTo(new Typed(
                        "Meir", true, 51.2, Instant.parse("2026-11-24T10:15:00Z"), List.of("a"), Map.of("k", "v")));
        assertThat(Json.read("{\"name\":null,\"flag\":null,\"lat\":null,\"at\":null}", Typed.class)
                        .name())
                .isNull();
    }

    @Test
    void refusesValuesOfTheWrongKindInsteadOfConvertingThem() {
        // JSON-B's defaults stored "yes" as false and 12 / true as the texts "12" / "true".
        for (String body : List.of(
                "{\"flag\":\"yes\"}",
                "{\"flag\":\"true\"}",
                "{\"flag\":1}",
                "{\"name\":12}",
                "{\"name\":true}",
                "{\"name\":{}}",
                "{\"name\":[]}",
                "{\"tags\":[1]}",
                "{\"settings\":{\"k\":false}}",
                "{\"lat\":\"51.2\"}",
                "{\"at\":12}")) {
            assertThatThrownBy(() -> Json.read(body, Typed.class)).as(body).isInstanceOf(JsonbException.class);
        }
    }

    @Test
    void refusesNumbersADoubleCannotHoldAndInstantsOutsideTheSupportedYears() {
        // 1e400 became Infinity (which failed when written back); far instants overflowed in time arithmetic.
        for (String body : List.of("{\"lat\":1e400}", "{\"lat\":-1e400}")) {
            assertThatThrownBy(() -> Json.read(body, Typed.class))
                    .as(body)
                    .hasStackTraceContaining("too large a number");
        }
        for (String body : List.of(
                "{\"at\":\"+1000000000-01-01T00:00:00Z\"}",
                "{\"at\":\"-1000000000-01-01T00:00:00Z\"}",
                "{\"at\":\"2200-01-01T00:00:00Z\"}",
                "{\"at\":\"1899-12-31T23:59:59Z\"}")) {
            assertThatThrownBy(() -> Json.read(body, Typed.class))
                    .as(body)
                    .hasStackTraceContaining("must lie between 1900");
        }
        assertThat(Json.read("{\"at\":\"2199-12-31T23:59:59Z\"}", Typed.class).at())
                .isNotNull();
    }

    public record Dated(LocalDate from) {}

    @Test
    void refusesDatesOutsideTheSupportedYears() {
        // JSON-B read +999999999-12-31; date arithmetic on it (a card's validFrom.plusYears(5)) overflows.
        for (String body : List.of(
                "{\"from\":\"+999999999-12-31\"}",
                "{\"from\":\"-999999999-01-01\"}",
                "{\"from\":\"2200-01-01\"}",
                "{\"from\":\"1899-12-31\"}")) {
            assertThatThrownBy(() -> Json.read(body, Dated.class))
                    .as(body)
                    .hasStackTraceContaining("must be between 1900");
        }
        assertThat(Json.read("{\"from\":\"2199-12-31\"}", Dated.class).from()).isNotNull();
    }

    @Test
    void readsWholeNumbersAndDecimals() {
        Sample sample = Json.read("{\"count\": 3, \"amount\": 1.25, \"numbers\": [1, 2.0]}", Sample.class);
        assertThat(sample.count()).isEqualTo(3);
        assertThat(sample.amount()).isEqualByComparingTo("1.25");
        assertThat(sample.numbers()).containsExactly(1, 2);
        assertThat(Json.read("{\"count\": null}", Sample.class).count()).isNull();
    }

    @Test
    void refusesFractionsTextAndOverflowForIntegerFields() {
        assertThatThrownBy(() -> Json.read("{\"count\": 1.5}", Sample.class)).isInstanceOf(JsonbException.class);
        assertThatThrownBy(() -> Json.read("{\"count\": \"12\"}", Sample.class)).isInstanceOf(JsonbException.class);
        assertThatThrownBy(() -> Json.read("{\"count\": 99999999999}", Sample.class))
                .isInstanceOf(JsonbException.class);
        assertThatThrownBy(() -> Json.read("{\"numbers\": [1, 2.5]}", Sample.class))
                .isInstanceOf(JsonbException.class);
    }

    @Test
    void refusesUnknownFields() {
        assertThatThrownBy(() -> Json.read("{\"cuont\": 1}", Sample.class))
                .isInstanceOf(JsonbException.class)
                .hasMessageContaining("cuont");
    }
}
