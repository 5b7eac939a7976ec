package be.ptrpas.platform.audit;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.persistence.DatabaseMigration;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes and reads the append-only audit trail of a municipality: its changes, and the reads of personal data that
 * {@link ReadJournal} records. Writing a change joins the caller's transaction, so a change and its audit record are
 * committed together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    /** Which entries a reader asks for. */
    public enum Kind {
        ALL,
        CHANGES,
        READS
    }

    /** What the reader filters on; null fields do not filter. Paging: {@code before}/{@code beforeId}. */
    public record Filter(
            Kind kind, String action, String entityType, String entityId, Instant before, String beforeId, int limit) {}

    private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::occurredAt)
            .thenComparing(AuditEntry::id)
            .reversed();

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    Caller caller;

    @Inject
    DatabaseInfo database;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, String entityId, Object before, Object after) {
        if (before != null && before.equals(after)) {
            return; // nothing changed, nothing to account for
        }
        String actor = caller.auditActor();
        tenantEm.get()
                .persist(new AuditEvent(
                        clock.instant().truncatedTo(ChronoUnit.MICROS),
                        actor.length() > 200 ? actor.substring(0, 200) : actor,
                        caller.auditRole(),
                        action,
                        entityType,
                        entityId,
                        before == null ? null : Json.write(before),
                        after == null ? null : Json.write(after)));
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
        OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        AuditRows.insert(
                tenantEm.connection(),
                database.isPostgres(),
                currentTenant.require(),
                now,
                actor.length() > 200 ? actor.substring(0, 200) : actor,
                caller.auditRole(),
                action,
                entityType,
                afterById.stream()
                        .map(e -> Map.entry(e.getKey(), Json.write(e.getValue())))
                        .toList());
    }

    /**
     * The municipality's changes and reads, newest first. To page back, pass the {@code occurredAt} and {@code id} of
     * the last entry seen: entries with the same time are ordered by id, so none is skipped or repeated. Changes and
     * reads live in two tables; each gives its newest {@code limit} before the cursor and the merge keeps the newest
     * {@code limit}, which is exactly the page a single table would have given.
     */
    @Transactional
    public List<AuditEntry> read(Filter filter) {
        List<AuditEntry> entries = new ArrayList<>();
        boolean onlyReads = AuditEntry.READ.equals(filter.action());
        if (filter.kind() != Kind.READS && !onlyReads) {
            entries.addAll(
                    query(AuditEvent.class, "occurredAt", "entityType", "entityId", filter, filter.action())
                            .getResultList()
                            .stream()
                            .map(AuditEvent::toEntry)
                            .toList());
        }
        if (filter.kind() != Kind.CHANGES && (filter.action() == null || onlyReads)) {
            entries.addAll(
                    query(PersonalDataReadEvent.class, "readAt", "resource", "resourceId", filter, null)
                            .getResultList()
                            .stream()
                            .map(PersonalDataReadEvent::toEntry)
                            .toList());
        }
        entries.sort(NEWEST_FIRST);
        return entries.size() <= filter.limit() ? entries : List.copyOf(entries.subList(0, filter.limit()));
    }

    private <T> TypedQuery<T> query(
            Class<T> entity, String time, String type, String id, Filter filter, String action) {
        StringBuilder jpql = new StringBuilder("select a from " + entity.getSimpleName() + " a where 1 = 1");
        if (action != null) {
            jpql.append(" and a.action = :action");
        }
        if (filter.entityType() != null) {
            jpql.append(" and a.").append(type).append(" = :entityType");
        }
        if (filter.entityId() != null) {
            jpql.append(" and a.").append(id).append(" = :entityId");
        }
        if (filter.before() != null && filter.beforeId() != null) {
            jpql.append(" and (a.")
                    .append(time)
                    .append(" < :before or (a.")
                    .append(time)
                    .append(" = :before and a.id < :beforeId))");
        } else if (filter.before() != null) {
            jpql.append(" and a.").append(time).append(" < :before");
        }
        jpql.append(" order by a.").append(time).append(" desc, a.id desc");
        TypedQuery<T> query =
                tenantEm.get().createQuery(jpql.toString(), entity).setMaxResults(filter.limit());
        if (action != null) {
            query.setParameter("action", action);
        }
        if (filter.entityType() != null) {
            query.setParameter("entityType", filter.entityType());
        }
        if (filter.entityId() != null) {
            query.setParameter("entityId", filter.entityId());
        }
        if (filter.before() != null) {
            query.setParameter("before", filter.before());
            if (filter.beforeId() != null) {
                query.setParameter("beforeId", filter.beforeId());
            }
        }
        return query;
    }

    /**
     * Reads of the platform-wide registers (disabled-person cards), which belong to no municipality, newest first.
     * Plain SQL on a connection bound to no municipality: the only one the row-level-security policy shows them to;
     * the WHERE clause names {@code tenant_id is null} as well, for the embedded database without policies.
     */
    @Transactional
    public List<AuditEntry> platformReads(
            String entityType, String entityId, Instant before, String beforeId, int limit) {
        StringBuilder sql = new StringBuilder("select id, read_at, actor, actor_role, resource, resource_id, query, "
                + "purpose, purpose_stated from personal_data_read where tenant_id is null");
        List<Object> values = new ArrayList<>();
        if (entityType != null) {
            sql.append(" and resource = ?");
            values.add(entityType);
        }
        if (entityId != null) {
            sql.append(" and resource_id = ?");
            values.add(entityId);
        }
        if (before != null) {
            OffsetDateTime at = before.atOffset(ZoneOffset.UTC);
            if (beforeId != null) {
                sql.append(" and (read_at < ? or (read_at = ? and id < ?))");
                values.add(at);
                values.add(at);
                values.add(beforeId);
            } else {
                sql.append(" and read_at < ?");
                values.add(at);
            }
        }
        sql.append(" order by read_at desc, id desc");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            statement.setMaxRows(limit);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(AuditEntry.read(
                            rows.getString(1),
                            rows.getObject(2, OffsetDateTime.class).toInstant(),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getString(7),
                            rows.getString(8),
                            rows.getBoolean(9)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the platform's read audit failed", e);
        }
    }
}
