package be.ptrpas.platform.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.tariff.TariffPeriods.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariffPeriodsTest {

    static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    @Test
    void contiguousPeriodsEndingOpenAreFine() {
        assertThat(TariffPeriods.problems(List.of(
                        period("2024-01-01", "2024-12-31"),
                        period("2025-01-01", "2025-06-30"),
                        period("2025-07-01", null))))
                .isEmpty();
    }

    @Test
    void contiguousClosedPeriodsAreFine() {
        assertThat(TariffPeriods.problems(
                        List.of(period("2025-01-01", "2025-01-01"), period("2025-01-02", "2025-12-31"))))
                .isEmpty();
    }

    @Test
    void aSingleOpenPeriodIsFine() {
        assertThat(TariffPeriods.problems(List.of(period("2025-01-01", null)))).isEmpty();
        assertThat(TariffPeriods.problems(List.of())).isEmpty();
    }

    @Test
    void overlappingPeriodsAreNamedWithTheOverlappingDays() {
        List<String> problems =
                TariffPeriods.problems(List.of(period("2025-01-01", "2025-12-31"), period("2025-12-01", null)));
        assertThat(problems)
                .containsExactly(
                        "the periods starting 2025-01-01 and 2025-12-01 overlap from 2025-12-01 to 2025-12-31");
    }

    @Test
    void anOverlapOfOneDayCounts() {
        List<String> problems =
                TariffPeriods.problems(List.of(period("2025-01-01", "2025-06-30"), period("2025-06-30", "2025-12-31")));
        assertThat(problems)
                .containsExactly(
                        "the periods starting 2025-01-01 and 2025-06-30 overlap from 2025-06-30 to 2025-06-30");
    }

    @Test
    void aPeriodInsideAnotherOverlapsUntilItsOwnEnd() {
        assertThat(TariffPeriods.problems(
                        List.of(period("2025-01-01", "2025-12-31"), period("2025-03-01", "2025-03-31"))))
                .containsExactly(
                        "the periods starting 2025-01-01 and 2025-03-01 overlap from 2025-03-01 to 2025-03-31");
    }

    @Test
    void aGapIsNamedWithTheUncoveredDays() {
        List<String> problems =
                TariffPeriods.problems(List.of(period("2025-01-01", "2025-06-30"), period("2025-08-01", null)));
        assertThat(problems)
                .containsExactly("no tariff would apply from 2025-07-01 to 2025-07-31 (between the "
                        + "periods starting 2025-01-01 and 2025-08-01)");
    }

    @Test
    void anOpenEndedPeriodFollowedByAnotherMustBeEndedFirst() {
        List<String> problems = TariffPeriods.problems(List.of(period("2025-01-01", null), period("2026-01-01", null)));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0))
                .contains("the period starting 2025-01-01 has no end date")
                .contains("overlaps the period starting 2026-01-01")
                .contains("end it on 2025-12-31 first");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsNamed() {
        List<String> problems = TariffPeriods.problems(List.of(period("2025-05-01", "2025-04-30")));
        assertThat(problems).containsExactly("the period starting 2025-05-01 ends before it starts (2025-04-30)");
    }

    @Test
    void theOrderOfTheInputDoesNotMatter() {
        List<Period> contiguous = new ArrayList<>(List.of(
                period("2023-01-01", "2023-12-31"), period("2024-01-01", "2024-12-31"), period("2025-01-01", null)));
        List<Period> gap = new ArrayList<>(List.of(
                period("2023-01-01", "2023-12-31"), period("2024-02-01", "2024-12-31"), period("2025-01-01", null)));
        List<String> gapProblems = TariffPeriods.problems(gap);
        assertThat(gapProblems).hasSize(1).first().asString().contains("from 2024-01-01 to 2024-01-31");
        for (int i = 0; i < 5; i++) {
            Collections.rotate(contiguous, 1);
            Collections.reverse(gap);
            assertThat(TariffPeriods.problems(contiguous))
                    .as("order %s", contiguous)
                    .isEmpty();
            assertThat(TariffPeriods.problems(gap)).as("order %s", gap).isEqualTo(gapProblems);
        }
    }

    @Test
    void everyProblemIsReportedInDateOrder() {
        List<String> problems = TariffPeriods.problems(List.of(
                period("2025-09-01", null), period("2025-01-01", "2025-03-31"), period("2025-05-01", "2025-09-15")));
        assertThat(problems)
                .containsExactly(
                        "no tariff would apply from 2025-04-01 to 2025-04-30 (between the periods starting 2025-01-01 and "
                                + "2025-05-01)",
                        "the periods starting 2025-05-01 and 2025-09-01 overlap from 2025-09-01 to 2025-09-15");
    }

    @Test
    void theInputListIsNotReordered() {
        List<Period> periods = List.of(period("2026-01-01", null), period("2025-01-01", "2025-12-31"));
        assertThat(TariffPeriods.problems(periods)).isEmpty();
        assertThat(periods.get(0).from()).isEqualTo(LocalDate.parse("2026-01-01"));
    }
}
