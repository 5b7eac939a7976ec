package be.ptrpas.platform.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofHours(1), 12);

    @RepeatedTest(20)
    void eachRetryWaitsAboutTwiceAsLongWithinTwentyPercent() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            long expected = 2000L << (attempt - 1);
            assertThat(backoff.delayAfter(attempt).toMillis())
                    .as("attempt " + attempt)
                    .isBetween((long) (expected * 0.8), (long) (expected * 1.2));
        }
    }

    @Test
    void theWaitIsCapped() {
        assertThat(backoff.delayAfter(30).toMillis()).isLessThanOrEqualTo((long) (3_600_000 * 1.2));
        assertThat(backoff.delayAfter(1000).toMillis()).isPositive();
    }

    @Test
    void givesUpAfterTheMaximumNumberOfAttempts() {
        assertThat(backoff.exhausted(11)).isFalse();
        assertThat(backoff.exhausted(12)).isTrue();
    }
}
