package be.ptrpas.platform.audit;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads the append-only audit trail of a municipality. Writing joins the caller's transaction, so a change
 * and its audit record are committed together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    Caller caller;

    @Inject
    be.ptrpas.platform.persistence.DatabaseInfo database;

    @Inject
    be.ptrpas.platform.tenancy.CurrentTenant currentTenant;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, String entityId, Object before, Object after) {
        if (before != null && before.equals(after)) {
            return; // nothing changed, nothing to account for
        }
        String actor = caller.auditActor();
        tenantEm.get().persist(new AuditEvent(Instant.now().truncatedTo(ChronoUnit.MICROS),
                actor.length() > 200 ? actor.substring(0, 200) : actor,
                caller.auditRole(), action, entityType, entityId,
                before == null ? null : Json.write(before), after == null ? null : Json.write(after)));
    }

    /**
     * Records the same action on many entities (each with its state after) in one statement, for bulk operations
     * such as a batch of 10,000 rights: the same rows {@link #record} would write, without 10,000 round trips.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(String action, String entityType, List<Map.Entry<String, Object>> afterById) {
        if (afterById.isEmpty()) {
            return;
        }
        String actor = caller.auditActor();
        java.time.OffsetDateTime now = Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(java.time.ZoneOffset.UTC);
        AuditRows.insert(tenantEm.connection(), database.isPostgres(), currentTenant.require(), now,
                actor.length() > 200 ? actor.substring(0, 200) : actor, caller.auditRole(), action, entityType,
                afterById.stream().map(e -> Map.entry(e.getKey(), Json.write(e.getValue()))).toList());
    }

    /**
     * Newest first. To page back, pass the {@code occurredAt} and {@code id} of the last entry seen: entries with the
     * same time are ordered by id, so none is skipped or repeated.
     */
    @Transactional
    public List<AuditEntry> read(String entityType, String entityId, Instant before, String beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("select a from AuditEvent a where 1 = 1");
        if (entityType != null) {
            jpql.append(" and a.entityType = :entityType");
        }
        if (entityId != null) {
            jpql.append(" and a.entityId = :entityId");
        }
        if (before != null && beforeId != null) {
            jpql.append(" and (a.occurredAt < :before or (a.occurredAt = :before and a.id < :beforeId))");
        } else if (before != null) {
            jpql.append(" and a.occurredAt < :before");
        }
        jpql.append(" order by a.occurredAt desc, a.id desc");
        var query = tenantEm.get().createQuery(jpql.toString(), AuditEvent.class).setMaxResults(limit);
        if (entityType != null) {
            query.setParameter("entityType", entityType);
        }
        if (entityId != null) {
            query.setParameter("entityId", entityId);
        }
        if (before != null) {
            query.setParameter("before", before);
            if (beforeId != null) {
                query.setParameter("beforeId", beforeId);
            }
        }
        return query.getResultList().stream().map(AuditEvent::toEntry).toList();
    }
}
