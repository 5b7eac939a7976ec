package be.ptrpas.deploy;

import fish.payara.micro.PayaraMicro;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Entry point of {@code ptr-platform.jar}. Maps the platform's environment variables onto Payara Micro's own system
 * properties, then hands over to Payara Micro. Explicit {@code -D} options and command-line arguments still win.
 *
 * <ul>
 *   <li>{@code PTR_HTTP_PORT}: HTTP port (default 8080)</li>
 *   <li>{@code PTR_HTTP_THREADS}: request threads (default 12 per processor, at least 16)</li>
 *   <li>{@code PTR_DATA_DIR}: data directory of the embedded default (default ./ptr-data)</li>
 *   <li>{@code PTR_DB_URL}, {@code PTR_DB_USER}, {@code PTR_DB_PASSWORD}: PostgreSQL in production</li>
 *   <li>{@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}, {@code MP_JWT_VERIFY_PUBLICKEY}, {@code MP_JWT_VERIFY_ISSUER},
 *       {@code MP_JWT_VERIFY_AUDIENCES}: the identity provider. Copied onto the system properties MP-JWT reads, so
 *       the identity provider is configured the same way however Payara resolves its own configuration.</li>
 *   <li>{@code PTR_LOG_FORMAT}: {@code text} (default) or {@code json}, one JSON object per log record on the console,
 *       for a log collector</li>
 * </ul>
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        apply(System.getenv());
        PayaraMicro.main(withLogFormat(System.getenv("PTR_LOG_FORMAT"), args));
    }

    static void apply(Map<String, String> env) {
        String port = env.getOrDefault("PTR_HTTP_PORT", "8080");
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("PTR_HTTP_PORT must be a port number, not '" + port + "'");
        }
        setIfAbsent("payaramicro.port", port);
        setIfAbsent(
                "payaramicro.maxHttpThreads",
                String.valueOf(httpThreads(
                        env.get("PTR_HTTP_THREADS"), Runtime.getRuntime().availableProcessors())));
        setIfAbsent("ptr.http.port", port);
        // One instance per JVM unless an operator asks Payara for a cluster explicitly.
        setIfAbsent("payaramicro.noCluster", "true");
        setIfAbsent("payaramicro.disablePhoneHome", "true");
        setIfAbsent("liquibase.analytics.enabled", "false");
        setIfAbsent("liquibase.showBanner", "false");
        // Name the JSON-P provider (Parsson, which Payara ships). Without it every Json.createReader — MP-JWT parses
        // each request's token with one — asks ServiceLoader, which scans every jar of the application.
        setIfAbsent("jakarta.json.provider", "org.eclipse.parsson.JsonProviderImpl");
        // On the embedded default (no PostgreSQL named) the demo municipality Genk sends the citizens' confirmation
        // codes, so the demo citizen can confirm a new e-mail address on the page; production names its own sender.
        boolean embedded = isBlank(env.get("PTR_DB_URL"));
        if (embedded && isBlank(env.get("PTR_PREFERENCES_SENDER_MUNICIPALITY"))) {
            setIfAbsent("ptr.preferences.sender-municipality", "71016");
        }
        for (String property : JWT_PROPERTIES) {
            String value = env.get(property.toUpperCase(Locale.ROOT).replace('.', '_'));
            if (value != null && !value.isBlank()) {
                setIfAbsent(property, value);
            }
        }
    }

    /**
     * Payara's default of 200 request threads suits a large server. On a small one, far more threads than cores (and
     * than the 16 database connections) only queue for both and stretch the slowest answers: on 2 cores, 24 threads
     * gave the plate check the same throughput as 200 and less than half the p99 latency at saturation.
     */
    static int httpThreads(String configured, int processors) {
        if (configured == null || configured.isBlank()) {
            return Math.max(16, 12 * processors);
        }
        if (!configured.matches("\\d{1,4}") || Integer.parseInt(configured) < 2) {
            throw new IllegalArgumentException(
                    "PTR_HTTP_THREADS must be a number of threads (2 or more), not '" + configured + "'");
        }
        return Integer.parseInt(configured);
    }

    /**
     * Payara Micro's console log is driven only by a logging.properties file ({@code --logproperties}): for JSON, the
     * launcher writes Payara's own settings with Payara's JSON formatter on the console handler. An operator's own
     * {@code --logproperties} wins.
     */
    static String[] withLogFormat(String format, String[] args) throws IOException {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("text")) {
            return args;
        }
        if (!format.equalsIgnoreCase("json")) {
            throw new IllegalArgumentException("PTR_LOG_FORMAT must be text or json, not '" + format + "'");
        }
        for (String arg : args) {
            if (arg.equalsIgnoreCase("--logproperties")) {
                return args;
            }
        }
        Path file = Files.createTempFile("ptr-logging-", ".properties");
        file.toFile().deleteOnExit();
        Files.writeString(file, jsonLogging(payaraLogging()));
        String[] withFile = Arrays.copyOf(args, args.length + 2);
        withFile[args.length] = "--logproperties";
        withFile[args.length + 1] = file.toString();
        return withFile;
    }

    static final String JSON_FORMATTER = "fish.payara.enterprise.server.logging.JSONLogFormatter";

    /** Payara's settings with the console handler's formatter replaced (the levels of its loggers stay). */
    static String jsonLogging(String payaraLogging) {
        StringBuilder out = new StringBuilder();
        for (String line : payaraLogging.split("\\R")) {
            if (line.startsWith("java.util.logging.ConsoleHandler.formatter=") || line.contains(".ansiColor=")) {
                continue;
            }
            out.append(line).append('\n');
        }
        return out.append("java.util.logging.ConsoleHandler.formatter=")
                .append(JSON_FORMATTER)
                .append('\n')
                .toString();
    }

    private static String payaraLogging() throws IOException {
        try (InputStream in = Launcher.class.getResourceAsStream("/MICRO-INF/domain/logging.properties")) {
            if (in == null) {
                return "handlers=java.util.logging.ConsoleHandler\njava.util.logging.ConsoleHandler.level=FINE\n.level=INFO\n";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static final String[] JWT_PROPERTIES = {
        "mp.jwt.verify.publickey.location", "mp.jwt.verify.publickey", "mp.jwt.verify.issuer", "mp.jwt.verify.audiences"
    };

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
