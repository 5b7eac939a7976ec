package be.ptrpas.platform.enforcement.charge;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.background.TenantJob;
import be.ptrpas.platform.background.WorkSignal;
import be.ptrpas.platform.enforcement.ScanIntake;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScanProcessingJobTest {

    /** Counts its calls; the first one waits until it is let go, as a long chunk would. */
    static final class HeldProcessor extends ObservationProcessor {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch letGo = new CountDownLatch(1);
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public int processNext(int limit) {
            if (calls.incrementAndGet() == 1) {
                entered.countDown();
                try {
                    letGo.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return 0;
        }
    }

    private final HeldProcessor processor = new HeldProcessor();
    private final ScanIntake intake = new ScanIntake();
    private final ScanProcessingJob job = new ScanProcessingJob();
    /** The municipalities that asked to be visited again on the next tick. */
    private final List<String> again = new CopyOnWriteArrayList<>();

    private Thread first;

    ScanProcessingJobTest() {
        job.processor = processor;
        job.intake = intake;
        job.signal = new WorkSignal() {
            @Override
            public void again(String nis, Class<? extends TenantJob> kind) {
                assertThat(kind).isEqualTo(ScanProcessingJob.class);
                again.add(nis);
            }
        };
    }

    @AfterEach
    void letGo() throws InterruptedException {
        processor.letGo.countDown();
        if (first != null) {
            first.join(10_000);
        }
    }

    @Test
    void whileBatchesArriveOneMunicipalityIsProcessedAtATime() throws InterruptedException {
        ScanIntake.Arrival arrival = intake.arriving();
        startFirstVisit();
        job.runFor("44021");
        assertThat(processor.calls).as("the second municipality steps back").hasValue(1);
        assertThat(again).as("and asks to come back on the next tick").containsExactly("44021");
        arrival.close();
    }

    @Test
    void withoutIntakeMunicipalitiesAreProcessedSideBySide() throws InterruptedException {
        startFirstVisit();
        job.runFor("44021");
        assertThat(processor.calls).hasValue(2);
    }

    @Test
    void theTurnPassesOnWhenTheVisitEnds() throws InterruptedException {
        ScanIntake.Arrival arrival = intake.arriving();
        startFirstVisit();
        processor.letGo.countDown();
        first.join(10_000);
        job.runFor("44021");
        assertThat(processor.calls).hasValue(2);
        assertThat(again).as("neither had work left").isEmpty();
        arrival.close();
    }

    private void startFirstVisit() throws InterruptedException {
        first = new Thread(() -> job.runFor("71016"));
        first.start();
        assertThat(processor.entered.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
