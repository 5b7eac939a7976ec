package be.ptrpas.platform.tenancy;

import be.ptrpas.platform.persistence.DatabaseInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Serialises the requests that carry the same {@code Idempotency-Key} in one municipality until the transaction ends.
 * Without it two concurrent requests under one key both find no earlier answer, both do the work, and the second
 * fails on the key's unique constraint (a 409 conflict, as if nothing had been done). Held, the second waits for the
 * first to commit and then finds its answer to replay. Take it before looking for the earlier answer.
 */
@ApplicationScoped
public class IdempotencyLock {

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    DatabaseInfo database;

    /** @param scope what the key is for (e.g. "right-batch"): keys of different requests never wait for each other */
    @Transactional(Transactional.TxType.MANDATORY)
    public void acquire(String scope, String idempotencyKey) {
        String nis = currentTenant.require();
        var em = tenantEm.get();
        if (database.isPostgres()) {
            // A hash collision only makes two unrelated requests wait for each other, never share an answer.
            em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                    .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                    .setParameter(1, "ptr-idempotency:" + scope + ":" + nis + ":" + idempotencyKey)
                    .getSingleResult();
        } else {
            // The embedded database serves one instance with little concurrency: the municipality's row will do (by
            // table name: tenancy is below the tenant feature and does not know its entity).
            em.createNativeQuery("select nis_code from tenant where nis_code = ?1 for update")
                    .setParameter(1, nis)
                    .getResultList();
        }
    }
}
