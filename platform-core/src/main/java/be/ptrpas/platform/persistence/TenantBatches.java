package be.ptrpas.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Inserts the rows of a {@link GroupCommit} batch, which may belong to many municipalities, in one JDBC transaction:
 * per municipality one statement binding its row-level security ({@code ptr.tenant_id}, on PostgreSQL) and one batch
 * insert. Rows of no municipality (a platform-wide register) are bound to '' — outside every municipality — which
 * is where a new transaction starts.
 */
public final class TenantBatches {

    /** Sets one row's parameters on the insert. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement insert, T row) throws SQLException;
    }

    private TenantBatches() {}

    public static <T> void insert(
            DataSource dataSource,
            boolean postgres,
            String insertSql,
            List<T> rows,
            Function<T, String> tenantOf,
            Binder<T> binder)
            throws SQLException {
        Map<String, List<T>> byTenant = new LinkedHashMap<>();
        for (T row : rows) {
            String tenant = tenantOf.apply(row);
            byTenant.computeIfAbsent(tenant == null ? "" : tenant, t -> new ArrayList<>())
                    .add(row);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // A new transaction is bound to no municipality (every binding is transaction-local), so the rows of
                // no municipality need no statement of their own until another municipality was bound before them:
                // the read audit's batch of one citizen's reads is then one statement, not two.
                boolean bound = false;
                for (Map.Entry<String, List<T>> tenant : byTenant.entrySet()) {
                    if (postgres && (bound || !tenant.getKey().isEmpty())) {
                        bound = true;
                        try (PreparedStatement bind =
                                connection.prepareStatement("select set_config('ptr.tenant_id', ?, true)")) {
                            bind.setString(1, tenant.getKey());
                            bind.execute();
                        }
                    }
                    try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
                        for (T row : tenant.getValue()) {
                            binder.bind(insert, row);
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
