package be.ptrpas.deploy.bench;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The citizen pass of a platform in service: millions of items of a million citizens in every municipality, written
 * by SQL straight into {@code pass_item} and {@code pass_item_step} (what the source features would have projected,
 * without spending hours on it). The holder keys are the platform's own: HMAC-SHA256 of {@code NN:<national number>}
 * with the installation's holder key ({@code PTR_HOLDER_KEY}, which the benchmark sets), as {@code pass.HolderKeys}
 * computes them — the pass read of {@link #citizen} finds its 40 items only if they agree.
 */
final class PassData {

    /** The citizen whose pass is read: 40 items in 10 municipalities. */
    static final String CITIZEN = NationalNumbers.valid(9_999);

    static final int CITIZEN_ITEMS = 40;
    private static final String CITIZEN_ID_PREFIX = "c0000000-0000-4000-8000-";
    private static final String CITIZEN_STEP_PREFIX = "c1000000-0000-4000-8000-";
    static final int CITIZEN_MUNICIPALITIES = 10;

    private static final String[] KINDS = {
        "RETRIBUTION", "RETRIBUTION", "RETRIBUTION", "GAS_FINE", "GAS_FINE", "IOD_PERMIT", "PAYMENT_REQUEST", "PERMIT"
    };

    private final BenchData data;
    private final byte[] holderKey;

    PassData(BenchData data, byte[] holderKey) {
        this.data = data;
        this.holderKey = holderKey.clone();
    }

    /** The platform's key for a person's pass. */
    String keyOf(String nationalNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(holderKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("NN:" + nationalNumber).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bench items already in the table (a reused database keeps them: the holder key is fixed). */
    long count() throws Exception {
        try (Connection c = data.superuser();
                Statement sql = c.createStatement();
                ResultSet rs = sql.executeQuery("SELECT count(*) FROM pass_item WHERE id LIKE 'bp-%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Writes {@code items} items of {@code citizens} other citizens (each about the same number, spread over the
     * municipalities and two years), one timeline step each; then analyses.
     * Rows go in in holder-key order, as years of a projection leave its index, not in an order that only a bulk load
     * would give; ids are made in that order so the primary key is written in sequence too.
     */
    void generate(int items, int citizens) throws Exception {
        List<String> codes = data.tenants();
        try (Connection c = data.superuser();
                Statement sql = c.createStatement()) {
            sql.execute("DELETE FROM pass_item_step WHERE id LIKE 'bs-%'");
            sql.execute("DELETE FROM pass_item WHERE id LIKE 'bp-%'");
            sql.execute("CREATE TEMP TABLE bench_holder (c int PRIMARY KEY, holder_key varchar(64) NOT NULL)");
            try (PGCopyOutputStream copy = new PGCopyOutputStream(
                            c.unwrap(PGConnection.class), "COPY bench_holder (c, holder_key) FROM STDIN", 1 << 20);
                    BufferedWriter out =
                            new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.US_ASCII), 1 << 20)) {
                for (int n = 0; n < citizens; n++) {
                    // 11 digits starting 50: never a valid national number of a person born 1970-99 (the bench's).
                    out.append(Integer.toString(n))
                            .append('\t')
                            .append(keyOf(Long.toString(50_000_000_000L + n)))
                            .append('\n');
                }
            }
            sql.execute("ANALYZE bench_holder");
            String municipalities = "(ARRAY['" + String.join("','", codes) + "'])";
            String kinds = "(ARRAY['" + String.join("','", KINDS) + "'])";
            sql.execute("SET work_mem = '256MB'");
            sql.execute(
                    "INSERT INTO pass_item (id, holder_key, tenant_id, kind, source_id, reference, subject, issuer, "
                            + "status, money_state, amount_cents, paid_cents, due_date, structured_reference, happened_at, "
                            + "valid_until, details, version, created_at, updated_at) "
                            + "SELECT 'bp-' || lpad(rn::text, 12, '0'), holder_key, " + municipalities
                            + "[1 + (c * 31 + (n / " + citizens + ") * 7) % " + codes.size() + "], kind, "
                            + "'bp-' || lpad(rn::text, 12, '0'), 'BENCH-' || rn, '1-ABC-' || lpad((n % 1000)::text, 3, '0'), "
                            + "'Benchgemeente', CASE WHEN n % 11 = 0 THEN 'IN_PROGRESS' ELSE 'HANDLED' END, "
                            + "CASE WHEN kind = 'IOD_PERMIT' OR kind = 'PERMIT' THEN NULL WHEN n % 5 = 0 THEN 'OPEN' ELSE 'PAID' END, "
                            + "CASE WHEN kind = 'IOD_PERMIT' OR kind = 'PERMIT' THEN NULL ELSE 2450 END, "
                            + "CASE WHEN kind = 'IOD_PERMIT' OR kind = 'PERMIT' OR n % 5 = 0 THEN 0 ELSE 2450 END, "
                            + "CASE WHEN kind = 'IOD_PERMIT' OR kind = 'PERMIT' THEN NULL ELSE (at + interval '30 days')::date END, "
                            + "NULL, at, CASE WHEN kind = 'IOD_PERMIT' OR kind = 'PERMIT' THEN at + interval '365 days' END, "
                            + "'{\"plate\":\"1-ABC-' || lpad((n % 1000)::text, 3, '0') || '\"}', 1, at, at "
                            + "FROM (SELECT n, h.c, h.holder_key, " + kinds + "[1 + n % " + KINDS.length + "] AS kind, "
                            + "now() - ((n::bigint * 7919) % 63072000) * interval '1 second' AS at, "
                            + "row_number() OVER (ORDER BY h.holder_key, n) AS rn "
                            + "FROM generate_series(0, " + (items - 1) + ") n JOIN bench_holder h ON h.c = n % "
                            + citizens
                            + ") g ORDER BY rn");
            sql.execute("INSERT INTO pass_item_step (id, item_id, holder_key, tenant_id, happened_at, status, "
                    + "money_state, paid_cents, note, version, created_at, updated_at) "
                    + "SELECT 'bs-' || substr(id, 4), id, holder_key, tenant_id, happened_at, status, money_state, "
                    + "paid_cents, NULL, 1, created_at, updated_at FROM pass_item WHERE id LIKE 'bp-%' ORDER BY id");
            sql.execute("DROP TABLE bench_holder");
            sql.execute("VACUUM ANALYZE pass_item");
            sql.execute("VACUUM ANALYZE pass_item_step");
        }
    }

    /**
     * (Re)writes the 40 items of {@link #CITIZEN}, with a timeline step each. Their ids have the platform's shape (a
     * UUID): the pass's cursor names the last item of a page and accepts nothing else. (The other citizens' items,
     * whose pages are never turned here, have shorter ids that sort in holder-key order.)
     */
    void citizen() throws Exception {
        List<String> codes = data.tenants();
        try (Connection c = data.superuser();
                Statement sql = c.createStatement()) {
            sql.execute("DELETE FROM pass_item_step WHERE id LIKE '" + CITIZEN_STEP_PREFIX + "%' OR id LIKE 'bts-%'");
            sql.execute("DELETE FROM pass_item WHERE id LIKE '" + CITIZEN_ID_PREFIX + "%' OR id LIKE 'bt-%'");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO pass_item (id, holder_key, tenant_id, "
                    + "kind, source_id, reference, subject, issuer, status, money_state, amount_cents, paid_cents, "
                    + "due_date, structured_reference, happened_at, valid_until, details, version, created_at, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?, ?, '1-PAS-' || ?, 'Benchgemeente', 'HANDLED', ?, ?, ?, "
                    + "(now() - ? * interval '1 day')::date + 30, NULL, now() - ? * interval '1 day', NULL, '{}', 1, "
                    + "now(), now())")) {
                String key = keyOf(CITIZEN);
                for (int i = 0; i < CITIZEN_ITEMS; i++) {
                    String id = CITIZEN_ID_PREFIX + String.format("%012x", i);
                    String kind = KINDS[i % KINDS.length];
                    boolean money = !kind.equals("IOD_PERMIT") && !kind.equals("PERMIT");
                    insert.setString(1, id);
                    insert.setString(2, key);
                    insert.setString(3, codes.get((i % CITIZEN_MUNICIPALITIES) * 29 % codes.size()));
                    insert.setString(4, kind);
                    insert.setString(5, id);
                    insert.setString(6, "BENCH-CITIZEN-" + i);
                    insert.setString(7, Integer.toString(100 + i));
                    insert.setString(8, money ? (i % 3 == 0 ? "OPEN" : "PAID") : null);
                    insert.setObject(9, money ? 2450L : null);
                    insert.setLong(10, money && i % 3 != 0 ? 2450L : 0L);
                    insert.setInt(11, i * 9);
                    insert.setInt(12, i * 9);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            sql.execute("INSERT INTO pass_item_step (id, item_id, holder_key, tenant_id, happened_at, status, "
                    + "money_state, paid_cents, note, version, created_at, updated_at) "
                    + "SELECT 'bts-' || substr(id, 4), id, holder_key, tenant_id, happened_at, status, money_state, "
                    + "paid_cents, NULL, 1, created_at, updated_at FROM pass_item WHERE id LIKE 'bt-%'");
            sql.execute("INSERT INTO pass_item_step (id, item_id, holder_key, tenant_id, happened_at, status, "
                    + "money_state, paid_cents, note, version, created_at, updated_at) "
                    + "SELECT '" + CITIZEN_STEP_PREFIX + "' || substr(id, 25), id, holder_key, tenant_id, happened_at, "
                    + "status, money_state, paid_cents, NULL, 1, created_at, updated_at FROM pass_item WHERE id LIKE '"
                    + CITIZEN_ID_PREFIX + "%'");
            sql.execute("ANALYZE pass_item");
        }
    }
}
