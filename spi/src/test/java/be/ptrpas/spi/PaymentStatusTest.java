package be.ptrpas.spi;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.payment.Money;
import be.ptrpas.spi.payment.PaymentStatus;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class PaymentStatusTest {

    @Test
    void statusesOnlyMoveForward() {
        assertThat(PaymentStatus.OPEN.canMoveTo(PaymentStatus.PAID)).isTrue();
        assertThat(PaymentStatus.PENDING.canMoveTo(PaymentStatus.OPEN))
                .as("a late 'open'")
                .isFalse();
        assertThat(PaymentStatus.PAID.canMoveTo(PaymentStatus.CANCELED)).isFalse();
        assertThat(PaymentStatus.PAID.canMoveTo(PaymentStatus.REFUNDED)).isTrue();
        assertThat(PaymentStatus.EXPIRED.canMoveTo(PaymentStatus.PAID))
                .as("a late bank confirmation wins")
                .isTrue();
        assertThat(PaymentStatus.REFUNDED.canMoveTo(PaymentStatus.PAID)).isFalse();
        for (PaymentStatus status : PaymentStatus.values()) {
            assertThat(status.canMoveTo(status))
                    .as(status + " to itself is no move")
                    .isFalse();
        }
    }

    @Test
    void moneyIsCentsAndFormatsWithTwoDecimals() {
        assertThat(Money.euro(5).decimal()).isEqualTo("0.05");
        assertThat(Money.parse("24.50", "EUR").minorUnits()).isEqualTo(2450);
        Assertions.assertThatThrownBy(() -> Money.parse("1.234", "EUR")).isInstanceOf(IllegalArgumentException.class);
        Assertions.assertThatThrownBy(() -> new Money(-1, "EUR")).isInstanceOf(IllegalArgumentException.class);
    }
}
