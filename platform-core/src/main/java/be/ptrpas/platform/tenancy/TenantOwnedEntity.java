package be.ptrpas.platform.tenancy;

import be.ptrpas.platform.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every row that belongs to one municipality. EclipseLink adds {@code tenant_id = :current tenant} to every
 * query and fills the column on insert from the EntityManager property {@value #TENANT_PROPERTY}. Without that
 * property every read fails (EclipseLink-6174) instead of showing all tenants; an insert would carry a null tenant,
 * which the schema refuses ({@code tenant_id} is NOT NULL and references {@code tenant}) — keep those constraints.
 * PostgreSQL row-level security on the same column is the second wall (see {@link TenantEntityManager}), and
 * {@link TenantEntityManager} is the only way services obtain an EntityManager for tenant data.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwnedEntity.TENANT_PROPERTY, length = 5)
public abstract class TenantOwnedEntity extends VersionedEntity {

    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    @Id
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private String id;

    /** Read-only view of the discriminator; EclipseLink owns the column. */
    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    @Override
    protected void beforeInsert() {
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
        super.beforeInsert();
    }

    /**
     * Gives a new row its id before it is stored, for a row whose id must be known first (a payment's return address
     * names it). Only before the first insert.
     */
    protected void presetId(String newId) {
        if (id != null) {
            throw new IllegalStateException("the id of a stored row never changes");
        }
        id = newId;
    }

    public String id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }
}
