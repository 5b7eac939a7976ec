package be.ptrpas.platform.enforcement.session;

import static be.ptrpas.platform.enforcement.session.ParkingFeeCalculatorTest.TUESDAY_2026;
import static be.ptrpas.platform.enforcement.session.ParkingFeeCalculatorTest.antwerpRed;
import static be.ptrpas.platform.enforcement.session.ParkingFeeCalculatorTest.local;
import static be.ptrpas.platform.enforcement.session.ParkingFeeCalculatorTest.problemOf;
import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.enforcement.rights.RightKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Open (start–stop) sessions and parking-disc sessions: what they give while they run and what the stop charges, in
 * Antwerpen's red zone (2026: 1.10 a quarter for the first hour, then 1.60; 2 h at most) and a blue zone of 2 h.
 */
class SessionTermsTest {

    static final SessionTerms RED = SessionTerms.paid("ANT-ROOD-CENTRUM", antwerpRed());
    static final SessionTerms BLUE = SessionTerms.disc("GNK-BLAUW-CENTRUM", 120);

    @Test
    void anOpenPaidSessionIsARightUpToTheMaximumStayAndOwesNothingUntilTheStop() {
        SessionTerms.Terms terms = RED.of(local(TUESDAY_2026, "10:07"), null);
        assertThat(terms.kind()).isEqualTo(RightKind.PAID_SESSION);
        assertThat(terms.rightEnds()).isEqualTo(local(TUESDAY_2026, "12:07"));
        assertThat(terms.discTime()).isNull();
        assertThat(terms.quote().total()).isEqualByComparingTo("0");
        assertThat(terms.quote().lines()).isEmpty();
    }

    @Test
    void theStopChargesTheFramesFromStartToStop() {
        Instant start = local(TUESDAY_2026, "10:00");
        Instant cap = RED.of(start, null).rightEnds();
        SessionTerms.Settlement stop = RED.stop(start, null, cap, local(TUESDAY_2026, "11:10"));
        // The first hour (4 quarters at 1.10) and one started quarter at 1.60; the right to the end of that quarter.
        assertThat(stop.quote().total()).isEqualByComparingTo("6.00");
        assertThat(stop.stoppedAt()).isEqualTo(local(TUESDAY_2026, "11:10"));
        assertThat(stop.rightEnds()).isEqualTo(local(TUESDAY_2026, "11:15"));
    }

    @Test
    void aStopAfterTheMaximumStayIsChargedUntilTheMaximumOnly() {
        Instant start = local(TUESDAY_2026, "10:00");
        Instant cap = RED.of(start, null).rightEnds();
        SessionTerms.Settlement late = RED.stop(start, null, cap, local(TUESDAY_2026, "15:42"));
        assertThat(late.stoppedAt()).isEqualTo(local(TUESDAY_2026, "12:00"));
        assertThat(late.rightEnds()).isEqualTo(local(TUESDAY_2026, "12:00"));
        assertThat(late.quote().total())
                .as("the full two hours, as a session bought to 12:00")
                .isEqualByComparingTo("10.80");
    }

    @Test
    void anOpenSessionStartedBeforeThePaidHoursEndsAtTheMaximumStayAfterItsStartToo() {
        // 08:00 + 2 h: the right ends at 10:00, though a fixed session could have been bought to 11:00.
        Instant start = local(TUESDAY_2026, "08:00");
        assertThat(RED.of(start, null).rightEnds()).isEqualTo(local(TUESDAY_2026, "10:00"));
        assertThat(RED.stop(start, null, local(TUESDAY_2026, "10:00"), local(TUESDAY_2026, "09:20"))
                        .quote()
                        .total())
                .as("08:00–09:00 is free; two quarters are started")
                .isEqualByComparingTo("2.20");
    }

    @Test
    void aDiscSessionIsFreeAndHoldsFromTheArrivalToTheDiscsTimePlusTheMaximumStay() {
        Instant arrival = local(TUESDAY_2026, "10:07");
        SessionTerms.Terms open = BLUE.of(arrival, null);
        assertThat(open.kind()).isEqualTo(RightKind.PARKING_DISC);
        assertThat(open.discTime()).isEqualTo(local(TUESDAY_2026, "10:30"));
        assertThat(open.rightEnds()).isEqualTo(local(TUESDAY_2026, "12:30"));
        assertThat(open.quote().total()).isEqualByComparingTo("0");

        assertThat(BLUE.of(arrival, local(TUESDAY_2026, "12:30")).rightEnds()).isEqualTo(local(TUESDAY_2026, "12:30"));
        assertThat(problemOf(() -> BLUE.of(arrival, local(TUESDAY_2026, "12:31"))))
                .isEqualTo(ProblemType.PARKING_STAY_TOO_LONG);

        SessionTerms.Settlement stop = BLUE.stop(arrival, null, open.rightEnds(), local(TUESDAY_2026, "11:00"));
        assertThat(stop.rightEnds()).as("the car left").isEqualTo(local(TUESDAY_2026, "11:00"));
        assertThat(stop.quote().total()).isEqualByComparingTo("0");
    }

    @Test
    void aFrameThatAllowsNoStayRefusesAnOpenSessionInsteadOfFailing() {
        SessionTerms none = SessionTerms.paid(
                "NONE",
                new ParkingFeeCalculator(
                        "NONE",
                        List.of(ParkingFeeCalculatorTest.period(
                                "2025-01-01",
                                null,
                                ParkingFeeCalculatorTest.frame(
                                        ParkingFeeCalculatorTest.EVERY_DAY,
                                        "00:00",
                                        "24:00",
                                        0,
                                        ParkingFeeCalculatorTest.step(60, "1.00", null)))),
                        null));
        assertThat(problemOf(() -> none.of(local(TUESDAY_2026, "10:00"), null)))
                .isEqualTo(ProblemType.PARKING_STAY_TOO_LONG);
    }
}
