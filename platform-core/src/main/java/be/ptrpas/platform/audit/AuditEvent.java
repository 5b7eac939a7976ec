package be.ptrpas.platform.audit;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a municipality's data: who, when, what, and the state before and after. Never updated. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends TenantOwnedEntity {

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "actor_role", nullable = false, updatable = false)
    private String actorRole;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    @Column(name = "before_state", updatable = false)
    private String beforeState;

    @Column(name = "after_state", updatable = false)
    private String afterState;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            String actor,
            String actorRole,
            String action,
            String entityType,
            String entityId,
            String beforeState,
            String afterState) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    AuditEntry toEntry() {
        return AuditEntry.change(
                id(), occurredAt, actor, actorRole, action, entityType, entityId, beforeState, afterState);
    }
}
