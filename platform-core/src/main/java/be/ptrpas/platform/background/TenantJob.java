package be.ptrpas.platform.background;

import java.time.Instant;

/**
 * Background work that runs per municipality. A feature registers its job by making it a CDI bean of this type (the
 * queues of {@code be.ptrpas.platform.queue}, scan processing, ...); the loop finds every one and knows none of them.
 * The worker calls it for every municipality on a regular sweep and right after a signal for that municipality.
 */
public interface TenantJob {

    /** Does the due work of one municipality; runs without a request, with the tenant selected. */
    void runFor(String nis);

    /**
     * Whether this job may have work for the current municipality now: one cheap query (a wrong "yes" costs a visit,
     * a wrong "no" would delay work until the next signal, so answer "no" only when the job's own query would find
     * nothing). On a sweep the worker asks every job in one transaction and runs only those that answer yes, so an
     * idle municipality costs one transaction per sweep instead of one per job. Runs inside that transaction.
     */
    default boolean mayHaveWork(Instant now) {
        return true;
    }
}
