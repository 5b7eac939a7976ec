package be.ptrpas.platform.basket;

import static be.ptrpas.spi.payment.PaymentStatus.AUTHORIZED;
import static be.ptrpas.spi.payment.PaymentStatus.CANCELED;
import static be.ptrpas.spi.payment.PaymentStatus.EXPIRED;
import static be.ptrpas.spi.payment.PaymentStatus.FAILED;
import static be.ptrpas.spi.payment.PaymentStatus.OPEN;
import static be.ptrpas.spi.payment.PaymentStatus.PAID;
import static be.ptrpas.spi.payment.PaymentStatus.PENDING;
import static be.ptrpas.spi.payment.PaymentStatus.REFUNDED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A basket's status follows its payments'. */
class BasketStatusTest {

    @Test
    void paidWhenEveryPaymentIsPaidPartlyWhenSome() {
        assertThat(BasketStatus.of(List.of(PAID, PAID))).isEqualTo(BasketStatus.PAID);
        assertThat(BasketStatus.of(List.of(PAID, REFUNDED))).isEqualTo(BasketStatus.PAID);
        assertThat(BasketStatus.of(List.of(PAID, OPEN))).isEqualTo(BasketStatus.PARTLY_PAID);
        assertThat(BasketStatus.of(List.of(EXPIRED, PAID))).isEqualTo(BasketStatus.PARTLY_PAID);
    }

    @Test
    void openWhileAnyCheckoutCanStillBeFinished() {
        assertThat(BasketStatus.of(List.of(OPEN, OPEN))).isEqualTo(BasketStatus.OPEN);
        assertThat(BasketStatus.of(List.of(PENDING, EXPIRED))).isEqualTo(BasketStatus.OPEN);
        assertThat(BasketStatus.of(List.of(AUTHORIZED, FAILED))).isEqualTo(BasketStatus.OPEN);
    }

    @Test
    void failedOrExpiredWhenNothingCanBePaidAnyMore() {
        assertThat(BasketStatus.of(List.of(FAILED, EXPIRED))).isEqualTo(BasketStatus.FAILED);
        assertThat(BasketStatus.of(List.of(EXPIRED, CANCELED))).isEqualTo(BasketStatus.EXPIRED);
        assertThat(BasketStatus.of(List.of(CANCELED))).isEqualTo(BasketStatus.EXPIRED);
    }
}
