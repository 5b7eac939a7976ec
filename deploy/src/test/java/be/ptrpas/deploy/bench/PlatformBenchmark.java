package be.ptrpas.deploy.bench;

import be.ptrpas.deploy.RunningPlatform;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The platform's benchmark: a program that prints figures, not a test. It starts {@code ptr-platform.jar} on a
 * PostgreSQL database of its own (as an ordinary role, as in production), fills it (300 municipalities through the
 * API, a million rights by COPY), then measures
 * <ol>
 *   <li>the warden's plate check against a trivial endpoint of the same server, at fixed arrival rates (open model,
 *       latency from the intended start) and at saturation (closed loop), and</li>
 *   <li>scan-batch ingestion through the real callback path against PostgreSQL COPY of the same rows.</li>
 * </ol>
 * Run: {@code mvn -B -pl deploy -am -Pbenchmark verify -DskipTests}. Settings are system properties
 * ({@code -Dbench.seconds=30}, see {@link #setting}); the report is printed and written to
 * {@code deploy/target/benchmark/report-<time>.txt}.
 */
public final class PlatformBenchmark {

    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("bench.jar", "target/ptr-platform.jar");
        DEFAULTS.put("bench.work", "target/benchmark");
        DEFAULTS.put("bench.database", "ptr_bench");
        DEFAULTS.put("bench.fresh", "true");
        DEFAULTS.put("bench.tenants", "300");
        DEFAULTS.put("bench.rights", "1000000");
        DEFAULTS.put("bench.rates", "250,500,1000,2000");
        DEFAULTS.put("bench.seconds", "30");
        DEFAULTS.put("bench.warmup.seconds", "30");
        DEFAULTS.put("bench.connections", "64");
        DEFAULTS.put("bench.saturation.clients", "16,64");
        DEFAULTS.put("bench.idle.seconds", "20");
        DEFAULTS.put("bench.saturation.seconds", "20");
        DEFAULTS.put("bench.hit.percent", "70");
        DEFAULTS.put("bench.batches", "200");
        DEFAULTS.put("bench.batch.size", "1000");
        DEFAULTS.put("bench.ingest.tenants", "10");
        DEFAULTS.put("bench.ingest.senders", "4");
        DEFAULTS.put("bench.ingest.history", "200000");
        DEFAULTS.put("bench.ingest.settle.seconds", "120");
        DEFAULTS.put("bench.only", "check,ingest");
        // The production recommendation (docs/configuration.md, The JVM): the benchmark measures what production runs.
        DEFAULTS.put("bench.server.jvm", "-XX:+UseZGC -Xms1g -Xmx1g");
        DEFAULTS.put("bench.server.java", System.getProperty("java.home"));
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? DEFAULTS.get(name) : value;
    }

    private static int number(String name) {
        return Integer.parseInt(setting(name));
    }

    private static PrintStream report;
    /** GC pauses and database activity, printed beside the plate check's worst moments. */
    private static StallWitnesses witnesses;

    private static void say(String format, Object... args) {
        String line = args.length == 0 ? format : String.format(format, args);
        System.out.println(line);
        report.println(line);
        report.flush();
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(setting("bench.work")).toAbsolutePath();
        Files.createDirectories(work);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        report = new PrintStream(
                Files.newOutputStream(work.resolve("report-" + stamp + ".txt")), true, StandardCharsets.UTF_8);
        say(
                "PTR-pas benchmark %s — %d cores, load average %s, Java %s",
                stamp, Machine.cores(), Machine.loadAverage(), System.getProperty("java.version"));
        StringBuilder settings = new StringBuilder();
        DEFAULTS.keySet()
                .forEach(k -> settings.append(k).append('=').append(setting(k)).append(' '));
        say("settings: %s", settings.toString().trim());

        String database = setting("bench.database");
        int tenantCount = number("bench.tenants");
        int rightCount = number("bench.rights");
        boolean fresh = Boolean.parseBoolean(setting("bench.fresh")) || !BenchData.databaseExists(database);
        if (fresh) {
            BenchData.createDatabase(database);
        }
        Jwt idp = new Jwt();
        Map<String, String> env = new HashMap<>();
        env.put("PTR_DB_URL", BenchData.PG + database);
        env.put("PTR_DB_USER", "ptr_app");
        env.put("PTR_DB_PASSWORD", "ptr_app");
        env.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                idp.writePublicKey(work).toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", Jwt.ISSUER);
        // A fixed key, so a reused database's plug-in secrets still decrypt.
        env.put(
                "PTR_SECRETS_KEY",
                Base64.getEncoder()
                        .encodeToString("ptr-bench-secrets-key-32-bytes!!".getBytes(StandardCharsets.US_ASCII)));
        List<String> jvm = new ArrayList<>(
                setting("bench.server.jvm").isBlank()
                        ? List.of()
                        : Arrays.asList(setting("bench.server.jvm").trim().split("\\s+")));
        Path jvmLog = work.resolve("jvm-" + stamp + ".log");
        jvm.addAll(StallWitnesses.jvmLogOptions(jvmLog));
        Path dataDir = Files.createDirectories(work.resolve("data"));
        System.setProperty("ptr.platform.java.home", setting("bench.server.java"));
        try (RunningPlatform platform = RunningPlatform.start(
                Path.of(setting("bench.jar")).toAbsolutePath(),
                dataDir,
                work.resolve("platform-" + stamp + ".log"),
                env,
                jvm)) {
            say(
                    "platform answering after %.1f s (log %s, GC and safepoints in %s)",
                    platform.secondsToReady, platform.log, jvmLog);
            witnesses = new StallWitnesses(jvmLog, database);
            String operator = idp.operator();
            BenchData data = new BenchData(database);
            long leftovers = data.deleteObservations();
            if (leftovers > 0) {
                say(
                        "removed %d scan observations of an earlier run (their processing would disturb this one)",
                        leftovers);
            }
            long[] counts = data.counts();
            if (counts[0] < tenantCount) {
                long start = System.nanoTime();
                data.createTenants(platform, operator, tenantCount, 4);
                double tenantsSeconds = (System.nanoTime() - start) / 1e9;
                say(
                        "generator: %d municipalities with 3 zones each through the API in %.1f s",
                        tenantCount, tenantsSeconds);
            } else {
                data.readTenants(tenantCount);
                say("generator: reusing %d municipalities of database %s", counts[0], database);
            }
            if (counts[1] < rightCount * 0.98) {
                if (counts[1] > 0) {
                    data.deleteRights(); // the retention job removed some: write a whole set again
                }
                long start = System.nanoTime();
                data.copyRights(rightCount, 42);
                say(
                        "generator: %d rights by COPY (with ANALYZE) in %.1f s",
                        rightCount, (System.nanoTime() - start) / 1e9);
            } else {
                say("generator: reusing %d rights", counts[1]);
            }
            int idle = number("bench.idle.seconds");
            if (idle > 0) {
                Thread.sleep(5_000);
                Machine.Mark mark = new Machine.Mark(platform.process());
                Thread.sleep(idle * 1000L);
                say(
                        "idle platform (background sweeps of %d municipalities) for %d s: %s, load average %s",
                        data.tenants().size(), idle, mark.since(), Machine.loadAverage());
            }
            List<String> only = Arrays.asList(setting("bench.only").split(","));
            String checkSummary = "";
            if (only.contains("check")) {
                checkSummary = plateCheck(platform, idp, data);
            }
            String ingestSummary = "";
            if (only.contains("ingest")) {
                ingestSummary = ingestion(platform, operator, data);
            }
            say("");
            say("SUMMARY (load average now %s)", Machine.loadAverage());
            if (!checkSummary.isEmpty()) {
                say(checkSummary);
            }
            if (!ingestSummary.isEmpty()) {
                say(ingestSummary);
            }
        } finally {
            if (witnesses != null) {
                witnesses.close();
            }
        }
        report.close();
    }

    private static String plateCheck(RunningPlatform platform, Jwt idp, BenchData data) throws Exception {
        List<BenchData.Hit> hits = data.hits(20_000);
        Map<String, String> wardens = new HashMap<>();
        for (String nis : data.tenants()) {
            wardens.put(nis, idp.warden(nis));
        }
        Random random = new Random(3);
        int hitPercent = number("bench.hit.percent");
        Map<String, String> clerks = new HashMap<>();
        for (String nis : data.tenants()) {
            clerks.put(nis, idp.clerk(nis));
        }
        List<LoadRun.Request> signedTrivial = new ArrayList<>();
        List<LoadRun.Request> checks = new ArrayList<>();
        List<LoadRun.Request> trivial = new ArrayList<>();
        List<String> tenants = data.tenants();
        for (int i = 0; i < 20_000; i++) {
            String path;
            String nis;
            String expect;
            if (random.nextInt(100) < hitPercent && !hits.isEmpty()) {
                BenchData.Hit hit = hits.get(i % hits.size());
                nis = hit.nis();
                path = "/api/v1/tenants/" + nis + "/enforcement/check?plate=" + hit.plate()
                        + (hit.country().equals("BE") ? "" : "&country=" + hit.country()) + "&zone=" + hit.zone();
                expect = "\"verdict\":\"RIGHT\"";
            } else {
                nis = tenants.get(random.nextInt(tenants.size()));
                List<BenchData.Zone> zones = data.zones.get(nis);
                path = "/api/v1/tenants/" + nis + "/enforcement/check?plate="
                        + Plates.unknown(random).display() + "&zone="
                        + zones.get(random.nextInt(zones.size())).code();
                expect = "\"verdict\":\"NO_RIGHT\"";
            }
            checks.add(new LoadRun.Request(RawHttp.get("127.0.0.1", platform.port, path, wardens.get(nis)), expect));
            trivial.add(new LoadRun.Request(
                    RawHttp.get(
                            "127.0.0.1",
                            platform.port,
                            "/api/v1/public/tenants/" + tenants.get(random.nextInt(tenants.size())),
                            null),
                    "\"nisCode\""));
            String clerkNis = tenants.get(random.nextInt(tenants.size()));
            signedTrivial.add(new LoadRun.Request(
                    RawHttp.get("127.0.0.1", platform.port, "/api/v1/tenants/" + clerkNis, clerks.get(clerkNis)),
                    "\"nisCode\""));
        }
        say("");
        say(
                "PLATE CHECK: GET /api/v1/tenants/{nis}/enforcement/check (warden token of a random municipality; %d %% "
                        + "plates with a right valid now, the rest unknown) vs trivial GET /api/v1/public/tenants/{nis} "
                        + "(and, at saturation, \"trivjwt\": GET /api/v1/tenants/{nis} with a clerk token); %d sampled hits",
                hitPercent, hits.size());
        int connections = number("bench.connections");
        Duration seconds = Duration.ofSeconds(number("bench.seconds"));
        ProcessHandle server = platform.process();
        Duration warmup = Duration.ofSeconds(number("bench.warmup.seconds"));
        if (!warmup.isZero()) {
            LoadRun.Result w1 = LoadRun.fixedRate(
                    "trivial", "127.0.0.1", platform.port, trivial, 400, warmup.dividedBy(2), connections, server);
            LoadRun.Result w2 = LoadRun.fixedRate(
                    "check", "127.0.0.1", platform.port, checks, 400, warmup.dividedBy(2), connections, server);
            say(
                    "warm-up: %d + %d requests (errors %d, %d)%s",
                    w1.completed(),
                    w2.completed(),
                    w1.errors(),
                    w2.errors(),
                    w2.firstError() == null ? "" : "; first error: " + w2.firstError());
        }
        say("%s   load avg", LoadRun.Result.header());
        List<LoadRun.Result[]> pairs = new ArrayList<>();
        for (String rateText : setting("bench.rates").split(",")) {
            double rate = Double.parseDouble(rateText.trim());
            LoadRun.Result t = LoadRun.fixedRate(
                    "trivial", "127.0.0.1", platform.port, trivial, rate, seconds, connections, server);
            say("%s   %s", t.line(), Machine.loadAverage());
            say("%s", t.stallsLines(witnesses));
            LoadRun.Result c =
                    LoadRun.fixedRate("check", "127.0.0.1", platform.port, checks, rate, seconds, connections, server);
            say("%s   %s", c.line(), Machine.loadAverage());
            say("%s", c.stallsLines(witnesses));
            report(t);
            report(c);
            pairs.add(new LoadRun.Result[] {t, c});
        }
        Duration saturation = Duration.ofSeconds(number("bench.saturation.seconds"));
        List<LoadRun.Result[]> saturated = new ArrayList<>();
        for (String clientsText : setting("bench.saturation.clients").split(",")) {
            int clients = Integer.parseInt(clientsText.trim());
            LoadRun.Result ts =
                    LoadRun.closedLoop("trivial", "127.0.0.1", platform.port, trivial, clients, saturation, server);
            say("%s   %s  (%d clients)", ts.line(), Machine.loadAverage(), clients);
            LoadRun.Result cs =
                    LoadRun.closedLoop("check", "127.0.0.1", platform.port, checks, clients, saturation, server);
            say("%s   %s  (%d clients)", cs.line(), Machine.loadAverage(), clients);
            LoadRun.Result js = LoadRun.closedLoop(
                    "trivjwt", "127.0.0.1", platform.port, signedTrivial, clients, saturation, server);
            say("%s   %s  (%d clients)", js.line(), Machine.loadAverage(), clients);
            report(ts);
            report(cs);
            report(js);
            saturated.add(new LoadRun.Result[] {ts, cs, js});
        }
        StringBuilder summary = new StringBuilder("plate check / trivial endpoint:\n");
        for (LoadRun.Result[] pair : pairs) {
            summary.append(String.format(
                    "  at %5.0f req/s: throughput %.2f (%.0f vs %.0f/s), p99 %.2f ms vs %.2f ms%n",
                    pair[0].targetRate(),
                    pair[1].throughput() / pair[0].throughput(),
                    pair[1].throughput(),
                    pair[0].throughput(),
                    pair[1].ms(99),
                    pair[0].ms(99)));
        }
        String[] clientCounts = setting("bench.saturation.clients").split(",");
        for (int i = 0; i < saturated.size(); i++) {
            LoadRun.Result ts = saturated.get(i)[0];
            LoadRun.Result cs = saturated.get(i)[1];
            summary.append(String.format(
                    "  saturation (%s clients): throughput %.2f (%.0f vs %.0f/s), p99 %.2f ms vs %.2f ms%n",
                    clientCounts[i].trim(),
                    cs.throughput() / ts.throughput(),
                    cs.throughput(),
                    ts.throughput(),
                    cs.ms(99),
                    ts.ms(99)));
            LoadRun.Result js = saturated.get(i)[2];
            summary.append(String.format(
                    "    (check / trivial with a token, GET /api/v1/tenants/{nis} as clerk: %.2f, %.0f vs %.0f/s)%n",
                    cs.throughput() / js.throughput(), cs.throughput(), js.throughput()));
        }
        double best = saturated.stream()
                .mapToDouble(pair -> pair[1].throughput() / pair[0].throughput())
                .max()
                .orElse(0);
        LoadRun.Result highest = pairs.isEmpty() ? null : pairs.get(pairs.size() - 1)[1];
        if (highest != null) {
            boolean p99 = highest.ms(99) <= 10
                    && highest.errors() == 0
                    && highest.throughput() >= 0.95 * highest.targetRate();
            summary.append(String.format(
                    "  target p99 <= 10 ms at %.0f req/s: %s (p99 %.2f ms, %.0f/s done)%n",
                    highest.targetRate(), p99 ? "MET" : "NOT MET", highest.ms(99), highest.throughput()));
        }
        summary.append(String.format(
                "  target throughput >= 0.7 of trivial at saturation: %s (best %.2f)",
                best >= 0.7 ? "MET" : "NOT MET", best));
        return summary.toString();
    }

    private static void report(LoadRun.Result result) {
        if (result.firstError() != null) {
            say("    first error/wrong answer of %s %s: %s", result.name(), result.mode(), result.firstError());
        }
    }

    private static String ingestion(RunningPlatform platform, String operator, BenchData data) throws Exception {
        List<String> tenants = data.tenants()
                .subList(
                        0,
                        Math.min(number("bench.ingest.tenants"), data.tenants().size()));
        IngestionBench bench = new IngestionBench(platform, data);
        bench.configure(operator, tenants);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        List<IngestionBench.Batch> batches =
                bench.batches(tenants, number("bench.batches"), number("bench.batch.size"), run, 5);
        say("");
        say(
                "INGESTION: %d signed scan batches x %d observations to %d municipalities' "
                        + "POST /api/v1/callbacks/{nis}/enforcement by %d senders, until all are stored (answered); vs COPY of the same rows",
                batches.size(), number("bench.batch.size"), tenants.size(), number("bench.ingest.senders"));
        bench.history(tenants, number("bench.ingest.history"), 6);
        say(
                "  the table holds %d settled observations of yesterday in these municipalities, as in service",
                number("bench.ingest.history"));
        double copySeconds = bench.copy(batches);
        IngestionBench.Result result = bench.http(batches, number("bench.ingest.senders"), run, copySeconds);
        say(
                "  COPY:              %9d rows in %6.2f s = %8.0f rows/s",
                result.observations(), result.copySeconds(), result.copyRate());
        say(
                "  HTTP ingestion:    %9d obs  in %6.2f s = %8.0f obs/s  (errors %d%s)  %s   load avg %s",
                result.observations(),
                result.httpSeconds(),
                result.httpRate(),
                result.errors(),
                result.firstError() == null ? "" : ", first: " + result.firstError(),
                result.httpCpu(),
                Machine.loadAverage());
        IngestionBench.Settled settled = bench.settled(
                tenants,
                run,
                result.observations(),
                result.httpSeconds(),
                Duration.ofSeconds(number("bench.ingest.settle.seconds")));
        say(
                "  processing:        %9d of %d observations settled %6.2f s after the first batch = %8.0f obs/s%s",
                settled.settled(),
                settled.expected(),
                settled.seconds(),
                settled.rate(),
                settled.settled() < settled.expected() ? " (stopped waiting)" : "");
        data.deleteObservations(); // what is left would be processed during the next measurement
        return String.format(
                "ingestion: %.0f obs/s through HTTP, %.0f rows/s by COPY, ratio %.2f; target >= 20000 obs/s: %s, "
                        + ">= 0.3 of COPY: %s; processed into verdicts and charges at %.0f obs/s (no target)",
                result.httpRate(),
                result.copyRate(),
                result.httpRate() / result.copyRate(),
                result.httpRate() >= 20_000 ? "MET" : "NOT MET",
                result.httpRate() / result.copyRate() >= 0.3 ? "MET" : "NOT MET",
                settled.rate());
    }
}
