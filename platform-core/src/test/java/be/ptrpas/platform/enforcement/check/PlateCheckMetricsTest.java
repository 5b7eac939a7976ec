package be.ptrpas.platform.enforcement.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlateCheckMetricsTest {

    @Test
    void countsKnownVerdictsByNameAndAnythingElseAsOther() {
        assertThat(PlateCheckMetrics.of("RIGHT")).isEqualTo(PlateCheckMetrics.Verdict.RIGHT);
        assertThat(PlateCheckMetrics.of("NO_RIGHT")).isEqualTo(PlateCheckMetrics.Verdict.NO_RIGHT);
        assertThat(PlateCheckMetrics.of("RECENTLY_EXPIRED")).isEqualTo(PlateCheckMetrics.Verdict.RECENTLY_EXPIRED);
        assertThat(PlateCheckMetrics.of("NO_REGULATED_ZONE")).isEqualTo(PlateCheckMetrics.Verdict.NO_REGULATED_ZONE);
        assertThat(PlateCheckMetrics.of("1-ABC-123"))
                .as("never a value from outside as a label")
                .isEqualTo(PlateCheckMetrics.Verdict.OTHER);
        assertThat(PlateCheckMetrics.of(null)).isEqualTo(PlateCheckMetrics.Verdict.OTHER);
    }
}
