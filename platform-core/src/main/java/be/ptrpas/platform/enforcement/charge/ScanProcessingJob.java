package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.background.TenantJob;
import be.ptrpas.platform.background.WorkSignal;
import be.ptrpas.platform.enforcement.ScanIntake;
import be.ptrpas.platform.persistence.TenantsWithWork;
import be.ptrpas.platform.persistence.WorkProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works through a municipality's waiting scan observations, a chunk per transaction, for at most a few seconds per
 * visit so other municipalities get their turn; whatever is left waits for the next visit. While scan batches are
 * arriving ({@link ScanIntake}), only one municipality is processed at a time: the others step back and ask to be
 * visited again on the next tick ({@link WorkSignal#again}), as does a municipality whose visit ran out of time with
 * observations left; waiting for the next sweep instead left the processing idle for seconds at a time.
 */
@ApplicationScoped
public class ScanProcessingJob implements TenantJob {

    private static final Logger LOG = Logger.getLogger(ScanProcessingJob.class.getName());
    static final int CHUNK = 200;
    private static final long BUDGET_MILLIS = 3_000;

    private final Semaphore duringIntake = new Semaphore(1);

    @Inject
    TenantsWithWork tenantsWithWork;

    @Inject
    ObservationProcessor processor;

    @Inject
    ScanIntake intake;

    @Inject
    WorkSignal signal;

    /** The municipalities with observations not processed yet (ObservationProcessor.processNext's predicate). */
    @Override
    public Set<String> withWork(Collection<String> municipalities, Instant now) {
        return tenantsWithWork.find(WorkProbe.SCAN_OBSERVATIONS, now);
    }

    @Override
    public void runFor(String nis) {
        boolean gated = intake.busy();
        if (gated && !duringIntake.tryAcquire()) {
            // Another municipality is being processed while batches arrive: try again on the next tick, not only at
            // the next sweep (seconds later), so the one permit passes from municipality to municipality.
            signal.again(nis, ScanProcessingJob.class);
            return;
        }
        try {
            long until = System.nanoTime() / 1_000_000 + BUDGET_MILLIS;
            int done;
            do {
                done = processor.processNext(CHUNK);
            } while (done == CHUNK && System.nanoTime() / 1_000_000 < until);
            if (done == CHUNK) {
                // The budget ran out with work left: back on the next tick, after the other municipalities' turns.
                signal.again(nis, ScanProcessingJob.class);
            }
        } catch (RuntimeException e) {
            // A clash with another instance (two charges raced for one plate and day) rolls the chunk back; it is
            // simply processed again on the next visit.
            LOG.log(Level.WARNING, "Scan processing for " + nis + " stopped; retried on the next visit", e);
        } finally {
            if (gated) {
                duringIntake.release();
            }
        }
    }
}
