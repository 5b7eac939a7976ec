package be.ptrpas.platform.tenant;

import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Serialises configuration changes (zones, permit rules, tariffs) of one municipality until the transaction ends.
 * Rules that span rows — tariff periods without gaps or overlaps, zones naming permit types, tariffs naming zones —
 * are checked by reading those rows; without this lock two concurrent changes could each pass and together break
 * the rule, also when the rows they depend on do not exist yet.
 */
@ApplicationScoped
public class ConfigurationLock {

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    DatabaseInfo database;

    @Transactional(Transactional.TxType.MANDATORY)
    public void acquire() {
        String nis = currentTenant.require();
        var em = tenantEm.get();
        if (database.isPostgres()) {
            // An advisory lock, not a row lock on the tenant: every insert's foreign-key check touches that row.
            em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) locked")
                    .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                    .setParameter(1, "ptr-configuration:" + nis)
                    .getSingleResult();
        } else {
            // The embedded database serves one instance with little concurrency: the tenant row will do.
            em.find(Tenant.class, nis, LockModeType.PESSIMISTIC_WRITE);
        }
    }
}
