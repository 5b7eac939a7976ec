package be.ptrpas.plugins.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.spi.payment.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox's formatting, JSON and URL helpers. */
class SmallPartsTest {

    @Test
    void amountsAreWrittenTheFlemishWay() {
        assertThat(DisplayFormats.amount(Money.euro(2450))).isEqualTo("€ 24,50");
        assertThat(DisplayFormats.amount(Money.euro(5))).isEqualTo("€ 0,05");
        assertThat(DisplayFormats.amount(Money.euro(123456789))).isEqualTo("€ 1.234.567,89");
        assertThat(DisplayFormats.amount(new Money(300, "USD"))).isEqualTo("USD 3,00");
    }

    @Test
    void structuredReferencesGetTheirPlusses() {
        assertThat(DisplayFormats.structuredReference("090933755493")).isEqualTo("+++090/9337/55493+++");
        assertThat(DisplayFormats.structuredReference("12")).isEqualTo("12");
        assertThat(DisplayFormats.structuredReference(null)).isEmpty();
    }

    @Test
    void thePaymentParameterIsAddedWhereItBelongs() {
        assertThat(ReturnLinks.withPayment("https://x.be/terug", "sbx_1")).isEqualTo("https://x.be/terug?payment=sbx_1");
        assertThat(ReturnLinks.withPayment("https://x.be/terug?a=1", "sbx_1")).isEqualTo("https://x.be/terug?a=1&payment=sbx_1");
        assertThat(ReturnLinks.withPayment("https://x.be/terug?", "sbx_1")).isEqualTo("https://x.be/terug?payment=sbx_1");
        assertThat(ReturnLinks.withPayment("https://x.be/t#top", "sbx_1")).isEqualTo("https://x.be/t?payment=sbx_1#top");
    }

    @Test
    void jsonRoundTripsWhatTheSandboxWrites() throws MalformedJsonException {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "quote \" backslash \\ newline \n tab \t é € <b> \u0001");
        value.put("number", 2450L);
        value.put("flag", true);
        value.put("nothing", null);

        Map<String, Object> read = Json.parseObject(Json.write(value));

        assertThat(read.get("text")).isEqualTo(value.get("text"));
        assertThat(read.get("number")).isEqualTo(new BigDecimal(2450));
        assertThat(read.get("flag")).isEqualTo(true);
        assertThat(read.get("nothing")).isSameAs(Json.NULL);
        assertThat(Json.write(value)).doesNotContain("<b>");
    }

    @Test
    void jsonReadsNestedValuesAndEscapes() throws MalformedJsonException {
        Map<String, Object> read = Json.parseObject(" {\"a\": [1, -2.5e3, {\"b\": \"\\u20ac\\/\"}], \"c\": {}} ");

        assertThat(Json.object(read, "c")).hasValue(Map.of());
        assertThat(read.get("a").toString()).contains("€/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{not json", "[]", "\"x\"", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":01}",
            "{\"a\":1} x", "{\"a\":\"\\q\"}", "{\"a\":\"\\u12\"}", "{\"a\":tru}", "{\"a\":1,\"a\":2}",
            "{\"a\":\"line\nbreak\"}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":1e}", "{\"a\":[1,2}", "{\"a\":1e99999}"})
    void jsonRejectsMalformedText(String text) {
        assertThatThrownBy(() -> Json.parseObject(text)).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void jsonRejectsDeepNestingAndHugeInputWithoutHanging() {
        String deep = "{\"a\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        String huge = "{\"a\":\"" + "x".repeat(Json.MAX_LENGTH) + "\"}";

        assertThatThrownBy(() -> Json.parseObject(deep)).isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> Json.parseObject(huge)).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void jsonTypeMismatchesAreReported() throws MalformedJsonException {
        Map<String, Object> read = Json.parseObject("{\"id\":5,\"o\":\"s\"}");

        assertThatThrownBy(() -> Json.string(read, "id")).isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> Json.object(read, "o")).isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> Json.requiredString(read, "missing")).isInstanceOf(MalformedJsonException.class);
    }
}
