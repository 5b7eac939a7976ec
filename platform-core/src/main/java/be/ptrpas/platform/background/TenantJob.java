package be.ptrpas.platform.background;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Background work that runs per municipality. A feature registers its job by making it a CDI bean of this type (the
 * queues of {@code be.ptrpas.platform.queue}, scan processing, ...); the loop finds every one and knows none of them.
 * The worker calls it for the municipalities that have work on a regular sweep, and right after a signal for a
 * municipality.
 */
public interface TenantJob {

    /** Does the due work of one municipality; runs without a request, with the tenant selected. */
    void runFor(String nis);

    /**
     * Of these municipalities, those for which this job may have work now — found for all of them at once: one query
     * across municipalities ({@code persistence.TenantsWithWork}) or from memory, never a question per municipality,
     * so that an idle sweep costs the same for 300 municipalities as for 3. The sweep then runs the job only for
     * those. Runs outside any transaction and without a tenant. A wrong "yes" costs a visit; a wrong "no" delays the
     * work until the next signal, so answer "no" only when the job's own query would find nothing.
     */
    Set<String> withWork(Collection<String> municipalities, Instant now);
}
