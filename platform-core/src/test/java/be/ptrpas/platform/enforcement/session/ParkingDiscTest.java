package be.ptrpas.platform.enforcement.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The digital parking disc: the arrival rounded up to the next half-hour mark (art. 27.1.2), then the maximum stay. */
class ParkingDiscTest {

    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    static Instant local(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time))
                .atZone(ParkingFeeCalculator.BRUSSELS)
                .toInstant();
    }

    @ParameterizedTest(name = "arrival {0} shows {1}")
    @CsvSource({
        "11:05:00, 11:30", // parking.brussels' example
        "11:00:00, 11:30", // on a mark: the arrow goes on the mark that follows
        "11:29:59, 11:30",
        "11:30:00, 12:00",
        "11:30:01, 12:00",
        "15:31:00, 16:00",
        "23:45:00, 00:00", // the next day's midnight
    })
    void theDiscShowsTheHalfHourMarkAfterTheArrival(String arrival, String shows) {
        Instant disc = ParkingDisc.discTime(local(TUESDAY, arrival));
        LocalDate day = shows.equals("00:00") ? TUESDAY.plusDays(1) : TUESDAY;
        assertThat(disc).isEqualTo(local(day, shows));
    }

    @Test
    void aBlueZoneAllowsTheDiscsTimePlusItsMaximumStay() {
        assertThat(ParkingDisc.latestEnd(local(TUESDAY, "10:07:00"), 120)).isEqualTo(local(TUESDAY, "12:30"));
        assertThat(ParkingDisc.latestEnd(local(TUESDAY, "10:07:00"), 90)).isEqualTo(local(TUESDAY, "12:00"));
        assertThat(ParkingDisc.latestEnd(local(TUESDAY, "10:07:00"), null))
                .as("two hours without other signs")
                .isEqualTo(local(TUESDAY, "12:30"));
    }

    @Test
    void marksAreInBrusselsTimeAcrossTheClockChange() {
        // 2026-03-29: clocks go from 02:00 to 03:00. An arrival at 01:50 shows the mark after it: 03:00 local.
        LocalDate spring = LocalDate.of(2026, 3, 29);
        assertThat(ParkingDisc.discTime(local(spring, "01:50:00"))).isEqualTo(local(spring, "03:00"));
        assertThat(ParkingDisc.discTime(local(spring, "03:10:00"))).isEqualTo(local(spring, "03:30"));
    }
}
