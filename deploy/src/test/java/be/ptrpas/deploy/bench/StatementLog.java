package be.ptrpas.deploy.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the SQL statements the platform sends, from PostgreSQL's own log: {@code log_statement = 'all'} for the
 * platform's role in the benchmark's database only (other databases on the server are not logged), read back between
 * two offsets of the server's log file. {@code pg_stat_statements} would be simpler, but it needs
 * {@code shared_preload_libraries} and so a restart of a server other work shares.
 *
 * <p>Logging every statement costs time, so it is switched on only for a platform started to be counted, never while
 * latencies are measured. Background work (the sweeps of 300 municipalities) also sends statements; an idle window
 * as long as the counted one is read too, and what the window of requests has beyond it is what the requests sent.
 */
final class StatementLog {

    /** execute or simple-query statement lines of our role and database. */
    private static final Pattern STATEMENT = Pattern.compile("LOG:  (?:statement|execute [^:]*): (.*)$");

    private final Path file;
    private final String database;

    StatementLog(Path file, String database) {
        this.file = file;
        this.database = database;
    }

    boolean readable() {
        return Files.isReadable(file);
    }

    /** Logs every statement of new connections of {@code ptr_app} to this database (on) or none (off). */
    void logAll(boolean on) throws Exception {
        try (Connection admin = DriverManager.getConnection(BenchData.PG + "postgres", "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("ALTER ROLE ptr_app IN DATABASE " + database
                    + (on ? " SET log_statement = 'all'" : " RESET log_statement"));
        }
    }

    long offset() throws IOException {
        return Files.size(file);
    }

    /** Statements between two offsets: per normalised text, and the transaction controls apart. */
    record Window(Map<String, Integer> statements, int transactionControl, double seconds) {
        int total() {
            return statements.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    Window read(long from, long to, double seconds) throws IOException {
        byte[] bytes = new byte[(int) Math.max(0, to - from)];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(from);
            in.readFully(bytes);
        }
        String marker = "ptr_app@" + database + " ";
        Map<String, Integer> counts = new TreeMap<>();
        int control = 0;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (!line.contains(marker)) {
                continue;
            }
            Matcher m = STATEMENT.matcher(line);
            if (!m.find()) {
                continue;
            }
            String text = normalise(m.group(1));
            if (text.equals("BEGIN") || text.equals("COMMIT") || text.equals("ROLLBACK")) {
                control++;
            } else {
                counts.merge(text, 1, Integer::sum);
            }
        }
        return new Window(counts, control, seconds);
    }

    /** The statement's shape: literals and whitespace folded, at most 110 characters. */
    static String normalise(String sql) {
        String text = sql.replaceAll("'[^']*'", "'?'")
                .replaceAll("\\b\\d+\\b", "N")
                .replaceAll("\\s+", " ")
                .trim();
        return text.length() > 110 ? text.substring(0, 110) + "…" : text;
    }

    /**
     * What {@code requests} requests sent beyond the idle window's background (scaled to the same length): per
     * request, in all and by statement.
     */
    static String perRequest(String what, Window busy, Window idle, int requests) {
        double scale = idle.seconds() <= 0 ? 0 : busy.seconds() / idle.seconds();
        double background = idle.total() * scale;
        StringBuilder out = new StringBuilder(String.format(
                "  %s: %d statements in %.1f s for %d requests (+ %d BEGIN/COMMIT); background in an idle window of "
                        + "the same length %.0f => %.2f SQL statements per request%n",
                what,
                busy.total(),
                busy.seconds(),
                requests,
                busy.transactionControl(),
                background,
                (busy.total() - background) / requests));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        busy.statements().entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach((text, n) -> {
            double idleShare = idle.statements().getOrDefault(text, 0) * scale;
            if (n - idleShare >= requests * 0.05) {
                out.append(String.format("      %5.2f x  %s%n", (n - idleShare) / requests, text));
            }
        });
        return out.toString();
    }
}
