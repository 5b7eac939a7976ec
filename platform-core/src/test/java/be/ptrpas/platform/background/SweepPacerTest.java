package be.ptrpas.platform.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SweepPacerTest {

    private static final long SWEEP = 5_000;
    private static final long TICK = 250;

    private static List<String> municipalities(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> String.valueOf(10_000 + i))
                .toList();
    }

    @Test
    void aRoundVisitsEveryMunicipalityOnceSpreadEvenlyOverThePeriod() {
        SweepPacer pacer = new SweepPacer(SWEEP, TICK);
        List<String> all = municipalities(300);
        List<String> visited = new ArrayList<>();
        List<Integer> perTick = new ArrayList<>();
        for (long now = 0; now < SWEEP; now += TICK) {
            List<String> due = pacer.dueAt(now, () -> all);
            perTick.add(due.size());
            visited.addAll(due);
        }
        assertThat(visited).containsExactlyElementsOf(all);
        assertThat(perTick).hasSize(20).containsOnly(15);
        assertThat(pacer.waiting()).isZero();
    }

    @Test
    void theNextRoundStartsAfterThePeriodAndAsksForTheMunicipalitiesAgain() {
        SweepPacer pacer = new SweepPacer(SWEEP, TICK);
        AtomicInteger asked = new AtomicInteger();
        List<String> round1 = municipalities(40);
        List<String> round2 = municipalities(41); // a municipality joined meanwhile
        Supplier<List<String>> directory = () -> asked.incrementAndGet() == 1 ? round1 : round2;
        List<String> visited = new ArrayList<>();
        for (long now = 0; now < 2 * SWEEP; now += TICK) {
            visited.addAll(pacer.dueAt(now, directory));
        }
        assertThat(asked).hasValue(2);
        assertThat(visited).hasSize(81);
        assertThat(visited.subList(40, 81)).containsExactlyElementsOf(round2);
    }

    @Test
    void fewerMunicipalitiesThanTicksAreVisitedOneATickAndEarly() {
        SweepPacer pacer = new SweepPacer(SWEEP, TICK);
        List<String> all = municipalities(3);
        assertThat(pacer.dueAt(0, () -> all)).containsExactly("10000");
        assertThat(pacer.dueAt(250, () -> all)).containsExactly("10001");
        assertThat(pacer.dueAt(500, () -> all)).containsExactly("10002");
        assertThat(pacer.dueAt(750, () -> all)).isEmpty();
    }

    @Test
    void aMunicipalityStillWaitingWhenTheNextRoundStartsIsNotQueuedTwice() {
        // Ticks can be late (a busy machine): the round is not finished when the next one is due.
        SweepPacer pacer = new SweepPacer(SWEEP, TICK);
        List<String> all = municipalities(40);
        assertThat(pacer.dueAt(0, () -> all)).containsExactly("10000", "10001");
        // The two visited join again at the end; the 38 that waited keep their places and go first.
        assertThat(pacer.dueAt(SWEEP, () -> all)).containsExactly("10002", "10003");
        assertThat(pacer.waiting()).isEqualTo(38);
    }

    @Test
    void aFailedLookUpOfTheMunicipalitiesIsTriedAgainOnTheNextTick() {
        SweepPacer pacer = new SweepPacer(SWEEP, TICK);
        assertThatThrownBy(() -> pacer.dueAt(0, () -> {
                    throw new IllegalStateException("database down");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(pacer.dueAt(TICK, () -> municipalities(20))).containsExactly("10000");
    }

    @Test
    void aTickLongerThanTheSweepVisitsEveryoneAtOnce() {
        SweepPacer pacer = new SweepPacer(1_000, 5_000);
        assertThat(pacer.dueAt(0, () -> municipalities(7))).hasSize(7);
    }
}
