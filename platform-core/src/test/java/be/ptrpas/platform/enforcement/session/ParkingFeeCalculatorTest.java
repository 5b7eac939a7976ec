package be.ptrpas.platform.enforcement.session;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.enforcement.session.ParkingFeeCalculator.FeeLine;
import be.ptrpas.platform.enforcement.session.ParkingFeeCalculator.Quote;
import be.ptrpas.platform.enforcement.session.ParkingFeeCalculator.TariffPeriod;
import be.ptrpas.platform.tariff.TariffDefinitions.FareStep;
import be.ptrpas.platform.tariff.TariffDefinitions.ParkingTimeTariff;
import be.ptrpas.platform.tariff.TariffDefinitions.TimeFrame;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fee of a session, in Brussels time, against the demo tariffs (Antwerpen's red, orange and yellow zones,
 * Mechelen's three-step tariff) and tariffs made for the hard cases: midnight, the night, clocks changing.
 */
class ParkingFeeCalculatorTest {

    static final List<DayOfWeek> MON_SAT = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY);
    static final List<DayOfWeek> EVERY_DAY = Arrays.asList(DayOfWeek.values());
    /** A Tuesday in the 2026 tariffs. */
    static final LocalDate TUESDAY_2026 = LocalDate.of(2026, 11, 24);

    static final LocalDate SUNDAY_2026 = LocalDate.of(2026, 11, 29);
    /** Clocks go forward (02:00 → 03:00) and back (03:00 → 02:00) in Brussels. */
    static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);

    static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    static FareStep step(int minutes, String amount, Integer untilMinute) {
        return new FareStep(minutes, eur(amount), untilMinute);
    }

    static TimeFrame frame(List<DayOfWeek> days, String from, String to, Integer max, FareStep... steps) {
        return new TimeFrame(days, from, to, max, List.of(steps));
    }

    static TariffPeriod period(String from, String to, TimeFrame... frames) {
        return new TariffPeriod(
                LocalDate.parse(from), to == null ? null : LocalDate.parse(to), new ParkingTimeTariff(List.of(frames)));
    }

    /** Antwerpen's red zone from 2026 (demo data): Mon–Sat 09–19, Sun 13–19, 2 h at most. */
    static ParkingFeeCalculator antwerpRed() {
        return new ParkingFeeCalculator(
                "ANT-ROOD-CENTRUM",
                List.of(
                        period(
                                "2025-01-01",
                                "2025-12-31",
                                frame(MON_SAT, "09:00", "19:00", 120, step(15, "1.0", 60), step(15, "1.5", null)),
                                frame(List.of(SUNDAY), "13:00", "19:00", 120, step(15, "1.0", null))),
                        period(
                                "2026-01-01",
                                null,
                                frame(MON_SAT, "09:00", "19:00", 120, step(15, "1.1", 60), step(15, "1.6", null)),
                                frame(List.of(SUNDAY), "13:00", "19:00", 120, step(15, "1.1", null)))),
                120);
    }

    /** Antwerpen's orange zone (demo data): 30-minute steps, 3 h at most. */
    static ParkingFeeCalculator antwerpOrange() {
        return new ParkingFeeCalculator(
                "ANT-ORANJE-STATION",
                List.of(period(
                        "2025-01-01",
                        null,
                        frame(MON_SAT, "09:00", "19:00", 180, step(30, "1.4", 120), step(30, "2.0", null)))),
                180);
    }

    /** Antwerpen's yellow zone (demo data): hourly steps, Saturday until 18:00, 4 h at most. */
    static ParkingFeeCalculator antwerpYellow() {
        return new ParkingFeeCalculator(
                "ANT-GEEL-ZUID",
                List.of(period(
                        "2025-01-01",
                        null,
                        frame(
                                List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
                                "09:00",
                                "19:00",
                                240,
                                step(60, "1.5", 120),
                                step(60, "2.0", null)),
                        frame(List.of(SATURDAY), "09:00", "18:00", 240, step(60, "1.5", null)))),
                240);
    }

    /** A tariff paid around the clock, one euro per started hour, without a maximum. */
    static ParkingFeeCalculator aroundTheClock() {
        return new ParkingFeeCalculator(
                "TEST-24H",
                List.of(period("2025-01-01", null, frame(EVERY_DAY, "00:00", "24:00", null, step(60, "1.00", null)))),
                null);
    }

    static Instant local(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time))
                .atZone(ParkingFeeCalculator.BRUSSELS)
                .toInstant();
    }

    static Quote quote(ParkingFeeCalculator calculator, LocalDate day, String from, String to) {
        return calculator.quote(local(day, from), local(day, to));
    }

    static ProblemType problemOf(Runnable call) {
        try {
            call.run();
        } catch (ProblemException e) {
            return e.type();
        }
        throw new AssertionError("no problem raised");
    }

    @Nested
    class Steps {

        @ParameterizedTest(name = "{0}–{1} costs {2}")
        @CsvSource({
            "10:00, 10:01, 1.10", // one started quarter
            "10:00, 10:15, 1.10", // exactly one quarter: the next one has not started
            "10:00, 11:00, 4.40", // the first hour at 1.10 a quarter
            "10:00, 11:01, 6.00", // and one started quarter at the second step's 1.60
            "10:00, 11:30, 7.60",
            "10:00, 12:00, 10.80", // the full two hours the zone allows
        })
        void redZoneProgressiveQuarters(String from, String to, String fee) {
            Quote quote = quote(antwerpRed(), TUESDAY_2026, from, to);
            assertThat(quote.total()).isEqualByComparingTo(fee);
            assertThat(quote.total().scale()).isEqualTo(2);
        }

        @Test
        void aSecondIntoTheNextStepStartsIt() {
            Instant start = local(TUESDAY_2026, "10:00");
            assertThat(antwerpRed().quote(start, start.plusSeconds(15 * 60 + 1)).total())
                    .isEqualByComparingTo("2.20");
        }

        @Test
        void mechelensThreeStepsEachPriceTheirOwnHour() {
            ParkingFeeCalculator mechelen = new ParkingFeeCalculator(
                    "MEC-BETAALD-KERN",
                    List.of(period(
                            "2025-01-01",
                            null,
                            frame(
                                    MON_SAT,
                                    "09:00",
                                    "18:00",
                                    180,
                                    step(15, "0.5", 60),
                                    step(15, "0.8", 120),
                                    step(15, "1.2", null)))),
                    180);
            Quote quote = quote(mechelen, TUESDAY_2026, "09:00", "12:00");
            assertThat(quote.total()).isEqualByComparingTo("10.00"); // 4 × 0.50 + 4 × 0.80 + 4 × 1.20
            assertThat(quote.lines()).singleElement().satisfies(line -> {
                assertThat(line.steps()).isEqualTo(12);
                assertThat(line.minutes()).isEqualTo(180);
            });
        }

        @Test
        void halfHourAndHourSteps() {
            assertThat(quote(antwerpOrange(), TUESDAY_2026, "10:00", "12:00").total())
                    .isEqualByComparingTo("5.60");
            assertThat(quote(antwerpOrange(), TUESDAY_2026, "10:00", "12:10").total())
                    .isEqualByComparingTo("7.60");
            assertThat(quote(antwerpYellow(), TUESDAY_2026, "10:00", "13:30").total())
                    .isEqualByComparingTo("7.00");
        }

        @Test
        void theLastStepGoesOnBeyondItsUntilMinute() {
            ParkingFeeCalculator closedLastStep = new ParkingFeeCalculator(
                    "TEST",
                    List.of(period(
                            "2025-01-01",
                            null,
                            frame(EVERY_DAY, "09:00", "19:00", null, step(60, "1.00", 60), step(60, "3.00", 120)))),
                    null);
            assertThat(quote(closedLastStep, TUESDAY_2026, "09:00", "13:00").total())
                    .isEqualByComparingTo("10.00");
        }

        @Test
        void aStepThatDoesNotDivideItsRangeIsChargedWholeAndTheNextStepStartsAtItsMinute() {
            ParkingFeeCalculator odd = new ParkingFeeCalculator(
                    "TEST",
                    List.of(period(
                            "2025-01-01",
                            null,
                            frame(EVERY_DAY, "09:00", "19:00", null, step(25, "1.00", 60), step(30, "2.00", null)))),
                    null);
            // 0–25, 25–50, 50–75 (whole, though the range ends at 60), then 60–90 at the second step.
            assertThat(quote(odd, TUESDAY_2026, "09:00", "09:55").total()).isEqualByComparingTo("3.00");
            assertThat(quote(odd, TUESDAY_2026, "09:00", "10:01").total()).isEqualByComparingTo("5.00");
        }
    }

    @Nested
    class FrameBoundaries {

        @Test
        void onlyTheTimeInsideTheFrameIsPaid() {
            Quote morning = quote(antwerpRed(), TUESDAY_2026, "08:00", "09:30");
            assertThat(morning.total()).isEqualByComparingTo("2.20");
            assertThat(morning.lines()).singleElement().satisfies(line -> {
                assertThat(line.from()).isEqualTo(local(TUESDAY_2026, "09:00"));
                assertThat(line.to()).isEqualTo(local(TUESDAY_2026, "09:30"));
                assertThat(line.frame()).isEqualTo("09:00-19:00");
                assertThat(line.date()).isEqualTo(TUESDAY_2026);
                assertThat(line.minutes()).isEqualTo(30);
                assertThat(line.tariffValidFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
            });
            Quote evening = quote(antwerpRed(), TUESDAY_2026, "18:30", "20:00");
            assertThat(evening.total()).isEqualByComparingTo("2.20");
            assertThat(evening.paidThrough())
                    .as("the end lies outside any frame")
                    .isEqualTo(local(TUESDAY_2026, "20:00"));
        }

        @Test
        void aSessionOutsideEveryFrameIsFree() {
            Quote night = quote(antwerpRed(), TUESDAY_2026, "19:00", "23:00");
            assertThat(night.total()).isEqualByComparingTo("0.00");
            assertThat(night.lines()).isEmpty();
            assertThat(quote(antwerpRed(), TUESDAY_2026, "08:00", "09:00").total())
                    .isEqualByComparingTo("0");
        }

        @Test
        void sundayHasItsOwnFrame() {
            assertThat(quote(antwerpRed(), SUNDAY_2026, "12:00", "14:00").total())
                    .isEqualByComparingTo("4.40");
            assertThat(quote(antwerpYellow(), SUNDAY_2026, "10:00", "14:00").total())
                    .as("yellow is free on Sunday")
                    .isEqualByComparingTo("0");
        }

        @Test
        void saturdayEndsEarlierInTheYellowZone() {
            LocalDate saturday = TUESDAY_2026.plusDays(4);
            assertThat(quote(antwerpYellow(), saturday, "17:30", "19:00").total())
                    .isEqualByComparingTo("1.50");
        }

        @Test
        void theNightIsFreeAndEachMorningStartsAfresh() {
            Quote overnight =
                    antwerpRed().quote(local(TUESDAY_2026, "18:00"), local(TUESDAY_2026.plusDays(1), "10:00"));
            assertThat(overnight.lines())
                    .extracting(FeeLine::date)
                    .containsExactly(TUESDAY_2026, TUESDAY_2026.plusDays(1));
            assertThat(overnight.lines()).extracting(FeeLine::amount).containsExactly(eur("4.40"), eur("4.40"));
            assertThat(overnight.total()).isEqualByComparingTo("8.80");
        }

        @Test
        void aWholeWeekendFromSaturdayEveningToMondayMorning() {
            LocalDate saturday = TUESDAY_2026.plusDays(4);
            // Saturday 18:45–19:00, Sunday 13:00–19:00 would be 6 h: more than the two hours allowed.
            assertThat(problemOf(
                            () -> antwerpRed().quote(local(saturday, "18:45"), local(saturday.plusDays(2), "09:15"))))
                    .isEqualTo(ProblemType.PARKING_STAY_TOO_LONG);
            Quote yellow = antwerpYellow().quote(local(saturday, "17:45"), local(saturday.plusDays(2), "09:15"));
            assertThat(yellow.lines()).extracting(FeeLine::date).containsExactly(saturday, saturday.plusDays(2));
            assertThat(yellow.total()).isEqualByComparingTo("3.00");
        }
    }

    @Nested
    class Midnight {

        @Test
        void aTariffChangeAtMidnightPricesEachPartAtItsOwnRate() {
            ParkingFeeCalculator changing = new ParkingFeeCalculator(
                    "TEST",
                    List.of(
                            period(
                                    "2025-01-01",
                                    "2025-12-31",
                                    frame(EVERY_DAY, "00:00", "24:00", null, step(60, "1.00", null))),
                            period(
                                    "2026-01-01",
                                    null,
                                    frame(EVERY_DAY, "00:00", "24:00", null, step(60, "1.50", null)))),
                    null);
            Quote quote = changing.quote(
                    local(LocalDate.of(2025, 12, 31), "22:30"), local(LocalDate.of(2026, 1, 1), "01:30"));
            assertThat(quote.lines()).hasSize(2);
            assertThat(quote.lines().get(0).tariffValidFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(quote.lines().get(0).amount()).isEqualByComparingTo("2.00"); // 22:30–24:00: two started hours
            assertThat(quote.lines().get(1).tariffValidFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(quote.lines().get(1).amount()).isEqualByComparingTo("3.00"); // 00:00–01:30 at the new rate
            assertThat(quote.total()).isEqualByComparingTo("5.00");
        }

        @Test
        void theRealDemoTariffChangesOnNewYearsDay() {
            LocalDate friday = LocalDate.of(2026, 1, 2);
            LocalDate lastYear = LocalDate.of(2025, 12, 31);
            assertThat(quote(antwerpRed(), friday, "10:00", "11:00").total()).isEqualByComparingTo("4.40");
            assertThat(quote(antwerpRed(), lastYear, "10:00", "11:00").total()).isEqualByComparingTo("4.00");
        }

        @Test
        void aDayWithoutATariffPeriodHasNoPrice() {
            ParkingFeeCalculator ending = new ParkingFeeCalculator(
                    "TEST",
                    List.of(period(
                            "2025-01-01",
                            "2026-11-24",
                            frame(EVERY_DAY, "00:00", "24:00", null, step(60, "1.00", null)))),
                    null);
            assertThat(problemOf(
                            () -> ending.quote(local(TUESDAY_2026, "23:00"), local(TUESDAY_2026.plusDays(1), "01:00"))))
                    .isEqualTo(ProblemType.NO_PARKING_TARIFF);
            assertThat(problemOf(() -> antwerpRed()
                            .quote(local(LocalDate.of(2024, 6, 4), "10:00"), local(LocalDate.of(2024, 6, 4), "11:00"))))
                    .as("before the first period")
                    .isEqualTo(ProblemType.NO_PARKING_TARIFF);
        }

        @Test
        void aZoneWithoutAnyParkingTariffCannotBePaid() {
            ParkingFeeCalculator none = new ParkingFeeCalculator("GNK-BLAUW-CENTRUM", List.of(), 120);
            assertThatThrownBy(() -> quote(none, TUESDAY_2026, "10:00", "11:00"))
                    .isInstanceOfSatisfying(
                            ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.NO_PARKING_TARIFF))
                    .hasMessageContaining("GNK-BLAUW-CENTRUM");
        }
    }

    @Nested
    class DaylightSavingTime {

        @Test
        void whenClocksGoForwardAnHourOfTheDayDoesNotExist() {
            Quote quote = quote(aroundTheClock(), SPRING_FORWARD, "01:00", "04:00");
            assertThat(quote.total()).as("01:00–04:00 is two real hours").isEqualByComparingTo("2.00");
            assertThat(quote.lines())
                    .singleElement()
                    .extracting(FeeLine::minutes)
                    .isEqualTo(120L);
        }

        @Test
        void whenClocksGoBackAnHourHappensTwice() {
            Quote quote = quote(aroundTheClock(), FALL_BACK, "01:00", "04:00");
            assertThat(quote.total()).as("01:00–04:00 is four real hours").isEqualByComparingTo("4.00");
        }

        @Test
        void aWholeDayLasts23Or25Hours() {
            assertThat(aroundTheClock()
                            .quote(local(SPRING_FORWARD, "00:00"), local(SPRING_FORWARD.plusDays(1), "00:00"))
                            .total())
                    .isEqualByComparingTo("23.00");
            assertThat(aroundTheClock()
                            .quote(local(FALL_BACK, "00:00"), local(FALL_BACK.plusDays(1), "00:00"))
                            .total())
                    .isEqualByComparingTo("25.00");
        }

        @Test
        void daytimeFramesKeepTheirLocalHoursAcrossTheChange() {
            ParkingFeeCalculator daily = new ParkingFeeCalculator(
                    "TEST",
                    List.of(period(
                            "2025-01-01", null, frame(EVERY_DAY, "09:00", "19:00", null, step(60, "1.00", null)))),
                    null);
            Instant saturdayNoon = local(SPRING_FORWARD.minusDays(1), "12:00");
            Instant sundayNoon = local(SPRING_FORWARD, "12:00");
            assertThat(sundayNoon.getEpochSecond() - saturdayNoon.getEpochSecond())
                    .as("23 real hours")
                    .isEqualTo(23 * 3600);
            Quote quote = daily.quote(saturdayNoon, sundayNoon);
            assertThat(quote.lines()).extracting(FeeLine::minutes).containsExactly(7 * 60L, 3 * 60L);
            assertThat(quote.total()).isEqualByComparingTo("10.00");
            // In summer time 09:00 local is 07:00 UTC, in winter 08:00 UTC.
            assertThat(quote.lines().get(1).from()).isEqualTo(Instant.parse("2026-03-29T07:00:00Z"));
            assertThat(quote.lines().get(0).from()).isEqualTo(Instant.parse("2026-03-28T11:00:00Z"));
        }
    }

    @Nested
    class MaximumStay {

        @Test
        void theFramesMaximumIsEnforced() {
            assertThat(quote(antwerpRed(), TUESDAY_2026, "10:00", "12:00").total())
                    .isEqualByComparingTo("10.80");
            assertThatThrownBy(() -> quote(antwerpRed(), TUESDAY_2026, "10:00", "12:01"))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.PARKING_STAY_TOO_LONG))
                    .hasMessageContaining("120 minutes");
        }

        @Test
        void theZonesMaximumIsEnforcedWhenItIsStricter() {
            ParkingFeeCalculator strict = new ParkingFeeCalculator(
                    "TEST",
                    List.of(period("2025-01-01", null, frame(MON_SAT, "09:00", "19:00", 240, step(60, "1.00", null)))),
                    60);
            assertThat(quote(strict, TUESDAY_2026, "10:00", "11:00").total()).isEqualByComparingTo("1.00");
            assertThat(problemOf(() -> quote(strict, TUESDAY_2026, "10:00", "11:01")))
                    .isEqualTo(ProblemType.PARKING_STAY_TOO_LONG);
        }

        @Test
        void freeTimeDoesNotCountTowardsTheMaximum() {
            // 07:00–11:00 is four hours, but only the two after 09:00 are in the frame.
            assertThat(quote(antwerpRed(), TUESDAY_2026, "07:00", "11:00").total())
                    .isEqualByComparingTo("10.80");
            assertThat(antwerpRed()
                            .quote(local(TUESDAY_2026, "17:30"), local(TUESDAY_2026.plusDays(1), "10:30"))
                            .total())
                    .isEqualByComparingTo("15.20"); // 1.5 h + 1.5 h, each within the two hours
        }

        @Test
        void noSessionLastsMoreThanAWeek() {
            Instant start = local(TUESDAY_2026, "10:00");
            assertThat(aroundTheClock()
                            .quote(start, start.plus(ParkingFeeCalculator.LONGEST_SESSION))
                            .lines())
                    .hasSize(8);
            assertThat(problemOf(() -> aroundTheClock()
                            .quote(
                                    start,
                                    start.plus(ParkingFeeCalculator.LONGEST_SESSION)
                                            .plusSeconds(1))))
                    .isEqualTo(ProblemType.PARKING_STAY_TOO_LONG);
        }
    }

    @Nested
    class PaidThrough {

        @Test
        void aStartedStepIsPaidToItsEnd() {
            Quote quote = quote(antwerpRed(), TUESDAY_2026, "10:00", "10:20");
            assertThat(quote.total()).isEqualByComparingTo("2.20");
            assertThat(quote.paidThrough()).isEqualTo(local(TUESDAY_2026, "10:30"));
            assertThat(quote(antwerpRed(), TUESDAY_2026, "10:00", "10:30").paidThrough())
                    .isEqualTo(local(TUESDAY_2026, "10:30"));
        }

        @Test
        void neverPastTheFramesEnd() {
            assertThat(quote(antwerpYellow(), TUESDAY_2026, "18:30", "18:40").paidThrough())
                    .as("an hourly step started at 18:30 would reach 19:30; parking is free from 19:00")
                    .isEqualTo(local(TUESDAY_2026, "19:00"));
            assertThat(quote(antwerpOrange(), TUESDAY_2026, "18:00", "18:50").paidThrough())
                    .isEqualTo(local(TUESDAY_2026, "19:00"));
        }

        @Test
        void theStepsCountFromTheMomentTheCarEnteredTheFrame() {
            // Parked at 08:50, paid from 09:00: the quarters are 09:00–09:15, …
            assertThat(quote(antwerpRed(), TUESDAY_2026, "08:50", "09:20").paidThrough())
                    .isEqualTo(local(TUESDAY_2026, "09:30"));
        }

        @Test
        void aStepThatOutrunsItsRangeIsPaidToTheRangesEnd() {
            ParkingFeeCalculator odd = new ParkingFeeCalculator(
                    "TEST",
                    List.of(period(
                            "2025-01-01",
                            null,
                            frame(EVERY_DAY, "09:00", "19:00", null, step(25, "1.00", 60), step(30, "2.00", null)))),
                    null);
            assertThat(quote(odd, TUESDAY_2026, "09:00", "09:55").paidThrough())
                    .isEqualTo(local(TUESDAY_2026, "10:00"));
        }
    }

    @Nested
    class Stopping {

        final Instant plannedEnd = local(TUESDAY_2026, "23:00");

        @Test
        void aStopInsideAPaidStepKeepsTheRightToThatStepsEnd() {
            ParkingFeeCalculator.Stop stop =
                    antwerpRed().stop(local(TUESDAY_2026, "10:00"), plannedEnd, local(TUESDAY_2026, "10:20"));
            assertThat(stop.quote().total()).isEqualByComparingTo("2.20");
            assertThat(stop.rightEnds()).isEqualTo(local(TUESDAY_2026, "10:30"));
        }

        @Test
        void theRightNeverOutlastsThePlannedEnd() {
            ParkingFeeCalculator.Stop stop = antwerpRed()
                    .stop(local(TUESDAY_2026, "10:00"), local(TUESDAY_2026, "10:25"), local(TUESDAY_2026, "10:20"));
            assertThat(stop.rightEnds()).isEqualTo(local(TUESDAY_2026, "10:25"));
        }

        @Test
        void aStopInFreeTimeEndsTheRightWithTheStop() {
            Instant stoppedAt = local(TUESDAY_2026, "20:14").plusSeconds(27);
            ParkingFeeCalculator.Stop stop = antwerpRed().stop(local(TUESDAY_2026, "20:00"), plannedEnd, stoppedAt);
            assertThat(stop.quote().lines()).isEmpty();
            assertThat(stop.rightEnds()).isEqualTo(stoppedAt);
        }

        @Test
        void aStopInTheSecondItStartedEndsTheRightThenWhenFree() {
            // The case a CI run caught: stopped within the starting second at 20:14 Brussels time, the right ended a
            // second after the stop.
            Instant startAndStop = local(TUESDAY_2026, "20:14").plusSeconds(27);
            ParkingFeeCalculator.Stop stop = antwerpRed().stop(startAndStop, plannedEnd, startAndStop);
            assertThat(stop.quote().lines()).isEmpty();
            assertThat(stop.rightEnds()).isEqualTo(startAndStop);
        }

        @Test
        void aStopInTheSecondItStartedPaysTheFirstStepWhenPaid() {
            Instant startAndStop = local(TUESDAY_2026, "10:00");
            ParkingFeeCalculator.Stop stop = antwerpRed().stop(startAndStop, plannedEnd, startAndStop);
            assertThat(stop.quote().total()).isEqualByComparingTo("1.10");
            assertThat(stop.rightEnds()).isEqualTo(local(TUESDAY_2026, "10:15"));
        }

        @Test
        void aStopInTheLastSecondOfAFrameItStartedInIsPaidToTheFramesEnd() {
            Instant startAndStop = local(TUESDAY_2026, "18:59").plusSeconds(59);
            ParkingFeeCalculator.Stop stop = antwerpRed().stop(startAndStop, plannedEnd, startAndStop);
            assertThat(stop.quote().total()).isEqualByComparingTo("1.10");
            assertThat(stop.rightEnds()).isEqualTo(local(TUESDAY_2026, "19:00"));
        }

        @Test
        void aStopAfterTheFramesEndEndsTheRightWithTheStop() {
            Instant stoppedAt = local(TUESDAY_2026, "19:00").plusSeconds(1);
            ParkingFeeCalculator.Stop stop =
                    antwerpRed().stop(local(TUESDAY_2026, "18:59").plusSeconds(59), plannedEnd, stoppedAt);
            assertThat(stop.quote().total()).isEqualByComparingTo("1.10");
            assertThat(stop.rightEnds()).isEqualTo(stoppedAt);
        }

        @Test
        void aStopBeforeTheStartIsNotAStop() {
            assertThatThrownBy(() ->
                            antwerpRed().stop(local(TUESDAY_2026, "10:00"), plannedEnd, local(TUESDAY_2026, "09:59")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class PaidHours {

        @Test
        void paidInsideAFrameOfThatDayOnly() {
            assertThat(antwerpRed().paidAt(local(TUESDAY_2026, "09:00")))
                    .as("a frame starts paid")
                    .isTrue();
            assertThat(antwerpRed().paidAt(local(TUESDAY_2026, "18:59"))).isTrue();
            assertThat(antwerpRed().paidAt(local(TUESDAY_2026, "19:00")))
                    .as("and ends free")
                    .isFalse();
            assertThat(antwerpRed().paidAt(local(TUESDAY_2026, "08:59"))).isFalse();
            assertThat(antwerpRed().paidAt(local(TUESDAY_2026.plusDays(5), "12:00")))
                    .as("Sunday morning")
                    .isFalse();
            assertThat(antwerpRed().paidAt(local(TUESDAY_2026.plusDays(5), "13:30")))
                    .as("Sunday afternoon")
                    .isTrue();
            assertThat(antwerpYellow().paidAt(local(TUESDAY_2026.plusDays(4), "18:30")))
                    .as("Saturday until 18:00")
                    .isFalse();
            assertThat(aroundTheClock().paidAt(local(TUESDAY_2026, "03:00"))).isTrue();
        }

        @Test
        void noTariffThatDayMeansNotPaid() {
            assertThat(antwerpOrange().paidAt(local(LocalDate.of(2024, 6, 4), "10:00")))
                    .isFalse();
            assertThat(antwerpOrange().hasTariff()).isTrue();
            assertThat(new ParkingFeeCalculator("NONE", List.of(), null).hasTariff())
                    .isFalse();
        }
    }

    @Nested
    class OpenEnd {

        @Test
        void theZonesMaximumStayAfterTheStart() {
            assertThat(antwerpRed().openEnd(local(TUESDAY_2026, "10:07"))).isEqualTo(local(TUESDAY_2026, "12:07"));
            assertThat(antwerpRed().openEnd(local(TUESDAY_2026, "18:30")))
                    .as("the free evening counts as time too")
                    .isEqualTo(local(TUESDAY_2026, "20:30"));
        }

        @Test
        void aFramesOwnMaximumWhenItIsShorter() {
            ParkingFeeCalculator shortFrame = new ParkingFeeCalculator(
                    "SHORT",
                    List.of(period("2025-01-01", null, frame(MON_SAT, "09:00", "19:00", 30, step(15, "1.00", null)))),
                    120);
            assertThat(shortFrame.openEnd(local(TUESDAY_2026, "08:50"))).isEqualTo(local(TUESDAY_2026, "09:30"));
        }

        @Test
        void withoutAnyMaximumAtMostSevenDaysAndNeverIntoADayWithoutATariff() {
            Instant start = local(TUESDAY_2026, "10:00");
            assertThat(aroundTheClock().openEnd(start)).isEqualTo(start.plus(ParkingFeeCalculator.LONGEST_SESSION));
            ParkingFeeCalculator ending = new ParkingFeeCalculator(
                    "ENDING",
                    List.of(period(
                            "2025-01-01",
                            "2026-11-25",
                            frame(EVERY_DAY, "00:00", "24:00", null, step(60, "1.00", null)))),
                    null);
            assertThat(ending.openEnd(start)).isEqualTo(local(TUESDAY_2026.plusDays(2), "00:00"));
            assertThat(problemOf(() -> new ParkingFeeCalculator("NONE", List.of(), 120).openEnd(start)))
                    .isEqualTo(ProblemType.NO_PARKING_TARIFF);
        }
    }
}
