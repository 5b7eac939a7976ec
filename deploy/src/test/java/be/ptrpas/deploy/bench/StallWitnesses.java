package be.ptrpas.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What else happened while the plate check stalled: the platform JVM's GC pauses and long safepoints (from its
 * unified JVM log) and what PostgreSQL was doing (sampled from {@code pg_stat_activity} every
 * {@value #SAMPLE_MILLIS} ms: autovacuum and analyze workers, a checkpoint being written, the platform's own sessions
 * and what they waited for). The benchmark prints it beside each of its worst 100 ms windows and for the whole run,
 * so that a stall names its cause instead of leaving a reader to guess between GC, autovacuum, a checkpoint and the
 * platform's own batch writers.
 */
final class StallWitnesses implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 50;
    /** Safepoints shorter than this are the JVM's everyday business, not a stall. */
    private static final double SAFEPOINT_WORTH_MS = 1.0;

    private static final DateTimeFormatter JVM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final Pattern DECORATION = Pattern.compile("^\\[([^\\]]+)\\]\\[[^\\]]*\\](.*)$");
    private static final Pattern GC_PAUSE =
            Pattern.compile("GC\\(\\d+\\) (Pause [^(]*(?:\\([^)]*\\))?).* ([0-9.]+)ms\\s*$");
    private static final Pattern SAFEPOINT = Pattern.compile("Safepoint \"([^\"]+)\".*Total: (\\d+) ns");

    /** Server JVM options that make it write the log this class reads (GC pauses and safepoints, wall-clock time). */
    static List<String> jvmLogOptions(Path jvmLog) {
        return List.of("-Xlog:gc,safepoint:file=" + jvmLog + ":time,uptimemillis:filecount=0");
    }

    /** A pause of the platform's JVM: when it ended, how long it took and what it was. */
    record Pause(long endMillis, double ms, String what) {
        long startMillis() {
            return endMillis - Math.round(ms);
        }
    }

    /** What the database was doing at one sample. */
    record Sample(long atMillis, List<String> activities) {}

    private final Path jvmLog;
    private final String database;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile String samplerFailure;

    StallWitnesses(Path jvmLog, String database) {
        this.jvmLog = jvmLog;
        this.database = database;
        this.sampler = new Thread(this::sampleUntilClosed, "bench-pg-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sampleUntilClosed() {
        try (Connection connection = DriverManager.getConnection(BenchData.PG + "postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            while (running) {
                long at = System.currentTimeMillis();
                samples.add(new Sample(at, activities(statement)));
                Thread.sleep(SAMPLE_MILLIS); // a sampling period, not a wait for a condition
            }
        } catch (SQLException e) {
            samplerFailure = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> activities(Statement statement) throws SQLException {
        List<String> seen = new ArrayList<>();
        int active = 0;
        Map<String, Integer> waits = new TreeMap<>();
        try (ResultSet rows = statement.executeQuery("select backend_type, coalesce(datname, ''), coalesce(state, ''), "
                + "coalesce(wait_event_type, ''), coalesce(wait_event, ''), left(coalesce(query, ''), 120) "
                + "from pg_stat_activity where pid <> pg_backend_pid()")) {
            while (rows.next()) {
                String type = rows.getString(1);
                String db = rows.getString(2);
                String state = rows.getString(3);
                String waitType = rows.getString(4);
                String wait = rows.getString(5);
                String query = rows.getString(6);
                if (type.equals("autovacuum worker")) {
                    seen.add(query.isBlank() ? "autovacuum worker" : query.replaceAll("\\s+", " "));
                } else if (type.equals("checkpointer") && wait.equals("CheckpointWriteDelay")) {
                    // A spread checkpoint sleeps here between paced writes: in progress, but hardly any I/O.
                    seen.add("checkpoint in progress (paced)");
                } else if (type.equals("checkpointer") && !wait.equals("CheckpointerMain")) {
                    seen.add("checkpoint writing or syncing files (" + (wait.isEmpty() ? "on CPU" : wait) + ")");
                } else if (type.equals("client backend") && db.equals(database) && state.equals("active")) {
                    active++;
                    if (!waitType.isEmpty() && !wait.equals("ClientRead")) {
                        waits.merge(waitType + ":" + wait, 1, Integer::sum);
                    }
                }
            }
        }
        if (active >= 4) {
            seen.add(active + " platform queries running at once");
        }
        waits.forEach((wait, count) -> seen.add("platform query waiting on " + wait));
        return seen;
    }

    /** The JVM's pauses that overlap from..to (epoch millis). */
    List<Pause> pauses(long fromMillis, long toMillis) {
        return allPauses().stream()
                .filter(p -> p.endMillis() >= fromMillis && p.startMillis() <= toMillis)
                .toList();
    }

    /** One line: what paused the JVM and what the database did between from and to (epoch millis). */
    String during(long fromMillis, long toMillis) {
        List<String> parts = new ArrayList<>();
        List<Pause> pauses = pauses(fromMillis, toMillis);
        if (!pauses.isEmpty()) {
            parts.add("JVM "
                    + String.join(
                            ", ",
                            pauses.stream()
                                    .map(p -> String.format("%s %.1f ms", p.what(), p.ms()))
                                    .toList()));
        }
        List<Sample> window = samples.stream()
                .filter(s -> s.atMillis() >= fromMillis - SAMPLE_MILLIS && s.atMillis() <= toMillis)
                .toList();
        Map<String, Integer> counts = new TreeMap<>();
        window.forEach(s -> s.activities().forEach(a -> counts.merge(a, 1, Integer::sum)));
        if (!counts.isEmpty()) {
            parts.add("database "
                    + String.join(
                            ", ",
                            counts.entrySet().stream()
                                    .map(e -> e.getKey() + " (" + e.getValue() + "/" + window.size() + " samples)")
                                    .toList()));
        }
        return parts.isEmpty() ? "no GC pause, long safepoint or database activity seen" : String.join("; ", parts);
    }

    /** The whole of from..to: how often each thing was seen, as the baseline a stall window is read against. */
    String summary(long fromMillis, long toMillis) {
        List<Pause> pauses = pauses(fromMillis, toMillis);
        double total = pauses.stream().mapToDouble(Pause::ms).sum();
        double longest = pauses.stream().mapToDouble(Pause::ms).max().orElse(0);
        List<Sample> window = samples.stream()
                .filter(s -> s.atMillis() >= fromMillis && s.atMillis() <= toMillis)
                .toList();
        Map<String, Integer> counts = new TreeMap<>();
        window.forEach(s -> s.activities().stream()
                .map(StallWitnesses::kind)
                .distinct()
                .forEach(a -> counts.merge(a, 1, Integer::sum)));
        String database = counts.isEmpty()
                ? "nothing but short platform queries"
                : String.join(
                        ", ",
                        counts.entrySet().stream()
                                .map(e -> String.format(
                                        "%s in %.0f %%", e.getKey(), 100.0 * e.getValue() / window.size()))
                                .toList());
        return String.format(
                "JVM pauses %d, %.0f ms in all, longest %.1f ms; database (%d samples): %s%s",
                pauses.size(),
                total,
                longest,
                window.size(),
                database,
                samplerFailure == null ? "" : " (sampler failed: " + samplerFailure + ")");
    }

    /** Groups activities for the run summary: "autovacuum: VACUUM public.x" and "… public.y" count as autovacuum. */
    private static String kind(String activity) {
        if (activity.startsWith("autovacuum")) {
            return "autovacuum/analyze";
        }
        if (activity.startsWith("checkpoint in progress")) {
            return "checkpoint in progress (paced)";
        }
        if (activity.startsWith("checkpoint")) {
            return "checkpoint writing or syncing files";
        }
        if (activity.startsWith("platform query waiting on ")) {
            return activity;
        }
        return activity.endsWith("at once") ? "4+ platform queries at once" : activity;
    }

    private List<Pause> allPauses() {
        List<Pause> pauses = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.exists(jvmLog) ? Files.readAllLines(jvmLog) : List.of();
        } catch (IOException e) {
            return pauses;
        }
        List<Pause> safepoints = new ArrayList<>();
        for (String line : lines) {
            Matcher decorated = DECORATION.matcher(line);
            if (!decorated.matches()) {
                continue;
            }
            long end;
            try {
                end = OffsetDateTime.parse(decorated.group(1), JVM_TIME)
                        .toInstant()
                        .toEpochMilli();
            } catch (DateTimeParseException e) {
                continue;
            }
            String message = decorated.group(2);
            Matcher gc = GC_PAUSE.matcher(message);
            Matcher safepoint = SAFEPOINT.matcher(message);
            if (gc.find()) {
                pauses.add(new Pause(
                        end, Double.parseDouble(gc.group(2)), gc.group(1).trim()));
            } else if (safepoint.find()) {
                double ms = Long.parseLong(safepoint.group(2)) / 1e6;
                if (ms >= SAFEPOINT_WORTH_MS) {
                    safepoints.add(new Pause(end, ms, "safepoint " + safepoint.group(1)));
                }
            }
        }
        // A GC pause is also logged as the safepoint it ran in: count it once, as the GC pause.
        List<Pause> gcPauses = List.copyOf(pauses);
        safepoints.stream()
                .filter(s -> gcPauses.stream()
                        .noneMatch(g -> g.endMillis() >= s.startMillis() - 1 && g.startMillis() <= s.endMillis() + 1))
                .forEach(pauses::add);
        return pauses;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join(5_000);
    }
}
