package be.ptrpas.deploy.bench;

import be.ptrpas.deploy.RunningPlatform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Scan-car batches through the real path — {@code POST /api/v1/callbacks/{nis}/enforcement}, signed as the
 * {@code enforcement-scanfeed} format says, verified and parsed by the municipality's plug-in, stored as
 * observations — timed until the database holds them all; next to PostgreSQL COPY of the very same rows.
 */
final class IngestionBench {

    /** One observation as the scan car reports it. */
    record Obs(
            String nis,
            String batchId,
            String device,
            String id,
            String plate,
            String country,
            Instant at,
            double lat,
            double lon) {}

    /** One batch: its municipality, its body, and its observations. */
    record Batch(String nis, String body, List<Obs> observations) {}

    /** What was measured. */
    record Result(
            long observations,
            int batches,
            double httpSeconds,
            double copySeconds,
            long errors,
            String firstError,
            Machine.Cpu httpCpu) {
        double httpRate() {
            return observations / httpSeconds;
        }

        double copyRate() {
            return observations / copySeconds;
        }
    }

    private final RunningPlatform platform;
    private final BenchData data;

    IngestionBench(RunningPlatform platform, BenchData data) {
        this.platform = platform;
        this.data = data;
    }

    static String secret(String nis) {
        return "bench-scanfeed-signing-secret-" + nis;
    }

    void configure(String operator, List<String> tenants) throws Exception {
        for (String nis : tenants) {
            HttpResponse<String> saved = platform.send(
                    "PUT",
                    "/api/v1/tenants/" + nis + "/plugins/enforcement",
                    operator,
                    "{\"providerId\":\"enforcement-scanfeed\",\"config\":{},\"secrets\":{\"signingSecret\":\""
                            + secret(nis) + "\"}}");
            if (saved.statusCode() != 200 && saved.statusCode() != 201) {
                throw new IllegalStateException(
                        "configuring the scan feed of " + nis + ": " + saved.statusCode() + " " + saved.body());
            }
        }
    }

    List<Batch> batches(List<String> tenants, int count, int size, String run, long seed) {
        Random random = new Random(seed);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Batch> batches = new ArrayList<>();
        for (int b = 0; b < count; b++) {
            String nis = tenants.get(b % tenants.size());
            String batchId = "bench-" + run + "-" + b;
            String device = "bench-car-" + nis + "-" + (b % 3);
            List<BenchData.Zone> zones = data.zones.get(nis);
            List<Obs> observations = new ArrayList<>(size);
            StringBuilder body = new StringBuilder(size * 170)
                    .append("{\"batchId\":\"")
                    .append(batchId)
                    .append("\",\"deviceId\":\"")
                    .append(device)
                    .append("\",\"observations\":[");
            for (int i = 0; i < size; i++) {
                Plates.Plate plate = Plates.any(random);
                double[] at = zones.get(random.nextInt(zones.size())).pointInside(random);
                Obs o = new Obs(
                        nis,
                        batchId,
                        device,
                        batchId + "-" + i,
                        plate.display(),
                        plate.country(),
                        now.minusSeconds(random.nextInt(900)),
                        Math.round(at[0] * 1e6) / 1e6,
                        Math.round(at[1] * 1e6) / 1e6);
                observations.add(o);
                if (i > 0) {
                    body.append(',');
                }
                body.append("{\"observationId\":\"")
                        .append(o.id())
                        .append("\",\"plate\":\"")
                        .append(o.plate())
                        .append("\",\"country\":\"")
                        .append(o.country())
                        .append("\",\"observedAt\":\"")
                        .append(o.at())
                        .append("\",\"lat\":")
                        .append(o.lat())
                        .append(",\"lon\":")
                        .append(o.lon())
                        .append(",\"photoRef\":\"s3://bench/")
                        .append(o.id())
                        .append(".jpg\"}");
            }
            batches.add(new Batch(nis, body.append("]}").toString(), observations));
        }
        return batches;
    }

