package be.ptrpas.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar ptr-platform.jar} in a child process, as a user starts it, on a port of its own. Public for the
 * benchmark program ({@code be.ptrpas.deploy.bench}).
 */
public final class RunningPlatform implements AutoCloseable {

    /**
     * HTTP/1.1, not the client's default HTTP/2: the default opens each connection with an {@code Upgrade: h2c}
     * request, and one that reaches Payara Micro 6.2025.10 while it is still deploying can deadlock two of Grizzly's
     * HTTP/2 threads ({@code Http2Session.deregisterStream} vs {@code DefaultOutputSink.terminate}); the client then
     * waits on that connection for ever. It hung 3 of 8 starts here, and failed a CI run ("did not become ready").
     */
    private static HttpClient http11() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static final HttpClient HTTP = http11();
    /** How long a start may take; a machine shared by several builds may need more (-Dptr.it.ready-seconds). */
    private static final long READY_SECONDS = Long.getLong("ptr.it.ready-seconds", 180);

    private final Process process;
    public final int port;
    public final Path log;
    public final double secondsToReady;

    private RunningPlatform(Process process, int port, Path log, double secondsToReady) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.secondsToReady = secondsToReady;
    }

    static RunningPlatform start(Path jar, Path dataDir, Path log, Map<String, String> extraEnv) throws Exception {
        return start(jar, dataDir, log, extraEnv, List.of());
    }

    /** As {@link #start(Path, Path, Path, Map)}, with options for the platform's JVM (heap, flight recorder). */
    public static RunningPlatform start(
            Path jar, Path dataDir, Path log, Map<String, String> extraEnv, List<String> jvmOptions) throws Exception {
        return start(jar, dataDir, log, extraEnv, jvmOptions, freePort());
    }

    /** As {@link #start(Path, Path, Path, Map, List)}, on a port chosen beforehand (an address other instances use). */
    static RunningPlatform start(
            Path jar, Path dataDir, Path log, Map<String, String> extraEnv, List<String> jvmOptions, int port)
            throws Exception {
        List<String> command = new ArrayList<>();
        // The platform's own JDK may differ from the test's (a benchmark compares builds that need different JDKs).
        command.add(
                Path.of(System.getProperty("ptr.platform.java.home", System.getProperty("java.home")), "bin", "java")
                        .toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("PTR_DB_URL");
        builder.environment().put("PTR_HTTP_PORT", String.valueOf(port));
        builder.environment().put("PTR_DATA_DIR", dataDir.toString());
        builder.environment().putAll(extraEnv);
        long start = System.nanoTime();
        Process process = builder.start();
        HttpClient http = http11();
        // Ready means the application itself answers: Payara answers /health before the application is deployed.
        URI probe = URI.create("http://127.0.0.1:" + port + "/api/v1/public/tenants");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform exited with " + process.exitValue() + "; see " + log
                        + ", which ends with:\n" + tail(log));
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(probe)
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return new RunningPlatform(process, port, log, (System.nanoTime() - start) / 1e9);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        // CI keeps only the console: the log's end says why (a port taken, a slow machine, a failed deployment).
        throw new IllegalStateException("The platform did not become ready within " + READY_SECONDS + " s; see " + log
                + ", which ends with:\n" + tail(log));
    }

    /** The platform's JVM, to read its CPU time. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A JSON request to the running platform, with an optional bearer token and body. */
    public HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return send(method, path, token, body, Map.of());
    }

    /** As {@link #send(String, String, String, String)}, with extra headers (signatures, idempotency keys). */
    public HttpResponse<String> send(String method, String path, String token, String body, Map<String, String> headers)
            throws Exception {
        // A bound on every answer: a request the platform never answers fails the test instead of holding CI.
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(90))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(the log could not be read: " + e + ")";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
