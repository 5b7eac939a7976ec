package be.ptrpas.plugins.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.payment.Money;
import org.junit.jupiter.api.Test;

/** The sandbox's formatting and URL helpers (its JSON is plugin-support's, tested there). */
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
        assertThat(ReturnLinks.withPayment("https://x.be/terug", "sbx_1"))
                .isEqualTo("https://x.be/terug?payment=sbx_1");
        assertThat(ReturnLinks.withPayment("https://x.be/terug?a=1", "sbx_1"))
                .isEqualTo("https://x.be/terug?a=1&payment=sbx_1");
        assertThat(ReturnLinks.withPayment("https://x.be/terug?", "sbx_1"))
                .isEqualTo("https://x.be/terug?payment=sbx_1");
        assertThat(ReturnLinks.withPayment("https://x.be/t#top", "sbx_1"))
                .isEqualTo("https://x.be/t?payment=sbx_1#top");
    }
}
