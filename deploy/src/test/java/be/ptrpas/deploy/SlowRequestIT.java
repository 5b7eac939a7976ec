package be.ptrpas.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Anonymous clients that announce a body and never send it (issue 13) must not take the request threads from everyone
 * else: 100 such sockets against the running jar, while 20 public reads keep answering fast; each of the 100 then gets
 * a 408 problem, not a 500. A CONNECT is refused at once, and a body that arrives in pieces is still read whole.
 */
class SlowRequestIT {

    private static final Path JAR = Path.of(System.getProperty("ptr.it.jar", "target/ptr-platform.jar"));
    private static final Path WORK = Path.of(System.getProperty("ptr.it.work", "target/smoke"));
    /** HTTP/1.1: see {@link RunningPlatform} on Payara's HTTP/2 upgrade. */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final int ATTACKERS = 100;
    private static final int READS = 20;
    /** A public read takes a few ms here; 1 s leaves room for a busy CI machine, and is far from the 30 s it took. */
    private static final Duration READ_BOUND = Duration.ofSeconds(1);
    /** The platform's body time-out for this run (PTR_HTTP_BODY_TIMEOUT_SECONDS). */
    private static final int BODY_TIMEOUT_SECONDS = 5;

    @Test
    void bodiesThatNeverArriveHoldNoRequestThread() throws Exception {
        Files.createDirectories(WORK);
        Path data = Files.createTempDirectory(WORK, "slow-");
        try (RunningPlatform platform = RunningPlatform.start(
                JAR,
                data,
                WORK.resolve("slow-request.log"),
                Map.of("PTR_HTTP_BODY_TIMEOUT_SECONDS", String.valueOf(BODY_TIMEOUT_SECONDS)))) {
            List<Long> before = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                before.add(publicReadMillis(platform));
            }
            List<Socket> attackers = new ArrayList<>();
            try {
                for (int i = 0; i < ATTACKERS; i++) {
                    Socket socket = open(platform);
                    send(
                            socket,
                            "POST /api/v1/tenants/71016/zones HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
                    attackers.add(socket);
                }
                // Let the platform take in all 100 requests' headers; the burst itself is not what is measured.
                Thread.sleep(1500);

                List<Long> millis = new ArrayList<>();
                for (int i = 0; i < READS; i++) {
                    millis.add(publicReadMillis(platform));
                }
                System.out.println("SLOW public reads before (ms): " + before + "; during " + ATTACKERS
                        + " sockets holding back their bodies (ms): " + millis);
                assertThat(millis)
                        .as("latency of each public read, ms (%d = no answer within 3 s)", 3000)
                        .allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(READ_BOUND.toMillis()));

                // Each attacker is answered once its body time-out passes: 408 problem+json, never a 500.
                for (Socket socket : attackers) {
                    String answer = readAnswer(socket, Duration.ofSeconds(BODY_TIMEOUT_SECONDS + 10));
                    assertThat(answer)
                            .startsWith("HTTP/1.1 408")
                            .containsIgnoringCase("application/problem+json")
                            .contains("https://ptr-pas.be/problems/request-timeout")
                            .containsIgnoringCase("Cache-Control: no-store");
                }
            } finally {
                for (Socket socket : attackers) {
                    socket.close();
                }
            }

            try (Socket connect = open(platform)) {
                send(connect, "CONNECT /api/v1/public/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                String answer = readAnswer(connect, Duration.ofSeconds(3));
                assertThat(answer)
                        .startsWith("HTTP/1.1 405")
                        .containsIgnoringCase("application/problem+json")
                        .contains("https://ptr-pas.be/problems/method-not-allowed");
            }

            // An honest client on a slow link: the body arrives in pieces and is read whole, the caller's token
            // still counts (a dev-login token, then a municipality onboarded with it).
            String token = slowly(platform, "POST", "/api/v1/dev/token", null, "{\"role\":\"operator\"}");
            assertThat(token).startsWith("HTTP/1.1 200").contains("\"token\"");
            String operator = token.replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            String onboarded = slowly(platform, "POST", "/api/v1/tenants", operator, """
                    {"nisCode":"44021","names":{"nl":"Gent","fr":"Gand","en":"Ghent"},"languages":["nl"],
                     "businessModel":{"type":"IN_HOUSE","retributionIssuer":"MUNICIPALITY","collector":"MUNICIPALITY",
                                      "enforcer":"MUNICIPALITY"}}""");
            assertThat(onboarded)
                    .startsWith("HTTP/1.1 201")
                    .contains("44021")
                    .as("a body read asynchronously still passes the security headers")
                    .containsIgnoringCase("Cache-Control: no-store")
                    .containsIgnoringCase("X-Content-Type-Options: nosniff");
        }
    }

    /** Sends the body in pieces, 100 ms apart, as a client on a poor mobile link would; returns the raw answer. */
    private static String slowly(RunningPlatform platform, String method, String path, String token, String json)
            throws Exception {
        try (Socket socket = open(platform)) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            send(
                    socket,
                    method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Accept: application/json\r\nConnection: close\r\n"
                            + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                            + "Content-Length: " + body.length + "\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            int piece = Math.max(1, body.length / 5);
            for (int offset = 0; offset < body.length; offset += piece) {
                Thread.sleep(100);
                out.write(body, offset, Math.min(piece, body.length - offset));
                out.flush();
            }
            return readAnswer(socket, Duration.ofSeconds(10));
        }
    }

    private static long publicReadMillis(RunningPlatform platform) throws Exception {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/public/tenants"))
                            .timeout(Duration.ofSeconds(3))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return (System.nanoTime() - start) / 1_000_000;
        } catch (HttpTimeoutException e) {
            return 3000;
        }
    }

    private static Socket open(RunningPlatform platform) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), platform.port);
        socket.setSoTimeout(1000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** What the platform answers on a socket, up to the end of the connection, 8 KiB, or the time-out. */
    private static String readAnswer(Socket socket, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[8192];
        int length = 0;
        InputStream in = socket.getInputStream();
        while (length < buffer.length && System.nanoTime() < deadline) {
            try {
                int n = in.read(buffer, length, buffer.length - length);
                if (n < 0) {
                    break;
                }
                length += n;
                String text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
                if (complete(text)) {
                    break;
                }
            } catch (SocketTimeoutException e) {
                // keep waiting until the deadline
            } catch (IOException e) {
                break;
            }
        }
        return new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** Headers and a body of the announced length have arrived. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        var matcher = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text.substring(0, end));
        return matcher.find() && text.length() - end - 4 >= Integer.parseInt(matcher.group(1));
    }
}
