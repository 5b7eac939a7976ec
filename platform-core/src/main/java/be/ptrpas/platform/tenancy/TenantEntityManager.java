package be.ptrpas.platform.tenancy;

import be.ptrpas.platform.persistence.DatabaseInfo;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

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
                bindRowLevelSecurity(tenant);
            }
            transaction.putResource(BOUND_TENANT, tenant);
        } else if (!bound.equals(tenant)) {
            throw new IllegalStateException("a transaction never spans two tenants");
        }
        return em;
    }

    /**
     * The JDBC connection of this transaction, already bound to the current tenant (row-level security on PostgreSQL),
     * for the few hot reads that are cheaper as plain SQL than as JPQL. Such a read must still name the tenant in its
     * WHERE clause, as EclipseLink would: the embedded default has no row-level security. Never close it: it is
     * EclipseLink's, released when the transaction ends.
     */
    public Connection connection() {
        get();
        return transactionConnection();
    }

    /** The connection EclipseLink holds for this transaction (unwrapping makes it take one now). */
    private Connection transactionConnection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("no connection for the transaction");
        }
        return connection;
    }

    /**
     * Sets the tenant on the very connection EclipseLink uses for this transaction (unwrapping the entity manager
     * makes EclipseLink take its transaction's connection now), with plain JDBC: an EclipseLink native query did the
     * same at several times the cost, on every request. Only the statement is closed here; the connection stays
     * EclipseLink's and is released when the transaction ends.
     */
    private void bindRowLevelSecurity(String tenant) {
        try (PreparedStatement bind =
                transactionConnection().prepareStatement("select set_config('ptr.tenant_id', ?, true)")) {
            bind.setString(1, tenant);
            bind.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("binding the transaction to municipality " + tenant + " failed", e);
        }
    }
}
