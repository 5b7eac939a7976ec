package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.background.TenantJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works through a municipality's waiting scan observations, a chunk per transaction, for at most a few seconds per
 * visit so other municipalities get their turn; whatever is left waits for the next visit.
 */
@ApplicationScoped
public class ScanProcessingJob implements TenantJob {

    @Inject
    be.ptrpas.platform.tenancy.TenantEntityManager probeEm;

    private static final Logger LOG = Logger.getLogger(ScanProcessingJob.class.getName());
    static final int CHUNK = 200;
    private static final long BUDGET_MILLIS = 3_000;

    @Inject
    ObservationProcessor processor;

    @Override
    public boolean mayHaveWork(java.time.Instant now) {
        // The same predicate as ObservationProcessor.processNext.
        return !probeEm.get().createQuery("select o.id from ScanObservation o where o.status = :received", String.class)
                .setParameter("received", be.ptrpas.platform.enforcement.ScanOutcome.RECEIVED.name()).setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public void runFor(String nis) {
        long until = System.currentTimeMillis() + BUDGET_MILLIS;
        try {
            while (processor.processNext(CHUNK) == CHUNK && System.currentTimeMillis() < until) {
                // next chunk
            }
        } catch (RuntimeException e) {
            // A clash with another instance (two charges raced for one plate and day) rolls the chunk back; it is
            // simply processed again on the next visit.
            LOG.log(Level.WARNING, "Scan processing for " + nis + " stopped; retried on the next visit", e);
        }
    }
}
