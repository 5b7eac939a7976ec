package be.ptrpas.deploy.bench;

import be.ptrpas.deploy.RunningPlatform;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The benchmark's data: 300 municipalities with three zones each, created through the platform's API as an operator
 * would onboard them, then a million rights written by PostgreSQL COPY straight into the look-up table
 * {@code parking_right} (what the API would have written, without spending an hour on it).
 */
final class BenchData {

    /**
     * Arrondissements of Flanders (the first two digits of a NIS code) and how many municipalities each gets here:
     * 300 in all, as many as Flanders had.
     */
    private static final int[][] ARRONDISSEMENTS = {
        {11, 29}, {12, 13}, {13, 29}, {23, 38}, {24, 30}, {31, 10}, {32, 5}, {33, 8}, {34, 12}, {35, 7}, {36, 8},
        {37, 8}, {38, 5}, {41, 10}, {42, 8}, {43, 7}, {44, 15}, {45, 10}, {46, 7}, {71, 17}, {72, 13}, {73, 11}
    };

    /** A zone of a municipality: code, kind and the box it covers (lat/lon). */
    record Zone(String code, String kind, double south, double west, double north, double east) {
        double[] pointInside(Random random) {
            return new double[] {
                south + (north - south) * (0.1 + 0.8 * random.nextDouble()),
                west + (east - west) * (0.1 + 0.8 * random.nextDouble())
            };
        }
    }

    /** A right that is valid now, for hits of the plate check. */
    record Hit(String nis, String plate, String country, String zone) {}

    static final String PG = "jdbc:postgresql://127.0.0.1:5432/";

    final String database;
    final Map<String, List<Zone>> zones = new LinkedHashMap<>();

    BenchData(String database) {
        this.database = database;
    }

    List<String> tenants() {
        return new ArrayList<>(zones.keySet());
    }

    Connection superuser() throws Exception {
        return DriverManager.getConnection(PG + database, "postgres", "");
    }

