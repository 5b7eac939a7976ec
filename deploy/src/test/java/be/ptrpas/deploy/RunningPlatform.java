package be.ptrpas.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code java -jar ptr-platform.jar} in a child process, as a user starts it, on a port of its own. */
final class RunningPlatform implements AutoCloseable {

    private final Process process;
    final int port;
    final Path log;
    final double secondsToReady;

    private RunningPlatform(Process process, int port, Path log, double secondsToReady) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.secondsToReady = secondsToReady;
    }

    static RunningPlatform start(Path jar, Path dataDir, Path log, Map<String, String> extraEnv) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("PTR_DB_URL");
        builder.environment().put("PTR_HTTP_PORT", String.valueOf(port));
        builder.environment().put("PTR_DATA_DIR", dataDir.toString());
        builder.environment().putAll(extraEnv);
        long start = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        // Ready means the application itself answers: Payara answers /health before the application is deployed.
        URI probe = URI.create("http://127.0.0.1:" + port + "/api/v1/public/tenants");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).build(),
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
        throw new IllegalStateException("The platform did not become ready within 180 s; see " + log);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A JSON request to the running platform, with an optional bearer token and body. */
    HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return send(method, path, token, body, Map.of());
    }

    /** As {@link #send(String, String, String, String)}, with extra headers (signatures, idempotency keys). */
    HttpResponse<String> send(String method, String path, String token, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
