package be.ptrpas.platform.plugin.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.testsupport.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakersTest {

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-24T10:00:00Z"));
    final CircuitBreakers breakers = new CircuitBreakers(3, Duration.ofSeconds(30), clock);

    @Test
    void opensAfterTheThresholdOfFailuresInARowAndOnlyForThatKey() {
        assertThat(breakers.failure("genk|sms")).isFalse();
        assertThat(breakers.failure("genk|sms")).isFalse();
        assertThat(breakers.failure("genk|sms"))
                .as("the third failure opens it")
                .isTrue();
        assertThat(breakers.tryPass("genk|sms")).isFalse();
        assertThat(breakers.status("genk|sms").state()).isEqualTo(CircuitBreakers.State.OPEN);
        assertThat(breakers.tryPass("antwerpen|sms"))
                .as("another municipality is not affected")
                .isTrue();
    }

    @Test
    void aSuccessInBetweenResetsTheCount() {
        breakers.failure("k");
        breakers.failure("k");
        breakers.success("k");
        breakers.failure("k");
        breakers.failure("k");
        assertThat(breakers.tryPass("k")).isTrue();
    }

    @Test
    void afterTheWaitOneTrialIsLetThroughWhoseOutcomeDecides() {
        open("k");
        clock.now = clock.now.plusSeconds(31);
        assertThat(breakers.status("k").state()).isEqualTo(CircuitBreakers.State.HALF_OPEN);
        assertThat(breakers.tryPass("k")).as("the trial").isTrue();
        assertThat(breakers.tryPass("k")).as("only one trial at a time").isFalse();
        breakers.failure("k");
        assertThat(breakers.tryPass("k")).as("a failed trial opens it again").isFalse();
        clock.now = clock.now.plusSeconds(31);
        assertThat(breakers.tryPass("k")).isTrue();
        breakers.success("k");
        assertThat(breakers.status("k").state()).isEqualTo(CircuitBreakers.State.CLOSED);
        assertThat(breakers.tryPass("k")).isTrue();
    }

    @Test
    void releasingATrialFreesItWithoutClosingTheCircuit() {
        open("k");
        clock.now = clock.now.plusSeconds(31);
        assertThat(breakers.tryPass("k")).isTrue();
        breakers.release("k");
        assertThat(breakers.status("k").state())
                .as("still not known to be healthy")
                .isEqualTo(CircuitBreakers.State.HALF_OPEN);
        assertThat(breakers.tryPass("k")).as("the next caller may try").isTrue();
    }

    private void open(String key) {
        breakers.failure(key);
        breakers.failure(key);
        breakers.failure(key);
    }
}