    /**
     * Yesterday's observations of these municipalities, already settled, written by COPY (untimed) in place of any
     * earlier run's: the table a platform in service holds (observations are kept 48 h), not an empty one. Against a
     * table that was analysed while empty, PostgreSQL keeps planning the processing's updates as sequential scans until
     * the next auto-analyse, a state no platform in service is in.
     */
    void history(List<String> tenants, int count, long seed) throws Exception {
        Random random = new Random(seed);
        Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        String[] outcomes = {"COVERED", "COVERED", "CHARGED", "FIRST_SIGHTING", "ALREADY_CHARGED"};
        StringBuilder all = new StringBuilder(count * 220);
        for (int i = 0; i < count; i++) {
            String nis = tenants.get(i % tenants.size());
            List<BenchData.Zone> zones = data.zones.get(nis);
            BenchData.Zone zone = zones.get(random.nextInt(zones.size()));
            double[] at = zone.pointInside(random);
            Plates.Plate plate = Plates.any(random);
            String id = "history-" + (i / 1000) + "-" + i;
            String seen = yesterday.minusSeconds(random.nextInt(43_200)).toString();
            all.append(UUID.randomUUID())
                    .append('\t')
                    .append(nis)
                    .append("\tenforcement-scanfeed\t")
                    .append(id)
                    .append("\thistory-")
                    .append(i / 1000)
                    .append("\thistory-car\t")
                    .append(plate.display())
                    .append('\t')
                    .append(plate.country())
                    .append('\t')
                    .append(seen)
                    .append('\t')
                    .append(at[0])
                    .append('\t')
                    .append(at[1])
                    .append("\ts3://bench/")
                    .append(id)
                    .append(".jpg\t")
                    .append(outcomes[random.nextInt(outcomes.length)])
                    .append("\t2\t")
                    .append(seen)
                    .append('\t')
                    .append(seen)
                    .append('\t')
                    .append(plate.normalized())
                    .append('\t')
                    .append(zone.code())
                    .append('\t')
                    .append(seen)
                    .append('\n');
        }
        try (Connection c = data.superuser();
                Statement sql = c.createStatement()) {
            sql.execute("DELETE FROM scan_observation WHERE batch_id LIKE 'history-%'");
            // Every run deletes what the previous one wrote; rewritten compactly, each run starts from the same table
            // rather than from the indexes the runs before it left swollen.
            sql.execute("VACUUM FULL scan_observation");
            try (PGCopyOutputStream copy = new PGCopyOutputStream(
                    c.unwrap(PGConnection.class),
                    "COPY scan_observation (id, tenant_id, plugin_id, observation_id, batch_id, device_id, plate, country, "
                            + "observed_at, latitude, longitude, photo_ref, status, version, created_at, updated_at, "
                            + "plate_normalized, zone_code, processed_at) FROM STDIN",
                    1 << 20)) {
                copy.write(all.toString().getBytes(StandardCharsets.UTF_8));
            }
            sql.execute("VACUUM ANALYZE scan_observation");
        }
    }

    /** COPY of the same rows (with a status the scan processing ignores), timed, then removed again. */
    double copy(List<Batch> batches) throws Exception {
        String created = Instant.now().toString();
        StringBuilder all = new StringBuilder();
        for (Batch batch : batches) {
            for (Obs o : batch.observations()) {
                all.append(UUID.randomUUID())
                        .append('\t')
                        .append(o.nis())
                        .append("\tenforcement-scanfeed\t")
                        .append(o.id())
                        .append('\t')
                        .append(o.batchId())
                        .append('\t')
                        .append(o.device())
                        .append('\t')
                        .append(o.plate())
                        .append('\t')
                        .append(o.country())
                        .append('\t')
                        .append(o.at())
                        .append('\t')
                        .append(o.lat())
                        .append('\t')
                        .append(o.lon())
                        .append("\ts3://bench/")
                        .append(o.id())
                        .append(".jpg\tBENCH_COPY\t0\t")
                        .append(created)
                        .append('\t')
                        .append(created)
                        .append('\n');
            }
        }
        byte[] rows = all.toString().getBytes(StandardCharsets.UTF_8);
        double seconds;
        try (Connection c = data.superuser()) {
            long start = System.nanoTime();
            try (PGCopyOutputStream copy = new PGCopyOutputStream(
                    c.unwrap(PGConnection.class),
                    "COPY scan_observation (id, tenant_id, plugin_id, observation_id, batch_id, device_id, plate, country, "
                            + "observed_at, latitude, longitude, photo_ref, status, version, created_at, updated_at) FROM STDIN",
                    1 << 20)) {
                copy.write(rows);
            }
            seconds = (System.nanoTime() - start) / 1e9;
            try (Statement sql = c.createStatement()) {
                sql.execute("DELETE FROM scan_observation WHERE status = 'BENCH_COPY'");
                sql.execute("VACUUM ANALYZE scan_observation");
            }
        }
        return seconds;
    }

