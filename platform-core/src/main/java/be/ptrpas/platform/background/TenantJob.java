package be.ptrpas.platform.background;

/**
 * Background work that runs per municipality (delivering the outbox, processing callbacks). The worker calls it for
 * every municipality on a regular sweep and right after a signal for that municipality.
 */
public interface TenantJob {

    /** Does the due work of one municipality; runs without a request, with the tenant selected. */
    void runFor(String nis);
}