    /** A fresh database owned by an ordinary role, so row-level security applies to the platform. */
    static void createDatabase(String database) throws Exception {
        try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ptr_app') THEN "
                    + "CREATE ROLE ptr_app LOGIN PASSWORD 'ptr_app' NOSUPERUSER NOBYPASSRLS; END IF; END $$");
            sql.execute("CREATE DATABASE " + database + " OWNER ptr_app");
        }
    }

    static boolean databaseExists(String database) throws Exception {
        try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "");
                Statement sql = admin.createStatement();
                ResultSet rs = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            return rs.next();
        }
    }

    /** How many municipalities and rights the database holds (0, 0 before the platform created the schema). */
    long[] counts() throws Exception {
        try (Connection c = superuser();
                Statement sql = c.createStatement()) {
            try (ResultSet rs =
                    sql.executeQuery("SELECT (SELECT count(*) FROM tenant), (SELECT count(*) FROM parking_right)")) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            } catch (Exception e) {
                return new long[] {0, 0};
            }
        }
    }

    static List<String> nisCodes(int count) {
        List<String> codes = new ArrayList<>();
        for (int[] arrondissement : ARRONDISSEMENTS) {
            for (int i = 1; i <= arrondissement[1]; i++) {
                codes.add(String.format("%02d%03d", arrondissement[0], i));
            }
        }
        return codes.subList(0, Math.min(count, codes.size()));
    }

    /** The three zones of the j-th municipality: boxes on a grid over Flanders, none overlapping another's. */
    static List<Zone> zonesOf(String nis, int j) {
        double lat = 50.75 + (j / 20) * 0.04;
        double lon = 2.65 + (j % 20) * 0.16;
        double h = 0.006;
        double w = 0.009;
        return List.of(
                new Zone("Z" + nis + "-CENTRUM", "PAID", lat, lon, lat + h, lon + w),
                new Zone("Z" + nis + "-BLAUW", "BLUE", lat, lon + w, lat + h, lon + 2 * w),
                new Zone("Z" + nis + "-BEWONERS", "RESIDENT", lat + h, lon, lat + 2 * h, lon + 2 * w));
    }

    /** Onboards the municipalities and their zones through the API, a few at a time. */
    void createTenants(RunningPlatform platform, String operator, int count, int threads) throws Exception {
        List<String> codes = nisCodes(count);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int j = 0; j < codes.size(); j++) {
                String nis = codes.get(j);
                List<Zone> tenantZones = zonesOf(nis, j);
                zones.put(nis, tenantZones);
                done.add(pool.submit(() -> {
                    expect(platform.send("POST", "/api/v1/tenants", operator, tenantJson(nis)), 201);
                    for (Zone zone : tenantZones) {
                        expect(
                                platform.send("POST", "/api/v1/tenants/" + nis + "/zones", operator, zoneJson(zone)),
                                201);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads back the municipalities and zones of an earlier run (same grid). */
    void readTenants(int count) {
        List<String> codes = nisCodes(count);
        for (int j = 0; j < codes.size(); j++) {
            zones.put(codes.get(j), zonesOf(codes.get(j), j));
        }
    }

    private static String tenantJson(String nis) {
        return "{\"nisCode\":\"" + nis + "\",\"names\":{\"nl\":\"Benchgemeente " + nis + "\"},\"languages\":[\"nl\"],"
                + "\"contactEmail\":\"parkeren@bench" + nis + ".be\","
                + "\"businessModel\":{\"type\":\"IN_HOUSE\",\"retributionIssuer\":\"MUNICIPALITY\",\"collector\":\"MUNICIPALITY\","
                + "\"enforcer\":\"MUNICIPALITY\"}}";
    }

    private static String zoneJson(Zone zone) {
        String ring = String.format(
                Locale.ROOT,
                "[[%1$.6f,%2$.6f],[%3$.6f,%2$.6f],[%3$.6f,%4$.6f],[%1$.6f,%4$.6f],[%1$.6f,%2$.6f]]",
                zone.west(),
                zone.south(),
                zone.east(),
                zone.north());
        int tier = zone.kind().equals("PAID") ? 2 : 1;
        return "{\"code\":\"" + zone.code() + "\",\"kind\":\"" + zone.kind() + "\",\"name\":{\"nl\":\"" + zone.code()
                + "\"},"
                + "\"tier\":" + tier + ",\"maxStayMinutes\":" + (zone.kind().equals("BLUE") ? 120 : 240) + ","
                + "\"enforcementRegime\":\"RETRIBUTION\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring
                + "]}}";
    }

    static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /**
     * Writes {@code count} rights with COPY: municipalities weighted like a population (a few large cities, many
     * small towns), kinds mixed as in a real registry, validity windows around now (some just ended, some revoked).
     */
    void copyRights(int count, long seed) throws Exception {
        List<String> codes = tenants();
        double[] cumulative = new double[codes.size()];
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            ranks.add(i);
        }
        Random random = new Random(seed);
        Collections.shuffle(ranks, random);
        double sum = 0;
        for (int i = 0; i < codes.size(); i++) {
            sum += 1.0 / Math.pow(ranks.get(i) + 3, 0.8);
            cumulative[i] = sum;
        }
        Instant now = Instant.now();
        String created = now.toString();
        try (Connection c = superuser()) {
            PGCopyOutputStream copy = new PGCopyOutputStream(
                    c.unwrap(PGConnection.class),
                    "COPY parking_right (id, tenant_id, kind, plate, country, zone_code, valid_from, valid_to, revealable, "
                            + "idempotency_key, revoked_at, version, created_at, updated_at) FROM STDIN",
                    1 << 20);
            try (BufferedWriter out =
                    new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 20)) {
                StringBuilder row = new StringBuilder(256);
                for (int n = 0; n < count; n++) {
                    double pick = random.nextDouble() * sum;
                    int t = Arrays.binarySearch(cumulative, pick);
                    t = t >= 0 ? t : Math.min(codes.size() - 1, -t - 1);
                    String nis = codes.get(t);
                    List<Zone> tenantZones = zones.get(nis);
                    Plates.Plate plate = Plates.any(random);
                    int kindRoll = random.nextInt(100);
                    String kind;
                    String zone;
                    Instant from;
                    Instant to;
                    if (kindRoll < 35) {
                        kind = "RESIDENT_PERMIT";
                        zone = random.nextInt(3) == 0
                                ? tenantZones.get(1).code()
                                : tenantZones.get(2).code();
                        from = now.minus(Duration.ofDays(random.nextInt(330)));
                        to = from.plus(Duration.ofDays(365));
                    } else if (kindRoll < 65) {
                        kind = "PAID_SESSION";
                        zone = tenantZones.get(0).code();
                        from = now.minus(Duration.ofMinutes(random.nextInt(240)));
                        to = from.plus(Duration.ofMinutes(30 + random.nextInt(150)));
                    } else if (kindRoll < 73) {
                        kind = "VISITOR";
                        zone = tenantZones.get(2).code();
                        from = now.minus(Duration.ofHours(random.nextInt(24)));
                        to = from.plus(Duration.ofHours(24));
                    } else if (kindRoll < 79) {
                        kind = "EMPLOYEE_PERMIT";
                        zone = tenantZones.get(random.nextInt(2)).code();
                        from = now.minus(Duration.ofDays(random.nextInt(170)));
                        to = from.plus(Duration.ofDays(182));
                    } else if (kindRoll < 84) {
                        kind = "BUSINESS_PERMIT";
                        zone = tenantZones.get(random.nextInt(3)).code();
                        from = now.minus(Duration.ofDays(random.nextInt(350)));
                        to = from.plus(Duration.ofDays(365));
                    } else if (kindRoll < 87) {
                        kind = "CAREGIVER_PERMIT";
                        zone = null;
                        from = now.minus(Duration.ofDays(random.nextInt(350)));
                        to = from.plus(Duration.ofDays(365));
                    } else if (kindRoll < 90) {
                        kind = "SECOND_RESIDENCE_PERMIT";
                        zone = tenantZones.get(2).code();
                        from = now.minus(Duration.ofDays(random.nextInt(350)));
                        to = from.plus(Duration.ofDays(365));
                    } else if (kindRoll < 98) {
                        kind = "WHITELIST";
                        zone = null;
                        from = now.minus(Duration.ofDays(random.nextInt(700)));
                        to = from.plus(Duration.ofDays(730));
                    } else {
                        kind = "EXEMPTION";
                        zone = null;
                        from = now.minus(Duration.ofDays(random.nextInt(30)));
                        to = from.plus(Duration.ofDays(60));
                    }
                    // Revoked within the last day (older ones the retention job removes after 48 h).
                    Instant revokedAt =
                            random.nextInt(100) == 0 ? max(from, now.minusSeconds(random.nextInt(86_400))) : null;
                    row.setLength(0);
                    row.append(UUID.randomUUID())
                            .append('\t')
                            .append(nis)
                            .append('\t')
                            .append(kind)
                            .append('\t')
                            .append(plate.normalized())
                            .append('\t')
                            .append(plate.country())
                            .append('\t')
                            .append(zone == null ? "\\N" : zone)
                            .append('\t')
                            .append(from)
                            .append('\t')
                            .append(to)
                            .append('\t')
                            .append(random.nextInt(20) == 0 ? "f" : "t")
                            .append('\t')
                            .append("bench-")
                            .append(n)
                            .append('\t')
                            .append(revokedAt != null ? revokedAt.toString() : "\\N")
                            .append("\t1\t")
                            .append(created)
                            .append('\t')
                            .append(created)
                            .append('\n');
                    out.append(row);
                }
            }
            try (Statement sql = c.createStatement()) {
                sql.execute("ANALYZE parking_right");
            }
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Removes the scan observations (and what processing them charged) of earlier runs: left in place, the
     * platform's background processing works through them and disturbs the next measurement.
     */
    long deleteObservations() throws Exception {
        try (Connection c = superuser();
                Statement sql = c.createStatement()) {
            // In small steps, skipping rows the platform's processing holds (a plain DELETE can deadlock with it).
            long n = 0;
            for (int step;
                    (step = sql.executeUpdate(
                                            "DELETE FROM scan_observation WHERE id = ANY(ARRAY(SELECT id "
                                                    + "FROM scan_observation WHERE batch_id LIKE 'bench-%' LIMIT 20000 FOR UPDATE SKIP LOCKED))"))
                                    > 0
                            || hasObservations(sql); ) {
                n += step;
                if (step == 0) {
                    Thread.sleep(200);
                }
            }
            sql.executeUpdate("DELETE FROM retribution WHERE source_key LIKE 'scan:%:bench-%'");
            sql.execute("VACUUM ANALYZE scan_observation");
            return n;
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0; // no schema yet
            }
            throw e;
        }
    }

    private static boolean hasObservations(Statement sql) throws SQLException {
        try (ResultSet rs =
                sql.executeQuery("SELECT EXISTS (SELECT 1 FROM scan_observation WHERE batch_id LIKE 'bench-%')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Removes the rights of an earlier run (before writing them again). */
    void deleteRights() throws Exception {
        try (Connection c = superuser();
                Statement sql = c.createStatement()) {
            sql.execute("DELETE FROM parking_right WHERE idempotency_key LIKE 'bench-%'");
            sql.execute("VACUUM ANALYZE parking_right");
        }
    }

    /** Rights valid now, picked at random from the table: the plate check's hits. */
    List<Hit> hits(int count) throws Exception {
        List<Hit> hits = new ArrayList<>();
        try (Connection c = superuser();
                Statement sql = c.createStatement();
                ResultSet rs = sql.executeQuery("SELECT tenant_id, plate, country, zone_code FROM parking_right "
                        + "TABLESAMPLE BERNOULLI (5) WHERE valid_from <= now() AND valid_to > now() + interval '30 minutes' "
                        + "AND revoked_at IS NULL LIMIT " + count)) {
            Random random = new Random(7);
            while (rs.next()) {
                String nis = rs.getString(1);
                String zone = rs.getString(4);
                if (zone == null) {
                    List<Zone> tenantZones = zones.get(nis);
                    zone = tenantZones.get(random.nextInt(tenantZones.size())).code();
                }
                hits.add(new Hit(nis, display(rs.getString(2), rs.getString(3)), rs.getString(3), zone));
            }
        }
        Collections.shuffle(hits, new Random(11));
        return hits;
    }

    private static String display(String plate, String country) {
        if (country.equals("BE") && plate.length() == 7 && Character.isDigit(plate.charAt(0))) {
            return plate.charAt(0) + "-" + plate.substring(1, 4) + "-" + plate.substring(4);
        }
        return plate;
    }
}
