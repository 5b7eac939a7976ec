package be.ptrpas.deploy.bench;

import be.ptrpas.deploy.RunningPlatform;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.StringReader;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.HdrHistogram.Histogram;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Payments settled by their providers' webhooks, as the citizen sees it. Payment requests for citizens (each on its
 * citizen's pass) are created through the API at the sandbox provider; the sandbox is told they were paid (its own
 * outcome record, as the checkout page writes it, without the webhook the page would send); then the benchmark sends
 * the webhooks itself — signed as the sandbox signs them, a third of them twice (a provider's retry), all shuffled — at
 * a fixed rate, and reads the citizens' passes until each item shows paid. The platform fetches each payment's status
 * from the provider (a webhook is only a hint), so a duplicate must change nothing.
 */
final class SettleBench {

    /** One payable item: its payment, the provider's id, its pass item and its citizen. */
    record Payable(String nis, String paymentId, String providerId, String passItemId, int citizen) {}

    /** What was measured. */
    record Result(
            int webhooks,
            long webhookErrors,
            String firstError,
            double sendSeconds,
            int seen,
            double settleSeconds,
            Histogram latency,
            long paidPayments,
            long paidItems,
            long itemsPaidTwice,
            Machine.Cpu cpu) {
        double ms(double percentile) {
            return latency.getTotalCount() == 0 ? Double.NaN : latency.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private final RunningPlatform platform;
    private final BenchData data;
    private final Jwt idp;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    SettleBench(RunningPlatform platform, BenchData data, Jwt idp) {
        this.platform = platform;
        this.data = data;
        this.idp = idp;
    }

    static String secret(String nis) {
        return "bench-sandbox-webhook-secret-" + nis;
    }

    void configure(String operator, List<String> tenants) throws Exception {
        for (String nis : tenants) {
            HttpResponse<String> saved = platform.send(
                    "PUT",
                    "/api/v1/tenants/" + nis + "/plugins/payment",
                    operator,
                    "{\"providerId\":\"payment-sandbox\",\"config\":{\"expiryMinutes\":\"1440\"},"
                            + "\"secrets\":{\"signingSecret\":\"" + secret(nis) + "\"}}");
            if (saved.statusCode() != 200 && saved.statusCode() != 201) {
                throw new IllegalStateException(
                        "configuring the sandbox of " + nis + ": " + saved.statusCode() + " " + saved.body());
            }
        }
    }

    /**
     * {@code count} payment requests of {@code citizens} citizens (each on their pass), created through the API by a
     * few clerks at once; their provider ids and pass items read back.
     */
    void create(List<String> tenants, int count, int citizens, String run, int senders) throws Exception {
        Map<String, String> clerks = new HashMap<>();
        for (String nis : tenants) {
            clerks.put(nis, idp.clerk(nis));
        }
        ConcurrentLinkedQueue<Integer> todo = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < count; i++) {
            todo.add(i);
        }
        Map<String, Integer> citizenOf = new ConcurrentHashMap<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            Thread thread = new Thread(() -> {
                for (Integer i = todo.poll(); i != null && failure.get() == null; i = todo.poll()) {
                    String nis = tenants.get(i % tenants.size());
                    int citizen = i % citizens;
                    try {
                        HttpResponse<String> created = platform.send(
                                "POST",
                                "/api/v1/tenants/" + nis + "/payments",
                                clerks.get(nis),
                                "{\"amountCents\":" + (1000 + i % 5000) + ",\"description\":\"Retributie bench " + run
                                        + " c" + citizen + " n" + i + "\",\"citizenRrn\":\""
                                        + NationalNumbers.valid(citizen) + "\"}",
                                Map.of("Idempotency-Key", "bench-settle-" + run + "-" + i));
                        if (created.statusCode() != 201) {
                            throw new IllegalStateException(
                                    "payment " + i + ": " + created.statusCode() + " " + created.body());
                        }
                        String id = json(created.body()).getString("id");
                        citizenOf.put(id, citizen);
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (citizenOf.size() != count) {
            throw new IllegalStateException("created " + citizenOf.size() + " of " + count + " payments");
        }
    }

    /** The run's payments with their provider ids, pass items and citizens (from the description). */
    List<Payable> payables(String run) throws Exception {
        List<Payable> payables = new ArrayList<>();
        try (Connection c = data.superuser();
                Statement sql = c.createStatement();
                ResultSet rs = sql.executeQuery("SELECT p.id, p.provider_payment_id, i.id, p.tenant_id, p.description "
                        + "FROM payment p JOIN pass_item i ON i.source_id = p.id AND i.kind = 'PAYMENT_REQUEST' "
                        + "WHERE p.description LIKE 'Retributie bench " + run + " %'")) {
            while (rs.next()) {
                java.util.regex.Matcher citizen =
                        java.util.regex.Pattern.compile(" c(\\d+) ").matcher(rs.getString(5));
                if (!citizen.find()) {
                    throw new IllegalStateException("no citizen in " + rs.getString(5));
                }
                payables.add(new Payable(
                        rs.getString(4),
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Integer.parseInt(citizen.group(1))));
            }
        }
        return payables;
    }

    /**
     * Copies the run's payments (made through the API) by SQL until there are {@code total}: each copy a payment of
     * its own (new id, provider id, OGM, idempotency key) of the same citizen, with its sandbox record, its pass item
     * and that item's timeline, as the API would have written them. Creating 10,000 through the API on a loaded
     * two-core machine takes most of an hour and measures the payment creation, which is not what is benchmarked.
     */
    void copies(String run, int total) throws Exception {
        String ofRun = "description LIKE 'Retributie bench " + run + " %'";
        try (Connection c = data.superuser();
                Statement sql = c.createStatement()) {
            c.setAutoCommit(false);
            int templates;
            try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM payment WHERE " + ofRun)) {
                rs.next();
                templates = rs.getInt(1);
            }
            int copies = total - templates;
            if (copies <= 0) {
                return;
            }
            long firstReference = 7_000_000_000L + (System.currentTimeMillis() / 1000 % 200_000) * 10_000;
            String digits = "lpad(c.ref::text, 10, '0') || lpad((CASE WHEN c.ref % 97 = 0 THEN 97 ELSE c.ref % 97 "
                    + "END)::text, 2, '0')";
            sql.execute("CREATE TEMP TABLE bench_copy ON COMMIT DROP AS SELECT p.id AS template, "
                    + "p.provider_payment_id AS template_pid, gen_random_uuid()::text AS id, 'sbx_' || rpad('B' || '"
                    + run + "', 12, 'x') || lpad(k::text, 12, '0') AS pid, k, " + firstReference + " + k AS ref "
                    + "FROM (SELECT id, provider_payment_id, row_number() OVER (ORDER BY id) - 1 AS t FROM payment "
                    + "WHERE " + ofRun + ") p JOIN generate_series(0, " + (copies - 1) + ") k ON k % " + templates
                    + " = p.t");
            sql.execute("CREATE TEMP TABLE bench_payment ON COMMIT DROP AS SELECT p.*, c.id AS c_id, c.pid AS c_pid, "
                    + "c.k AS c_k, " + digits + " AS c_ref FROM payment p JOIN bench_copy c ON c.template = p.id");
            sql.execute("UPDATE bench_payment SET id = c_id, provider_payment_id = c_pid, idempotency_key = "
                    + "'bench-copy-' || c_id, description = description || ' k' || c_k, structured_reference = CASE "
                    + "WHEN structured_reference IS NULL THEN NULL ELSE c_ref END, checkout_url = "
                    + "regexp_replace(checkout_url, 'sbx_[A-Za-z0-9]+', c_pid)");
            sql.execute("ALTER TABLE bench_payment DROP COLUMN c_id, DROP COLUMN c_pid, DROP COLUMN c_k, "
                    + "DROP COLUMN c_ref");
            sql.execute("INSERT INTO payment SELECT * FROM bench_payment");
            sql.execute("INSERT INTO plugin_state (id, tenant_id, plugin_id, state_key, state_value, version, "
                    + "created_at, updated_at) SELECT gen_random_uuid()::text, s.tenant_id, s.plugin_id, 'payment/' || "
                    + "c.pid, replace(s.state_value, c.template_pid, c.pid), s.version, s.created_at, s.updated_at "
                    + "FROM plugin_state s JOIN bench_copy c ON s.state_key = 'payment/' || c.template_pid "
                    + "AND s.plugin_id = 'payment-sandbox'");
            sql.execute("CREATE TEMP TABLE bench_item ON COMMIT DROP AS SELECT i.*, i.id AS c_old, "
                    + "gen_random_uuid()::text AS c_new, c.id AS c_pay, " + digits + " AS c_ref FROM pass_item i "
                    + "JOIN bench_copy c ON i.source_id = c.template AND i.kind = 'PAYMENT_REQUEST'");
            sql.execute("UPDATE bench_item SET id = c_new, source_id = c_pay, reference = CASE WHEN "
                    + "structured_reference IS NULL THEN c_pay ELSE c_ref END, structured_reference = CASE WHEN "
                    + "structured_reference IS NULL THEN NULL ELSE c_ref END");
            sql.execute("CREATE TEMP TABLE bench_step ON COMMIT DROP AS SELECT s.*, b.c_new FROM pass_item_step s "
                    + "JOIN bench_item b ON s.item_id = b.c_old");
            sql.execute("UPDATE bench_step SET id = gen_random_uuid()::text, item_id = c_new");
            sql.execute("ALTER TABLE bench_step DROP COLUMN c_new");
            sql.execute("ALTER TABLE bench_item DROP COLUMN c_old, DROP COLUMN c_new, DROP COLUMN c_pay, "
                    + "DROP COLUMN c_ref");
            sql.execute("INSERT INTO pass_item SELECT * FROM bench_item");
            sql.execute("INSERT INTO pass_item_step SELECT * FROM bench_step");
            c.commit();
            c.setAutoCommit(true);
            sql.execute("ANALYZE payment");
            sql.execute("ANALYZE plugin_state");
        }
    }

    /** Tells the sandbox the payer paid each: its outcome record, as its checkout page writes it. */
    void paidAtTheProvider(List<Payable> payables) throws Exception {
        String now = Instant.now().toString();
        StringBuilder rows = new StringBuilder();
        for (Payable p : payables) {
            rows.append(java.util.UUID.randomUUID())
                    .append('\t')
                    .append(p.nis())
                    .append("\tpayment-sandbox\toutcome/")
                    .append(p.providerId())
                    .append("\tPAID ")
                    .append(now)
                    .append("\t1\t")
                    .append(now)
                    .append('\t')
                    .append(now)
                    .append('\n');
        }
        try (Connection c = data.superuser();
                PGCopyOutputStream copy = new PGCopyOutputStream(
                        c.unwrap(PGConnection.class),
                        "COPY plugin_state (id, tenant_id, plugin_id, state_key, state_value, version, created_at, "
                                + "updated_at) FROM STDIN",
                        1 << 20);
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8))) {
            out.write(rows.toString());
        }
    }

    /**
     * Sends every webhook once and a third of them twice, shuffled, at {@code rate} per second (open model), while
     * {@code readers} threads read the passes of the citizens with an item not yet seen paid; waits at most
     * {@code limit} for all to show paid, then checks the database: every payment paid, every item paid, none twice.
     */
    Result run(List<Payable> payables, double rate, int readers, Duration limit, String run) throws Exception {
        List<Payable> webhooks = new ArrayList<>(payables);
        for (int i = 0; i < payables.size(); i += 3) {
            webhooks.add(payables.get(i));
        }
        Collections.shuffle(webhooks, new Random(17));
        Map<String, Long> firstSent = new ConcurrentHashMap<>();
        Map<Integer, Set<String>> waiting = new ConcurrentHashMap<>();
        Map<String, Payable> byItem = new HashMap<>();
        for (Payable p : payables) {
            byItem.put(p.passItemId(), p);
        }
        Map<Integer, String> citizens = new HashMap<>();
        for (Payable p : payables) {
            citizens.computeIfAbsent(p.citizen(), c -> {
                try {
                    return idp.citizen(NationalNumbers.valid(c));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        Histogram latency = new Histogram(600_000_000L, 3);
        AtomicInteger seen = new AtomicInteger();
        AtomicLong lastSeen = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime() + 50_000_000L;
        long deadline = start + (long) (webhooks.size() * 1e9 / rate) + limit.toNanos();
        AtomicLong next = new AtomicLong();
        Machine.Mark mark = new Machine.Mark(platform.process());
        List<Thread> threads = new ArrayList<>();
        // Enough senders that a slow answer does not hold the rate back (the platform answers after storing).
        int senders = 32;
        AtomicLong sendEnd = new AtomicLong();
        for (int s = 0; s < senders; s++) {
            Thread sender = new Thread(
                    () -> {
                        for (long i = next.getAndIncrement(); i < webhooks.size(); i = next.getAndIncrement()) {
                            long due = start + i * interval;
                            long wait;
                            while ((wait = due - System.nanoTime()) > 0) {
                                LockSupport.parkNanos(wait);
                            }
                            Payable p = webhooks.get((int) i);
                            if (firstSent.putIfAbsent(p.paymentId(), System.nanoTime()) == null) {
                                waiting.computeIfAbsent(p.citizen(), c -> ConcurrentHashMap.newKeySet())
                                        .add(p.passItemId());
                            }
                            try {
                                HttpResponse<String> answer =
                                        http.send(webhook(p, run), HttpResponse.BodyHandlers.ofString());
                                if (answer.statusCode() / 100 != 2) {
                                    errors.incrementAndGet();
                                    firstError.compareAndSet(null, answer.statusCode() + " " + answer.body());
                                }
                            } catch (Exception e) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, e.toString());
                            }
                        }
                        sendEnd.accumulateAndGet(System.nanoTime(), Math::max);
                    },
                    "webhook-" + s);
            sender.start();
            threads.add(sender);
        }
        List<Thread> readerThreads = new ArrayList<>();
        AtomicInteger turn = new AtomicInteger();
        for (int r = 0; r < readers; r++) {
            int me = r;
            Thread reader = new Thread(
                    () -> {
                        while (seen.get() < payables.size() && System.nanoTime() < deadline) {
                            List<Integer> mine = waiting.entrySet().stream()
                                    .filter(e -> !e.getValue().isEmpty())
                                    .map(Map.Entry::getKey)
                                    .filter(c -> Math.floorMod(c, readers) == me)
                                    .toList();
                            if (mine.isEmpty()) {
                                LockSupport.parkNanos(2_000_000L);
                                continue;
                            }
                            for (Integer citizen : mine) {
                                try {
                                    HttpResponse<String> answer = platform.send(
                                            "GET",
                                            "/api/v1/me/pass?kind=PAYMENT_REQUEST&money=PAID&limit=100",
                                            citizens.get(citizen),
                                            null);
                                    long now = System.nanoTime();
                                    if (answer.statusCode() != 200) {
                                        errors.incrementAndGet();
                                        firstError.compareAndSet(
                                                null, "pass read " + answer.statusCode() + " " + answer.body());
                                        continue;
                                    }
                                    Set<String> open = waiting.get(citizen);
                                    for (JsonObject item : json(answer.body())
                                            .getJsonArray("items")
                                            .getValuesAs(JsonObject.class)) {
                                        String id = item.getString("id");
                                        if (open.remove(id)) {
                                            long sent =
                                                    firstSent.get(byItem.get(id).paymentId());
                                            synchronized (latency) {
                                                latency.recordValue(Math.max(0, (now - sent) / 1000));
                                            }
                                            seen.incrementAndGet();
                                            lastSeen.accumulateAndGet(now, Math::max);
                                        }
                                    }
                                } catch (Exception e) {
                                    errors.incrementAndGet();
                                    firstError.compareAndSet(null, "pass read: " + e);
                                }
                            }
                            turn.incrementAndGet();
                        }
                    },
                    "pass-reader-" + r);
            reader.start();
            readerThreads.add(reader);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (Thread thread : readerThreads) {
            thread.join();
        }
        Machine.Cpu cpu = mark.since();
        long[] check = check(run);
        return new Result(
                webhooks.size(),
                errors.get(),
                firstError.get(),
                (sendEnd.get() - start) / 1e9,
                seen.get(),
                (lastSeen.get() - start) / 1e9,
                latency,
                check[0],
                check[1],
                check[2],
                cpu);
    }

    /** Paid payments of the run, paid pass items of the run, and items that took the PAID step more than once. */
    private long[] check(String run) throws Exception {
        try (Connection c = data.superuser();
                Statement sql = c.createStatement();
                ResultSet rs = sql.executeQuery("SELECT "
                        + "(SELECT count(*) FROM payment p WHERE p.description LIKE 'Retributie bench " + run
                        + " %' AND p.status = 'PAID'), "
                        + "(SELECT count(*) FROM payment p JOIN pass_item i ON i.source_id = p.id "
                        + "AND i.kind = 'PAYMENT_REQUEST' WHERE p.description LIKE 'Retributie bench " + run
                        + " %' AND i.money_state = 'PAID'), "
                        + "(SELECT count(*) FROM (SELECT s.item_id FROM pass_item_step s JOIN pass_item i "
                        + "ON i.id = s.item_id JOIN payment p ON i.source_id = p.id AND i.kind = 'PAYMENT_REQUEST' "
                        + "WHERE p.description LIKE 'Retributie bench " + run + " %' AND s.money_state = 'PAID' "
                        + "GROUP BY s.item_id HAVING count(*) > 1) twice)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    private HttpRequest webhook(Payable p, String run) throws Exception {
        // The same body for a payment's duplicate: a provider's retry of the same event.
        byte[] body = ("{\"id\":\"" + p.providerId() + "\",\"status\":\"paid\",\"eventId\":\"evt_bench" + run
                        + p.providerId().replaceAll("\\W", "") + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret(p.nis()).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/callbacks/" + p.nis() + "/payment"))
                .header("Content-Type", "application/json")
                .header("X-Sandbox-Signature", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body)))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
