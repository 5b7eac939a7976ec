package be.ptrpas.platform.tenancy;

import be.ptrpas.platform.persistence.DatabaseInfo;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The only way services reach tenant-owned data. On first use in a transaction it binds that transaction to the
 * current tenant twice: in EclipseLink (the discriminator added to every statement) and, on PostgreSQL, in the
 * session variable {@code ptr.tenant_id} that the row-level-security policies compare with (local to the
 * transaction, so a pooled connection never carries it to the next user).
 */
@ApplicationScoped
public class TenantEntityManager {

    private static final String BOUND_TENANT = TenantEntityManager.class.getName() + ".tenant";

    @PersistenceContext(unitName = "ptr")
    EntityManager em;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    DatabaseInfo database;

    @Resource
    TransactionSynchronizationRegistry transaction;

    public EntityManager get() {
        String tenant = currentTenant.require();
        if (transaction.getTransactionKey() == null) {
            throw new IllegalStateException("tenant-owned data is only touched inside a transaction");
        }
        Object bound = transaction.getResource(BOUND_TENANT);
        if (bound == null) {
            em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenant);
            if (database.isPostgres()) {
                // EclipseLink forbids native SQL once entities are multitenant; this one statement is the exception.
                em.createNativeQuery("select set_config('ptr.tenant_id', ?1, true)")
                        .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                        .setParameter(1, tenant)
                        .getSingleResult();
            }
            transaction.putResource(BOUND_TENANT, tenant);
        } else if (!bound.equals(tenant)) {
            throw new IllegalStateException("a transaction never spans two tenants");
        }
        return em;
    }
}
