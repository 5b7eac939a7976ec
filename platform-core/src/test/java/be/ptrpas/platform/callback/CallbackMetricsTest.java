package be.ptrpas.platform.callback;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

class CallbackMetricsTest {

    @Test
    void aRefusalCountsUnderItsReason() {
        assertThat(CallbackMetrics.reason(ProblemType.CALLBACK_REJECTED))
                .isEqualTo(CallbackMetrics.Reason.NOT_VERIFIED);
        assertThat(CallbackMetrics.reason(ProblemType.NOT_FOUND))
                .as("unknown slot or no such check")
                .isEqualTo(CallbackMetrics.Reason.NOT_VERIFIED);
        assertThat(CallbackMetrics.reason(ProblemType.TOO_MANY_REQUESTS))
                .isEqualTo(CallbackMetrics.Reason.RATE_LIMITED);
        assertThat(CallbackMetrics.reason(ProblemType.CONTENT_TOO_LARGE)).isEqualTo(CallbackMetrics.Reason.TOO_LARGE);
        assertThat(CallbackMetrics.reason(ProblemType.VALIDATION)).isEqualTo(CallbackMetrics.Reason.OTHER);
    }
}
