package be.ptrpas.platform.banking;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the bank entries of one municipality in bulk: an import of 100,000 entries as JPA entities, one
 * insert each, took far too long (EclipseLink writes one statement per row). One look-up of known keys and one JDBC
 * batch per chunk of a thousand (on PostgreSQL rewritten into multi-row inserts by the driver), on the transaction's
 * connection, so the rows commit or roll back with everything else of the import. Every statement names the tenant
 * itself; on PostgreSQL row-level security checks it again.
 */
final class BankEntryRows {

    /** What an earlier import stored under a key. */
    record Known(String fingerprint, String outcome) {}

    /** One entry to write; {@code id} chosen by the caller. */
    record Row(
            String id,
            String importId,
            StatementTransaction transaction,
            String fingerprint,
            BankEntry.Outcome outcome,
            String reason,
            String itemType,
            String itemId,
            long remainingCents) {}

    private static final String INSERT = "insert into bank_entry (id, tenant_id, entry_key, fingerprint, import_id, "
            + "statement_id, account_iban, entry_reference, booking_date, value_date, amount_cents, currency, credit, "
            + "reversal, reference_kind, reference, reference_valid, counterparty_name, counterparty_iban, remittance, "
            + "outcome, reason, item_type, item_id, remaining_cents, version, created_at, updated_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)";

    private BankEntryRows() {}

    /**
     * Makes PostgreSQL plan each statement of this transaction (the import's) with its actual values. The look-up of
     * known keys is executed a hundred times in a 100,000-entry import while the same transaction fills the table; the
     * generic plan PostgreSQL caches after five executions was made when the table was nearly empty (a scan that
     * compares every row with each of the 1,000 keys in turn) and kept while the table grew: 110 of 128 s of an import
     * went there. Planned each time, the keys are a constant array (hashed) and the plan follows the table's size.
     * Local to the transaction: the pooled connection goes back unchanged.
     */
    static void planEachStatement(Connection connection) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("set local plan_cache_mode = force_custom_plan")) {
            set.execute();
        }
    }

    /** What the municipality already holds under these keys (on PostgreSQL as one array: one statement per chunk). */
    static Map<String, Known> existing(Connection connection, boolean postgres, String tenant, Collection<String> keys)
            throws SQLException {
        Map<String, Known> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        if (postgres) {
            try (PreparedStatement query = connection.prepareStatement("select entry_key, fingerprint, outcome from "
                    + "bank_entry where tenant_id = ? and entry_key = any(?::varchar[])")) {
                query.setString(1, tenant);
                query.setArray(2, connection.createArrayOf("varchar", keys.toArray()));
                read(query, found);
            }
            return found;
        }
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            try (PreparedStatement query = connection.prepareStatement(
                    "select entry_key, fingerprint, outcome from bank_entry where tenant_id = ? and entry_key in ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                query.setString(1, tenant);
                for (int i = 0; i < chunk.size(); i++) {
                    query.setString(2 + i, chunk.get(i));
                }
                read(query, found);
            }
        }
        return found;
    }

    private static void read(PreparedStatement query, Map<String, Known> found) throws SQLException {
        try (ResultSet result = query.executeQuery()) {
            while (result.next()) {
                found.put(result.getString(1), new Known(result.getString(2), result.getString(3)));
            }
        }
    }

    static void insert(Connection connection, String tenant, List<Row> rows, OffsetDateTime now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Row row : rows) {
                StatementTransaction t = row.transaction();
                int p = 0;
                insert.setString(++p, row.id());
                insert.setString(++p, tenant);
                insert.setString(++p, t.key());
                insert.setString(++p, row.fingerprint());
                insert.setString(++p, row.importId());
                insert.setString(++p, cut(t.statementId(), 35));
                insert.setString(++p, cut(t.accountIban(), 34));
                insert.setString(++p, cut(t.entryReference(), 35));
                insert.setDate(++p, Date.valueOf(t.bookingDate()));
                if (t.valueDate() == null) {
                    insert.setNull(++p, Types.DATE);
                } else {
                    insert.setDate(++p, Date.valueOf(t.valueDate()));
                }
                insert.setLong(++p, t.amountCents());
                insert.setString(++p, cut(t.currency(), 3));
                insert.setBoolean(++p, t.credit());
                insert.setBoolean(++p, t.reversal());
                insert.setString(++p, t.reference().kind().name());
                insert.setString(++p, cut(t.reference().value(), 35));
                insert.setBoolean(++p, t.reference().valid());
                insert.setString(++p, cut(t.counterpartyName(), 140));
                insert.setString(++p, cut(t.counterpartyIban(), 34));
                insert.setString(++p, cut(t.remittance(), 1000));
                insert.setString(++p, row.outcome().name());
                insert.setString(++p, cut(row.reason(), 300));
                insert.setString(++p, row.itemType());
                insert.setString(++p, row.itemId());
                insert.setLong(++p, row.remainingCents());
                insert.setObject(++p, now);
                insert.setObject(++p, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
