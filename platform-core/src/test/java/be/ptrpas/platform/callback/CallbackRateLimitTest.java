package be.ptrpas.platform.callback;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CallbackRateLimitTest {

    @Test
    void aBurstIsAllowedThenRefusedPerMunicipalityAndSlot() {
        CallbackRateLimit limit = new CallbackRateLimit();
        limit.perSecond = 0.001; // practically no refill during the test
        limit.burst = 5;
        for (int i = 0; i < 5; i++) {
            limit.acquire("71016", "payment");
        }
        assertThatThrownBy(() -> limit.acquire("71016", "payment")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("Too many requests");
        assertThatCode(() -> limit.acquire("11002", "payment")).as("another municipality").doesNotThrowAnyException();
        assertThatCode(() -> limit.acquire("71016", "sms")).as("another slot").doesNotThrowAnyException();
    }
}
