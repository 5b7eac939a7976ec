package be.ptrpas.platform.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ScanIntakeTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final ScanIntake intake = new ScanIntake(now::get);

    @Test
    void quietUntilABatchArrives() {
        assertThat(intake.busy()).isFalse();
    }

    @Test
    void busyWhileABatchIsStoredAndAMomentAfter() {
        ScanIntake.Arrival first = intake.arriving();
        ScanIntake.Arrival second = intake.arriving();
        assertThat(intake.busy()).isTrue();
        first.close();
        now.addAndGet(ScanIntake.QUIET_NANOS * 10);
        assertThat(intake.busy()).as("one batch still arriving").isTrue();
        second.close();
        now.addAndGet(ScanIntake.QUIET_NANOS - 1);
        assertThat(intake.busy()).as("the next batch of a burst may follow").isTrue();
        now.addAndGet(1);
        assertThat(intake.busy()).isFalse();
    }
}
