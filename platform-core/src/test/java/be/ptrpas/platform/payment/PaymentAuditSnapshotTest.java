package be.ptrpas.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.spi.payment.PaymentStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentAuditSnapshotTest {

    @Test
    void keepsTheMoneyAndLeavesTheBearerLinkAndThePayerOut() {
        Payment payment = new Payment(
                Payment.Kind.PAYMENT,
                "key-1",
                "payment-mollie",
                "tr_WDqYK6vllg",
                5800,
                "GAS 4 - 1-XYZ-987 Jan Peeters",
                "+++090/9337/55493+++",
                "https://www.example.be/betaald",
                "https://www.mollie.com/checkout/select-method/WDqYK6vllg",
                Instant.parse("2026-11-24T10:15:00Z"),
                PaymentStatus.OPEN,
                "85073003328");

        String json = Json.write(PaymentAuditSnapshot.of(payment));

        assertThat(json)
                .contains(
                        "\"amountCents\":5800",
                        "tr_WDqYK6vllg",
                        "+++090/9337/55493+++",
                        "OPEN",
                        "\"citizenKnown\":true");
        assertThat(json)
                .doesNotContain("checkout", "mollie.com", "example.be", "85073003328", "Jan Peeters", "1-XYZ-987");
    }
}
