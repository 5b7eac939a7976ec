package be.ptrpas.deploy.bench;

import be.ptrpas.deploy.RunningPlatform;
import be.ptrpas.platform.banking.StatementFiles;
import be.ptrpas.spi.belgian.StructuredReference;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A bank's camt.053 statement of many entries imported over HTTP, and imported again (every entry a duplicate). A
 * tenth of the entries pay open payments of the municipality (written straight into {@code payment}: creating them
 * at a provider would measure the provider), the rest carry unknown references and go to review — the shape of
 * {@code BankStatementIT#measuresALargeStatement}, with the tests' own generator ({@code StatementFiles}).
 */
final class CamtBench {

    static final String IBAN = "BE43068999999501";
    private static final long AMOUNT_CENTS = 2450;

    /** What was measured. */
    record Result(
            int entries,
            double megabytes,
            double importSeconds,
            int settled,
            int review,
            double againSeconds,
            int duplicates,
            int paidPayments,
            Machine.Cpu cpu) {}

    private final RunningPlatform platform;
    private final BenchData data;

    CamtBench(RunningPlatform platform, BenchData data) {
        this.platform = platform;
        this.data = data;
    }

    Result run(String nis, String admin, int entries) throws Exception {
        HttpResponse<String> settings = platform.send(
                "PUT",
                "/api/v1/tenants/" + nis + "/payment-settings",
                admin,
                "{\"returnOrigins\":[],\"bankAccount\":{\"beneficiary\":\"Benchgemeente " + nis + "\",\"iban\":\""
                        + IBAN + "\"}}");
        if (settings.statusCode() != 200) {
            throw new IllegalStateException(
                    "payment settings of " + nis + ": " + settings.statusCode() + " " + settings.body());
        }
        int matching = entries / 10;
        // References of their own each run (12 digits: 10 and the check), so a reused database settles only this run's.
        long first = 6_000_000_000L + (Instant.now().getEpochSecond() % 30_000) * 100_000;
        String run = Long.toString(first);
        insertPayments(nis, first, matching, run);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementFiles.write(
                out,
                "001.02",
                "BENCH-" + UUID.randomUUID().toString().substring(0, 8),
                IBAN,
                entries,
                first,
                AMOUNT_CENTS,
                3);
        byte[] file = out.toByteArray();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(platform.base() + "/api/v1/tenants/" + nis + "/bank-statements"))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/xml")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build();
        Machine.Mark mark = new Machine.Mark(platform.process());
        long start = System.nanoTime();
        HttpResponse<String> imported = http.send(request, HttpResponse.BodyHandlers.ofString());
        double importSeconds = (System.nanoTime() - start) / 1e9;
        Machine.Cpu cpu = mark.since();
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("import answered " + imported.statusCode() + ": "
                    + imported.body().substring(0, Math.min(500, imported.body().length())));
        }
        JsonObject counts = json(imported.body()).getJsonObject("counts");
        long againStart = System.nanoTime();
        HttpResponse<String> again = http.send(request, HttpResponse.BodyHandlers.ofString());
        double againSeconds = (System.nanoTime() - againStart) / 1e9;
        if (again.statusCode() != 200) {
            throw new IllegalStateException("import again answered " + again.statusCode());
        }
        JsonObject againCounts = json(again.body()).getJsonObject("counts");
        return new Result(
                entries,
                file.length / 1e6,
                importSeconds,
                counts.getInt("SETTLED", 0),
                counts.getInt("REVIEW", 0),
                againSeconds,
                againCounts.getInt("DUPLICATE", 0),
                paid(nis, run),
                cpu);
    }

    private void insertPayments(String nis, long first, int count, String run) throws Exception {
        try (Connection db = data.superuser();
                PreparedStatement insert = db.prepareStatement("insert into payment (id, tenant_id, kind, "
                        + "idempotency_key, plugin_id, provider_payment_id, amount_cents, currency, description, "
                        + "structured_reference, checkout_url, status, refunded_cents, transferred_cents, "
                        + "overpaid_cents, version, created_at, updated_at) values (?, ?, 'PAYMENT', ?, "
                        + "'payment-sandbox', ?, ?, 'EUR', ?, ?, 'http://127.0.0.1/checkout', 'OPEN', 0, 0, 0, "
                        + "1, ?, ?)")) {
            db.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                insert.setString(1, id);
                insert.setString(2, nis);
                insert.setString(3, "bench-camt-" + id);
                insert.setString(4, "bench-camt-" + id);
                insert.setLong(5, AMOUNT_CENTS);
                insert.setString(6, "bench camt " + run);
                insert.setString(7, StructuredReference.of(first + i).digits());
                insert.setTimestamp(8, now);
                insert.setTimestamp(9, now);
                insert.addBatch();
            }
            insert.executeBatch();
            db.commit();
        }
    }

    private int paid(String nis, String run) throws Exception {
        try (Connection db = data.superuser();
                PreparedStatement query = db.prepareStatement("select count(*) from payment where tenant_id = ? "
                        + "and description = ? and status = 'PAID' and transferred_cents = amount_cents")) {
            query.setString(1, nis);
            query.setString(2, "bench camt " + run);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
