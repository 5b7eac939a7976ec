package be.ptrpas.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Which municipalities have work of one kind now ({@link WorkProbe}), in one statement across all of them: the
 * background sweep asks this once per job instead of asking every municipality, so an idle platform's sweep costs the
 * same for 3 municipalities as for 300.
 *
 * <p>It answers NIS codes only, never a row. This is the one deliberate cross-municipality path of the background
 * loop: on PostgreSQL it does not lift row-level security (the policies stay as they are and bind this call too) but
 * calls {@code ptr_tenants_with_work}, which binds each municipality in turn, exactly as a visit of that municipality
 * would, and asks one fixed, indexed {@code EXISTS} — server-side, so one round trip instead of a transaction per
 * municipality; the function restores the caller's binding when it returns. The embedded H2 has no row-level
 * security and is asked {@code select distinct tenant_id from ...} directly (indexes by state from changelog 023).
 */
@ApplicationScoped
public class TenantsWithWork {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    DatabaseInfo database;

    /** The municipalities with work of this kind at {@code now}; a connection of its own, outside any transaction. */
    public Set<String> find(WorkProbe probe, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, database.isPostgres(), probe, now);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask which municipalities have " + probe.key() + " work", e);
        }
    }

    static Set<String> find(Connection connection, boolean postgres, WorkProbe probe, Instant now) throws SQLException {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        String sql = postgres
                ? "select tenant_id from ptr_tenants_with_work(?, ?) as found(tenant_id)"
                : "select distinct tenant_id from " + probe.rows();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (postgres) {
                query.setString(1, probe.key());
                query.setObject(2, at);
            } else {
                for (int i = 1; i <= probe.nowParameters(); i++) {
                    query.setObject(i, at);
                }
            }
            Set<String> found = new TreeSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }
}
