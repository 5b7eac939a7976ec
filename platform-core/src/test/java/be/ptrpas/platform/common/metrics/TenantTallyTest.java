package be.ptrpas.platform.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantTallyTest {

    enum State {
        OPEN,
        DONE
    }

    private final Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final TenantTally<State> tally = new TenantTally<>(State.class, Duration.ofSeconds(60));

    @Test
    void sumsTheLatestCountsOfEveryMunicipality() {
        tally.record("71016", now, Map.of(State.OPEN, 3L, State.DONE, 1L));
        tally.record("11002", now, Map.of(State.OPEN, 2L));
        assertThat(tally.total(State.OPEN)).isEqualTo(5);
        assertThat(tally.total(State.DONE)).isEqualTo(1);
    }

    @Test
    void aNewCensusReplacesTheMunicipalitysCountsAndAMissingStateCountsZero() {
        tally.record("71016", now, Map.of(State.OPEN, 3L, State.DONE, 1L));
        tally.record("71016", now.plusSeconds(60), Map.of(State.DONE, 4L));
        assertThat(tally.total(State.OPEN)).isZero();
        assertThat(tally.total(State.DONE)).isEqualTo(4);
    }

    @Test
    void isDueForAMunicipalityNeverCountedAndOncePerPeriod() {
        assertThat(tally.due("71016", now)).isTrue();
        tally.record("71016", now, Map.of());
        assertThat(tally.due("71016", now.plusSeconds(59))).isFalse();
        assertThat(tally.due("71016", now.plusSeconds(60))).isTrue();
        assertThat(tally.due("11002", now)).as("another municipality").isTrue();
    }
}
