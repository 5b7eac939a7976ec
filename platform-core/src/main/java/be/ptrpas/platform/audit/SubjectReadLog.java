package be.ptrpas.platform.audit;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.persistence.DatabaseInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The reads of one subject's personal data, in every municipality, newest first: the citizen's access log. The
 * second cross-municipality read beside the pass, and built like it: the query names the subject's key, and on
 * PostgreSQL the transaction is bound to that key ({@code ptr.holder_key}) and to no municipality, so the policy
 * {@code citizen_reads_own} of {@code personal_data_read} shows no other row even if this code were wrong.
 */
@ApplicationScoped
public class SubjectReadLog {

    /**
     * One read of the subject's data, as the trail holds it. {@code actor} (the reader's subject claim) is for telling
     * the subject's own reads apart; it is not shown to the subject.
     */
    public record Entry(
            String id,
            Instant at,
            String municipality,
            String actor,
            String actorRole,
            String resource,
            String resourceId,
            String purpose,
            boolean purposeStated) {}

    /** A page, and the cursor of the next one (null on the last). */
    public record Page(List<Entry> entries, String next) {}

    private static final String QUERY = "select id, read_at, tenant_id, actor, actor_role, resource, resource_id, "
            + "purpose, purpose_stated from personal_data_read where subject_key = ?";
    private static final String AFTER = " and (read_at < ? or (read_at = ? and id < ?))";
    private static final String ORDER = " order by read_at desc, id desc";

    @PersistenceContext(unitName = "ptr")
    EntityManager em;

    @Inject
    DatabaseInfo database;

    @Transactional
    public Page page(String subjectKey, String cursor, int limit) {
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
        Connection connection = em.unwrap(Connection.class);
        bind(connection, subjectKey);
        String sql = QUERY + (after == null ? "" : AFTER) + ORDER;
        List<Entry> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, subjectKey);
            if (after != null) {
                query.setObject(2, after.at().atOffset(ZoneOffset.UTC));
                query.setObject(3, after.at().atOffset(ZoneOffset.UTC));
                query.setString(4, after.id());
            }
            query.setMaxRows(limit + 1);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Entry(
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
        } catch (SQLException e) {
            throw new IllegalStateException("reading the access log failed", e);
        }
        if (found.size() <= limit) {
            return new Page(found, null);
        }
        Entry last = found.get(limit - 1);
        return new Page(List.copyOf(found.subList(0, limit)), new Cursor(last.at(), last.id()).encode());
    }

    private void bind(Connection connection, String subjectKey) {
        if (!database.isPostgres()) {
            return;
        }
        try (PreparedStatement bind = connection.prepareStatement("select set_config('ptr.holder_key', ?, true)")) {
            bind.setString(1, subjectKey);
            bind.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("binding the transaction to a subject failed", e);
        }
    }

    /** Where the next page starts: just after the last read shown (newest first, then by id). Opaque to callers. */
    record Cursor(Instant at, String id) {

        String encode() {
            String raw = at.getEpochSecond() + ":" + at.getNano() + ":" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
                String[] parts = raw.split(":", 3);
                if (parts.length != 3 || !parts[2].matches("[0-9a-f-]{36}")) {
                    throw new IllegalArgumentException(raw);
                }
                return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw ProblemException.invalid("cursor", "not a cursor this access log gave; start again without one");
            }
        }
    }
}
