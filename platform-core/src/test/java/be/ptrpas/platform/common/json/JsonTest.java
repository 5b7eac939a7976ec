package be.ptrpas.platform.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    public record Sample(Integer count, BigDecimal amount, List<Integer> numbers) {
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
        assertThatThrownBy(() -> Json.read("{\"count\": 99999999999}", Sample.class)).isInstanceOf(JsonbException.class);
        assertThatThrownBy(() -> Json.read("{\"numbers\": [1, 2.5]}", Sample.class)).isInstanceOf(JsonbException.class);
    }

    @Test
    void refusesUnknownFields() {
        assertThatThrownBy(() -> Json.read("{\"cuont\": 1}", Sample.class)).isInstanceOf(JsonbException.class)
                .hasMessageContaining("cuont");
    }
}