    /**
     * The batches through HTTP by a few senders at once, timed until the last one is answered. The platform answers a
     * batch only after its observations are committed, so the last answer is the moment the database holds them all;
     * one count afterwards proves it. (Polling that count while the batches arrive would scan the table over and over
     * and take a good part of the database's CPU from the platform being measured.)
     */
    Result http(List<Batch> batches, int senders, String run, double copySeconds) throws Exception {
        long expected = batches.stream().mapToLong(b -> b.observations().size()).sum();
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ConcurrentLinkedQueue<Batch> queue = new ConcurrentLinkedQueue<>(batches);
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        AtomicLong lastAnswer = new AtomicLong();
        Machine.Mark mark = new Machine.Mark(platform.process());
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            Thread thread = new Thread(
                    () -> {
                        for (Batch batch = queue.poll(); batch != null; batch = queue.poll()) {
                            try {
                                HttpResponse<String> answer =
                                        client.send(signed(batch), HttpResponse.BodyHandlers.ofString());
                                lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
                                if (answer.statusCode() != 200) {
                                    errors.incrementAndGet();
                                    firstError.compareAndSet(null, answer.statusCode() + " " + answer.body());
                                }
                            } catch (Exception e) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, e.toString());
                            }
                        }
                    },
                    "ingest-" + s);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join(Duration.ofMinutes(10).toMillis());
        }
        double seconds = (lastAnswer.get() - start) / 1e9;
        Machine.Cpu cpu = mark.since();
        long stored = stored(run);
        if (stored != expected) {
            errors.incrementAndGet();
            firstError.compareAndSet(
                    null, "the database holds " + stored + " of the " + expected + " observations sent");
        }
        return new Result(stored, batches.size(), seconds, copySeconds, errors.get(), firstError.get(), cpu);
    }

    /** How far the platform's background processing got: observations settled, and seconds since the run began. */
    record Settled(long settled, long expected, double seconds) {
        double rate() {
            return settled / seconds;
        }
    }

    /**
     * Waits (at most {@code limit}) until the background processing has settled every observation of the run —
     * checked against the rights registry, charged or not — and reports how long that took from the run's start.
     */
    Settled settled(List<String> tenants, String run, long expected, double sinceStartSeconds, Duration limit)
            throws Exception {
        long begin = System.nanoTime();
        long deadline = begin + limit.toNanos();
        String ofTheRun = "tenant_id IN ('" + String.join("','", tenants)
                + "') AND status = 'RECEIVED' AND batch_id LIKE 'bench-" + run + "-%'";
        long waiting;
        try (Connection c = data.superuser();
                Statement sql = c.createStatement()) {
            // Asks only whether any is left (by the platform's own index on municipality and status), then counts once:
            // counting all of them twice a second took a fifth of a core from the processing being measured.
            boolean left;
            do {
                Thread.sleep(500);
                try (ResultSet rs =
                        sql.executeQuery("SELECT EXISTS (SELECT 1 FROM scan_observation WHERE " + ofTheRun + ")")) {
                    rs.next();
                    left = rs.getBoolean(1);
                }
            } while (left && System.nanoTime() < deadline);
            try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM scan_observation WHERE " + ofTheRun)) {
                rs.next();
                waiting = rs.getLong(1);
            }
        }
        return new Settled(expected - waiting, expected, sinceStartSeconds + (System.nanoTime() - begin) / 1e9);
    }

    private long stored(String run) throws Exception {
        try (Connection c = data.superuser();
                Statement sql = c.createStatement();
                ResultSet rs = sql.executeQuery(
                        "SELECT count(*) FROM scan_observation WHERE batch_id LIKE 'bench-" + run + "-%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private HttpRequest signed(Batch batch) throws Exception {
        long t = Instant.now().getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret(batch.nis()).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature =
                HexFormat.of().formatHex(mac.doFinal((t + "." + batch.body()).getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/callbacks/" + batch.nis() + "/enforcement"))
                .header("Content-Type", "application/json")
                .header("X-Scanfeed-Signature", "t=" + t + ",v1=" + signature)
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(batch.body()))
                .build();
    }
}
