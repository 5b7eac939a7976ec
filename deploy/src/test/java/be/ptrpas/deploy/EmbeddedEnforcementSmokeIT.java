package be.ptrpas.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Enforcement on the embedded default (H2), as a newcomer runs it: Genk's demo scan feed sends a signed batch; the
 * car with a right is not charged, the one without gets one retribution, and a replay changes nothing.
 */
class EmbeddedEnforcementSmokeIT {

    private static final Path JAR = Path.of(System.getProperty("ptr.it.jar", "target/ptr-platform.jar"));
    private static final Path WORK = Path.of(System.getProperty("ptr.it.work", "target/smoke"));
    private static final String GENK = "71016";
    /** Genk's demo scan-feed secret (demo-data.json). */
    private static final String SECRET = "demo-71016-scanfeed-signing-secret";
    /** A point of Genk's paid zone GNK-BETAALD-SHOPPING. */
    private static final double LAT = 50.963968;
    private static final double LON = 5.502200;

    @Test
    void aScanBatchChargesOnlyTheCarWithoutARight() throws Exception {
        Files.createDirectories(WORK);
        Path data = Files.createTempDirectory(WORK, "enforcement-");
        try (RunningPlatform platform = RunningPlatform.start(JAR, data, WORK.resolve("enforcement.log"), Map.of())) {
            String clerk = token(platform, "{\"role\":\"clerk\",\"tenant\":\"" + GENK + "\"}");
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String permitted = "1-SMK-" + (100 + (int) (Math.random() * 899));
            String unpermitted = "2-SMK-" + (100 + (int) (Math.random() * 899));
            HttpResponse<String> right = platform.send("POST", "/api/v1/tenants/" + GENK + "/rights", clerk,
                    Json.createObjectBuilder().add("kind", "WHITELIST").add("plate", permitted)
                            .add("zone", "GNK-BETAALD-SHOPPING").add("validFrom", now.minusSeconds(3600).toString())
                            .add("validTo", now.plusSeconds(3600).toString()).build().toString(),
                    Map.of("Idempotency-Key", "smoke-" + UUID.randomUUID()));
            assertThat(right.statusCode()).as(right.body()).isEqualTo(201);

            String seen = now.minusSeconds(120).toString();
            String batch = Json.createObjectBuilder().add("batchId", "smoke-batch").add("deviceId", "genk-scan-1").add("observations", Json.createArrayBuilder()
                    .add(observation("smoke-1", permitted, seen)).add(observation("smoke-2", unpermitted, seen))).build().toString();
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> sent = scanBatch(platform, batch);
                assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
            }
            List<JsonObject> outcomes = awaitProcessed(platform, clerk, 2);
            assertThat(outcomes).anyMatch(o -> o.getString("observationId").equals("smoke-1")
                    && o.getString("outcome").equals("COVERED"));
            assertThat(outcomes).anyMatch(o -> o.getString("observationId").equals("smoke-2")
                    && o.getString("outcome").equals("CHARGED"));
            JsonArray charged = get(platform, "/api/v1/tenants/" + GENK + "/retributions?plate=" + unpermitted, clerk);
            assertThat(charged).hasSize(1);
            assertThat(charged.getJsonObject(0).getString("paymentReference")).matches("\\+\\+\\+\\d{3}/\\d{4}/\\d{5}\\+\\+\\+");
            assertThat(get(platform, "/api/v1/tenants/" + GENK + "/retributions?plate=" + permitted, clerk)).isEmpty();
            System.out.printf("SMOKE enforcement on the embedded default: batch sent 3 times, %d observations, 1 retribution%n",
                    outcomes.size());
        }
    }

    private static JsonObject observation(String id, String plate, String at) {
        return Json.createObjectBuilder().add("observationId", id).add("plate", plate).add("country", "BE")
                .add("observedAt", at).add("lat", LAT).add("lon", LON).build();
    }

    private static List<JsonObject> awaitProcessed(RunningPlatform platform, String clerk, int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            List<JsonObject> all = get(platform, "/api/v1/tenants/" + GENK + "/scan-observations?limit=100", clerk)
                    .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("observationId").startsWith("smoke-")).toList();
            if (all.size() == expected && all.stream().noneMatch(o -> o.getString("outcome").equals("RECEIVED"))) {
                return all;
            }
            assertThat(System.currentTimeMillis()).as("processed in time: " + all).isLessThan(deadline);
            Thread.sleep(300);
        }
    }

    private static HttpResponse<String> scanBatch(RunningPlatform platform, String body) throws Exception {
        long t = Instant.now().getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
        return platform.send("POST", "/api/v1/callbacks/" + GENK + "/enforcement", null, body,
                Map.of("X-Scanfeed-Signature", "t=" + t + ",v1=" + signature));
    }

    private static String token(RunningPlatform platform, String request) throws Exception {
        HttpResponse<String> response = platform.send("POST", "/api/v1/dev/token", null, request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("token");
        }
    }

    private static JsonArray get(RunningPlatform platform, String path, String token) throws Exception {
        HttpResponse<String> response = platform.send("GET", path, token, null);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
