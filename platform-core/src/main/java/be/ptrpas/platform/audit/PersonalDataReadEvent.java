package be.ptrpas.platform.audit;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A municipality's read-audit row, for reading the trail; rows are written by {@link ReadJournal}, never updated. */
@Entity
@Table(name = "personal_data_read")
public class PersonalDataReadEvent extends TenantOwnedEntity {

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_role", nullable = false, updatable = false)
    private String actorRole;

    @Column(name = "resource", nullable = false, updatable = false)
    private String resource;

    @Column(name = "resource_id", updatable = false)
    private String resourceId;

    @Column(name = "query", updatable = false)
    private String query;

    @Column(name = "purpose", nullable = false, updatable = false)
    private String purpose;

    @Column(name = "purpose_stated", nullable = false, updatable = false)
    private boolean purposeStated;

    protected PersonalDataReadEvent() {}

    AuditEntry toEntry() {
        return AuditEntry.read(id(), readAt, actor, actorRole, resource, resourceId, query, purpose, purposeStated);
    }
}
