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
        DEFAULTS.put("bench.pass.items", "5000000");
        DEFAULTS.put("bench.pass.citizens", "1000000");
        DEFAULTS.put("bench.pass.rate", "500");
        DEFAULTS.put("bench.pass.counted", "100");
        DEFAULTS.put("bench.pg.log", "/var/log/postgresql/postgresql-15-main.log");
        DEFAULTS.put("bench.settle.payments", "10000");
        DEFAULTS.put("bench.settle.tenants", "10");
        DEFAULTS.put("bench.settle.citizens", "200");
        DEFAULTS.put("bench.settle.rate", "100");
        DEFAULTS.put("bench.settle.readers", "4");
        DEFAULTS.put("bench.settle.wait.seconds", "120");
        DEFAULTS.put("bench.camt.entries", "100000");
        DEFAULTS.put("bench.only", "check,ingest,pass,settle,camt");
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

    private static final byte[] HOLDER_KEY = "ptr-bench-holder-key-of-32-bytes".getBytes(StandardCharsets.US_ASCII);

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
        // A fixed holder key too: the generated pass items carry holder keys made with it (see PassData).
        env.put("PTR_HOLDER_KEY", Base64.getEncoder().encodeToString(HOLDER_KEY));
        // The settling benchmark pays through the sandbox provider, a demo plug-in that is off on PostgreSQL by
        // default.
        env.put("PTR_PLUGINS_DISABLED", "none");
        List<String> jvm = new ArrayList<>(
                setting("bench.server.jvm").isBlank()
                        ? List.of()
                        : Arrays.asList(setting("bench.server.jvm").trim().split("\\s+")));
        Path jvmLog = work.resolve("jvm-" + stamp + ".log");
        jvm.addAll(StallWitnesses.jvmLogOptions(jvmLog));
        Path dataDir = Files.createDirectories(work.resolve("data"));
        System.setProperty("ptr.platform.java.home", setting("bench.server.java"));
        // On a machine shared with other builds the platform can take minutes to start; the tests' 180 s is too short.
        if (System.getProperty("ptr.it.ready-seconds") == null) {
            System.setProperty("ptr.it.ready-seconds", "900");
        }
        List<String> summaries = new ArrayList<>();
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
            List<String> only = Arrays.asList(setting("bench.only").split(","));
            if (!only.contains("check")) {
                say("generator: rights not needed (no plate check in this run)");
            } else if (counts[1] < rightCount * 0.98) {
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
            if (only.contains("check")) {
                summaries.add(plateCheck(platform, idp, data));
            }
            if (only.contains("ingest")) {
                summaries.add(ingestion(platform, operator, data));
            }
            if (only.contains("pass")) {
                summaries.add(passRead(platform, idp, data));
            }
            if (only.contains("settle")) {
                summaries.add(settling(platform, idp, operator, data));
            }
            if (only.contains("camt")) {
                summaries.add(camt(platform, idp, data));
            }
        } finally {
            if (witnesses != null) {
                witnesses.close();
            }
        }
        if (only().contains("pass")) {
            // After the measured platform has stopped: logging every statement would slow what is measured.
            summaries.add(countStatements(env, jvm, work, stamp, idp, database));
        }
        say("");
        say("SUMMARY (load average now %s)", Machine.loadAverage());
        summaries.forEach(PlatformBenchmark::say);
        report.close();
    }

    private static List<String> only() {
        return Arrays.asList(setting("bench.only").split(","));
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

    /** The trivial endpoint, {@code GET /api/v1/public/tenants/{nis}} of random municipalities: the baseline. */
    private static List<LoadRun.Request> trivialRequests(RunningPlatform platform, List<String> tenants) {
        Random random = new Random(5);
        List<LoadRun.Request> trivial = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            trivial.add(new LoadRun.Request(
                    RawHttp.get(
                            "127.0.0.1",
                            platform.port,
                            "/api/v1/public/tenants/" + tenants.get(random.nextInt(tenants.size())),
                            null),
                    "\"nisCode\""));
        }
        return trivial;
    }

    private static String passRead(RunningPlatform platform, Jwt idp, BenchData data) throws Exception {
        int items = number("bench.pass.items");
        int citizens = number("bench.pass.citizens");
        PassData passData = new PassData(data, HOLDER_KEY);
        say("");
        say(
                "PASS READ: GET /api/v1/me/pass of one citizen (40 items in 10 municipalities) among %d items of %d other"
                        + " citizens in %d municipalities; first page (20 items, dossier sources asked) and a later page"
                        + " (by cursor); vs trivial GET /api/v1/public/tenants/{nis}",
                items, citizens, data.tenants().size());
        long present = passData.count();
        if (present >= items) {
            say("  generator: reusing %d pass items", present);
        } else {
            long start = System.nanoTime();
            passData.generate(items, citizens);
            say(
                    "  generator: %d pass items with a step each, by SQL (with ANALYZE) in %.1f s, load average %s",
                    items, (System.nanoTime() - start) / 1e9, Machine.loadAverage());
        }
        passData.citizen();
        PassReadBench bench = new PassReadBench(platform, idp);
        say("  %s", bench.check());
        List<LoadRun.Request> trivial = trivialRequests(platform, data.tenants());
        List<LoadRun.Request> first = bench.firstPage();
        List<LoadRun.Request> later = bench.laterPage();
        int connections = number("bench.connections");
        ProcessHandle server = platform.process();
        Duration warmup = Duration.ofSeconds(number("bench.warmup.seconds"));
        if (!warmup.isZero()) {
            LoadRun.Result w1 = LoadRun.fixedRate(
                    "trivial", "127.0.0.1", platform.port, trivial, 300, warmup.dividedBy(3), connections, server);
            LoadRun.Result w2 = LoadRun.fixedRate(
                    "pass1", "127.0.0.1", platform.port, first, 300, warmup.dividedBy(3), connections, server);
            LoadRun.Result w3 = LoadRun.fixedRate(
                    "passN", "127.0.0.1", platform.port, later, 300, warmup.dividedBy(3), connections, server);
            say(
                    "  warm-up: %d + %d + %d requests (errors %d, %d, %d)%s",
                    w1.completed(),
                    w2.completed(),
                    w3.completed(),
                    w1.errors(),
                    w2.errors(),
                    w3.errors(),
                    w2.firstError() == null ? "" : "; first error: " + w2.firstError());
        }
        double rate = number("bench.pass.rate");
        Duration seconds = Duration.ofSeconds(number("bench.seconds"));
        say("%s   load avg", LoadRun.Result.header());
        LoadRun.Result t =
                LoadRun.fixedRate("trivial", "127.0.0.1", platform.port, trivial, rate, seconds, connections, server);
        say("%s   %s", t.line(), Machine.loadAverage());
        say("%s", t.stallsLines(witnesses));
        LoadRun.Result p1 =
                LoadRun.fixedRate("pass1", "127.0.0.1", platform.port, first, rate, seconds, connections, server);
        say("%s   %s", p1.line(), Machine.loadAverage());
        say("%s", p1.stallsLines(witnesses));
        LoadRun.Result pn =
                LoadRun.fixedRate("passN", "127.0.0.1", platform.port, later, rate, seconds, connections, server);
        say("%s   %s", pn.line(), Machine.loadAverage());
        say("%s", pn.stallsLines(witnesses));
        report(t);
        report(p1);
        report(pn);
        Duration saturation = Duration.ofSeconds(number("bench.saturation.seconds"));
        StringBuilder summary = new StringBuilder(
                        "pass read (GET /api/v1/me/pass, 40 items in 10 municipalities among " + items + "):\n")
                .append(String.format(
                        "  at %.0f req/s: first page p50 %.2f ms, p99 %.2f ms; later page p50 %.2f ms, p99 %.2f ms; "
                                + "trivial p99 %.2f ms (errors %d, %d)%n",
                        rate,
                        p1.ms(50),
                        p1.ms(99),
                        pn.ms(50),
                        pn.ms(99),
                        t.ms(99),
                        p1.errors() + p1.unexpected(),
                        pn.errors() + pn.unexpected()));
        boolean p99Met =
                p1.ms(99) <= 25 && pn.ms(99) <= 25 && p1.errors() + pn.errors() == 0 && p1.throughput() >= 0.95 * rate;
        double best = 0;
        for (String clientsText : setting("bench.saturation.clients").split(",")) {
            int clients = Integer.parseInt(clientsText.trim());
            LoadRun.Result ts =
                    LoadRun.closedLoop("trivial", "127.0.0.1", platform.port, trivial, clients, saturation, server);
            say("%s   %s  (%d clients)", ts.line(), Machine.loadAverage(), clients);
            LoadRun.Result ps =
                    LoadRun.closedLoop("pass1", "127.0.0.1", platform.port, first, clients, saturation, server);
            say("%s   %s  (%d clients)", ps.line(), Machine.loadAverage(), clients);
            LoadRun.Result pns =
                    LoadRun.closedLoop("passN", "127.0.0.1", platform.port, later, clients, saturation, server);
            say("%s   %s  (%d clients)", pns.line(), Machine.loadAverage(), clients);
            report(ts);
            report(ps);
            report(pns);
            summary.append(String.format(
                    "  saturation (%d clients): first page %.2f of trivial (%.0f vs %.0f/s), later page %.2f (%.0f/s),"
                            + " load average %s%n",
                    clients,
                    ps.throughput() / ts.throughput(),
                    ps.throughput(),
                    ts.throughput(),
                    pns.throughput() / ts.throughput(),
                    pns.throughput(),
                    Machine.loadAverage()));
            best = Math.max(best, ps.throughput() / ts.throughput());
        }
        summary.append(String.format(
                "  target p99 <= 25 ms at %.0f req/s: %s; target >= 0.4 of trivial at saturation: %s (best %.2f)",
                rate, p99Met ? "MET" : "NOT MET", best >= 0.4 ? "MET" : "NOT MET", best));
        return summary.toString();
    }

    /**
     * The SQL statements of one pass read, from PostgreSQL's log: a platform of its own is started with every
     * statement of its role logged (see {@link StatementLog}), sent first pages, nothing, and later pages, one after
     * the other.
     */
    private static String countStatements(
            Map<String, String> env, List<String> jvm, Path work, String stamp, Jwt idp, String database)
            throws Exception {
        StatementLog log = new StatementLog(Path.of(setting("bench.pg.log")), database);
        if (!log.readable()) {
            return "pass read statements: not counted, PostgreSQL's log " + setting("bench.pg.log")
                    + " is not readable";
        }
        int n = number("bench.pass.counted");
        say("");
        say("PASS READ, SQL STATEMENTS: a platform of its own with log_statement=all for ptr_app in %s", database);
        log.logAll(true);
        String result;
        try (RunningPlatform counted = RunningPlatform.start(
                Path.of(setting("bench.jar")).toAbsolutePath(),
                Files.createDirectories(work.resolve("data-count")),
                work.resolve("platform-count-" + stamp + ".log"),
                env,
                jvm)) {
            PassReadBench bench = new PassReadBench(counted, idp);
            bench.check();
            bench.sequential(bench.firstPagePath(), 20);
            bench.sequential(bench.laterPagePath(), 20);
            Thread.sleep(2_000);
            long a = log.offset();
            long t0 = System.nanoTime();
            bench.sequential(bench.firstPagePath(), n);
            Thread.sleep(500);
            long b = log.offset();
            double firstSeconds = (System.nanoTime() - t0) / 1e9;
            Thread.sleep((long) (firstSeconds * 1000));
            long c = log.offset();
            long t2 = System.nanoTime();
            bench.sequential(bench.laterPagePath(), n);
            Thread.sleep(500);
            long d = log.offset();
            double laterSeconds = (System.nanoTime() - t2) / 1e9;
            StatementLog.Window idle = log.read(b, c, firstSeconds);
            result = "pass read, SQL statements per request (PostgreSQL's log; target <= 3):\n"
                    + StatementLog.perRequest("first page", log.read(a, b, firstSeconds), idle, n)
                    + StatementLog.perRequest("later page", log.read(c, d, laterSeconds), idle, n)
                    + String.format(
                            "  idle window: %d statements in %.1f s (background work)", idle.total(), idle.seconds());
        } finally {
            log.logAll(false);
        }
        say(result);
        return result;
    }

    private static String settling(RunningPlatform platform, Jwt idp, String operator, BenchData data)
            throws Exception {
        List<String> tenants = data.tenants()
                .subList(
                        0,
                        Math.min(number("bench.settle.tenants"), data.tenants().size()));
        int count = number("bench.settle.payments");
        int citizens = number("bench.settle.citizens");
        double rate = number("bench.settle.rate");
        String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        SettleBench bench = new SettleBench(platform, data, idp);
        say("");
        say(
                "SETTLING: %d payment requests (sandbox provider) of %d citizens in %d municipalities, paid at the "
                        + "provider; %d webhooks (a third duplicated, shuffled) at %.0f/s to POST "
                        + "/api/v1/callbacks/{nis}/payment, while %d readers read the citizens' passes until each item "
                        + "shows paid",
                count, citizens, tenants.size(), count + (count + 2) / 3, rate, number("bench.settle.readers"));
        bench.configure(operator, tenants);
        long start = System.nanoTime();
        bench.create(tenants, citizens, citizens, run, 8);
        double apiSeconds = (System.nanoTime() - start) / 1e9;
        long copyStart = System.nanoTime();
        bench.copies(run, count);
        List<SettleBench.Payable> payables = bench.payables(run);
        if (payables.size() != count) {
            throw new IllegalStateException("the run has " + payables.size() + " payments on passes, not " + count);
        }
        say(
                "  generator: %d payments through the API (one per citizen, each on its citizen's pass) in %.1f s, "
                        + "copied by SQL to %d (payment, sandbox record, pass item and its step) in %.1f s, load "
                        + "average %s",
                citizens, apiSeconds, payables.size(), (System.nanoTime() - copyStart) / 1e9, Machine.loadAverage());
        bench.paidAtTheProvider(payables);
        SettleBench.Result r = bench.run(
                payables,
                rate,
                number("bench.settle.readers"),
                Duration.ofSeconds(number("bench.settle.wait.seconds")),
                run);
        say(
                "  webhooks: %d sent in %.1f s (errors %d%s); %d of %d items seen paid on the pass, the last %.1f s "
                        + "after the first webhook = %.0f items/s; %s; load average %s",
                r.webhooks(),
                r.sendSeconds(),
                r.webhookErrors(),
                r.firstError() == null ? "" : ", first: " + r.firstError(),
                r.seen(),
                count,
                r.settleSeconds(),
                r.seen() / r.settleSeconds(),
                r.cpu(),
                Machine.loadAverage());
        say(
                "  webhook to pass-visible: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms",
                r.ms(50), r.ms(90), r.ms(99), r.latency().getMaxValue() / 1000.0);
        say(
                "  database: %d payments paid, %d pass items paid, %d items with more than one PAID step",
                r.paidPayments(), r.paidItems(), r.itemsPaidTwice());
        boolean exact = r.paidPayments() == count && r.paidItems() == count && r.itemsPaidTwice() == 0;
        return String.format(
                "settling: %d webhooks (%d duplicates) at %.0f/s: %d payments and %d pass items paid, %d twice "
                        + "(target exactly %d, none twice: %s); webhook to pass-visible p50 %.0f ms, p99 %.0f ms "
                        + "(target p99 <= 1 s: %s)",
                r.webhooks(),
                r.webhooks() - count,
                rate,
                r.paidPayments(),
                r.paidItems(),
                r.itemsPaidTwice(),
                count,
                exact ? "MET" : "NOT MET",
                r.ms(50),
                r.ms(99),
                r.seen() == count && r.ms(99) <= 1000 ? "MET" : "NOT MET");
    }

    private static String camt(RunningPlatform platform, Jwt idp, BenchData data) throws Exception {
        String nis = data.tenants().get(Math.min(20, data.tenants().size() - 1));
        int entries = number("bench.camt.entries");
        say("");
        say(
                "CAMT.053: a statement of %d entries (a tenth paying open payments of %s, the rest to review) to POST "
                        + "/api/v1/tenants/{nis}/bank-statements, then the same file again",
                entries, nis);
        CamtBench.Result r = new CamtBench(platform, data).run(nis, idp.admin(nis), entries);
        say(
                "  import: %.1f MB in %.1f s (%d settled, %d to review) %s, load average %s; again: %.1f s (%d "
                        + "duplicates); %d payments paid",
                r.megabytes(),
                r.importSeconds(),
                r.settled(),
                r.review(),
                r.cpu(),
                Machine.loadAverage(),
                r.againSeconds(),
                r.duplicates(),
                r.paidPayments());
        boolean idempotent = r.duplicates() == entries && r.paidPayments() == entries / 10;
        return String.format(
                "camt.053: %d entries imported in %.1f s (target <= 30 s: %s), again in %.1f s, all %d duplicates and "
                        + "%d payments paid once (idempotent: %s)",
                entries,
                r.importSeconds(),
                r.importSeconds() <= 30 && r.settled() == entries / 10 ? "MET" : "NOT MET",
                r.againSeconds(),
                r.duplicates(),
                r.paidPayments(),
                idempotent ? "MET" : "NOT MET");
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
