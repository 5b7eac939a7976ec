package be.ptrpas.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, as a newcomer experiences it: the runnable jar on the embedded default, demo
 * municipalities browsable without login and editable by their admin through dev login; after a restart every
 * change is still there, and with dev login switched off its endpoints are gone.
 */
class EmbeddedDefaultSmokeIT {

    private static final Path JAR = Path.of(System.getProperty("ptr.it.jar", "target/ptr-platform.jar"));
    private static final Path WORK = Path.of(System.getProperty("ptr.it.work", "target/smoke"));
    /** HTTP/1.1: see {@link RunningPlatform} on Payara's HTTP/2 upgrade. */
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void runsOnTheEmbeddedDefaultAndKeepsDataAcrossRestarts() throws Exception {
        Files.createDirectories(WORK);
        Path data = Files.createTempDirectory(WORK, "data-");

        try (RunningPlatform platform = RunningPlatform.start(JAR, data, WORK.resolve("first-start.log"), Map.of())) {
            System.out.printf(
                    "SMOKE first start on the embedded default: application answering after %.1f s%n",
                    platform.secondsToReady);

            JsonArray tenants = get(platform, "/api/v1/public/tenants", null).asJsonArray();
            assertThat(tenants.stream()
                            .map(t -> t.asJsonObject().getString("nisCode"))
                            .collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("11002", "12025", "11039", "23088", "71022", "71016");
            for (String nis : new String[] {"11002", "12025", "11039", "23088", "71022", "71016"}) {
                JsonArray zones = get(platform, "/api/v1/public/tenants/" + nis + "/zones", null)
                        .asJsonObject()
                        .getJsonArray("features");
                assertThat(zones).as(nis + " zones").hasSizeGreaterThanOrEqualTo(3);
                assertThat(get(platform, "/api/v1/public/tenants/" + nis + "/tariffs", null)
                                .asJsonArray())
                        .isNotEmpty();
                assertThat(get(platform, "/api/v1/public/tenants/" + nis + "/rules", null)
                                .asJsonArray())
                        .isNotEmpty();
            }
            assertThat(status(platform, "/dev/login")).isEqualTo(200);
            assertThat(status(platform, "/console/")).isEqualTo(200);
            for (String page : new String[] {"/dev/login", "/console/"}) {
                hasAStrictContentSecurityPolicy(platform, page);
            }
            assertThat(Files.readString(platform.log))
                    .as("the start-up banner")
                    .contains("Dev login answers only on this machine");
            assertThat(get(platform, "/health/ready", null).asJsonObject().getString("status"))
                    .isEqualTo("UP");
            assertThat(get(platform, "/api/v1/dev/personas", null).asJsonArray())
                    .hasSizeGreaterThan(20);

            theDemoCitizenHasItemsInSeveralMunicipalities(platform);

            String admin = token(platform, "{\"role\":\"admin\",\"tenant\":\"71016\"}");
            JsonObject zone = get(platform, "/api/v1/tenants/71016/zones/GNK-BLAUW-CENTRUM", admin)
                    .asJsonObject();
            JsonObject edited = Json.createObjectBuilder(zone)
                    .remove("version")
                    .remove("updatedAt")
                    .add("maxStayMinutes", 95)
                    .build();
            HttpResponse<String> saved =
                    platform.send("PUT", "/api/v1/tenants/71016/zones/GNK-BLAUW-CENTRUM", admin, edited.toString());
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(get(platform, "/api/v1/tenants/71016/audit?entityType=zone", admin)
                            .asJsonArray()
                            .getJsonObject(0)
                            .getJsonObject("after")
                            .getInt("maxStayMinutes"))
                    .isEqualTo(95);
            assertThat(platform.send("GET", "/api/v1/tenants/11002/zones", admin, null)
                            .statusCode())
                    .isEqualTo(404);

            String operator = token(platform, "{\"role\":\"operator\"}");
            HttpResponse<String> onboarded = platform.send("POST", "/api/v1/tenants", operator, """
                    {"nisCode":"44021","names":{"nl":"Gent","fr":"Gand","en":"Ghent"},"languages":["nl"],
                     "businessModel":{"type":"IN_HOUSE","retributionIssuer":"MUNICIPALITY","collector":"MUNICIPALITY",
                                      "enforcer":"MUNICIPALITY"}}""");
            assertThat(onboarded.statusCode()).as(onboarded.body()).isEqualTo(201);
            assertThat(platform.send("GET", "/api/v1/plugins", operator, null).body())
                    .contains("payment-sandbox")
                    .doesNotContain("portal-webhook");

            paysThroughTheSandboxCheckout(platform);
            sendsAnEmailIntoTheDemoFolder(platform, data);
        }

        try (RunningPlatform platform =
                RunningPlatform.start(JAR, data, WORK.resolve("second-start.log"), Map.of("PTR_DEV_LOGIN", "false"))) {
            System.out.printf(
                    "SMOKE restart on the same data: application answering after %.1f s%n", platform.secondsToReady);
            JsonArray tenants = get(platform, "/api/v1/public/tenants", null).asJsonArray();
            assertThat(tenants)
                    .as("demo data is not loaded twice; the new municipality is kept")
                    .hasSize(7);
            JsonObject blue = get(platform, "/api/v1/public/tenants/71016/zones", null)
                    .asJsonObject()
                    .getJsonArray("features")
                    .stream()
                    .map(f -> f.asJsonObject())
                    .filter(f -> f.getString("id").equals("GNK-BLAUW-CENTRUM"))
                    .findFirst()
                    .orElseThrow();
            assertThat(blue.getJsonObject("properties").getInt("maxStayMinutes"))
                    .isEqualTo(95);
            assertThat(platform.send("POST", "/api/v1/dev/token", null, "{\"role\":\"operator\"}")
                            .statusCode())
                    .isEqualTo(404);
            assertThat(status(platform, "/dev/login")).isEqualTo(404);
            assertThat(platform.send("GET", "/api/v1/tenants", null, null).statusCode())
                    .isEqualTo(401);
        }

        // An operator drops a plug-in jar in the plug-in directory and restarts: it is there, for Genk only.
        try (RunningPlatform platform = RunningPlatform.start(
                JAR,
                data,
                WORK.resolve("third-start.log"),
                Map.of("PTR_PLUGIN_DIR", System.getProperty("ptr.it.plugin-dir")))) {
            String operator = token(platform, "{\"role\":\"operator\"}");
            JsonObject portal =
                    get(platform, "/api/v1/plugins", operator).asJsonObject().getJsonArray("plugins").stream()
                            .map(p -> p.asJsonObject())
                            .filter(p -> p.getString("id").equals("portal-webhook"))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("the dropped-in plug-in is not listed"));
            assertThat(portal.getString("source"))
                    .startsWith("ptr-plugin-portal-webhook")
                    .endsWith(".jar");
            String genk = token(platform, "{\"role\":\"admin\",\"tenant\":\"71016\"}");
            HttpResponse<String> chosen =
                    platform.send("PUT", "/api/v1/tenants/71016/plugins/citizen-portal", genk, """
                    {"providerId":"portal-webhook","config":{"endpoint":"https://portal.genk.example/notices"},
                     "secrets":{"signingSecret":"genk-portal-signing-secret"}}""");
            assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(201);
            assertThat(chosen.body()).doesNotContain("genk-portal-signing-secret");
            String antwerpen = token(platform, "{\"role\":\"admin\",\"tenant\":\"11002\"}");
            assertThat(platform.send("GET", "/api/v1/tenants/11002/plugins", antwerpen, null)
                            .body())
                    .doesNotContain("portal-webhook");
        }
    }

    /** The demo default's payment provider works offline: checkout page, the payer's choice, signed webhook. */
    private static void paysThroughTheSandboxCheckout(RunningPlatform platform) throws Exception {
        String clerk = token(platform, "{\"role\":\"clerk\",\"tenant\":\"71016\"}");
        HttpResponse<String> created = HTTP.send(
                HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/tenants/71016/payments"))
                        .header("Authorization", "Bearer " + clerk)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "smoke-payment-0001")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"amountCents\":2450,\"description\":\"Bewonerskaart\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject payment = parse(created.body()).asJsonObject();
        URI checkout = URI.create(payment.getString("checkoutUrl"));
        assertThat(HTTP.send(HttpRequest.newBuilder(checkout).build(), HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("24,50");
        HttpResponse<String> paid = HTTP.send(
                HttpRequest.newBuilder(checkout)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("outcome=paid"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).isEqualTo(303);
        String path = "/api/v1/tenants/71016/payments/" + payment.getString("id");
        await("the sandbox's webhook reached the platform")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> get(platform, path, clerk).asJsonObject().getString("status"), "PAID"::equals);
    }

    /** The demo municipalities' e-mail channel writes .eml files instead of needing a mail server. */
    private static void sendsAnEmailIntoTheDemoFolder(RunningPlatform platform, Path data) throws Exception {
        String clerk = token(platform, "{\"role\":\"clerk\",\"tenant\":\"71016\"}");
        HttpResponse<String> queued = platform.send("POST", "/api/v1/tenants/71016/messages", clerk, """
                {"channel":"email","recipient":{"name":"An Peeters","email":"an.peeters@example.be"},
                 "parameters":{"subject":"Uw bewonerskaart","body":"Uw bewonerskaart is klaar."}}""");
        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        String id = parse(queued.body()).asJsonObject().getString("id");
        Path eml = data.resolve("plugins/71016/channel-email/outbox/" + id + ".eml");
        await("the e-mail in the demo's outbox folder")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Files.exists(eml));
        assertThat(Files.readString(eml)).contains("Uw bewonerskaart");
    }

    /** A policy that allows no inline script, and a page whose scripts all come from files. */
    private static void hasAStrictContentSecurityPolicy(RunningPlatform platform, String page) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(platform.base() + page)).build(),
                HttpResponse.BodyHandlers.ofString());
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy)
                .as(page)
                .contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(response.body())
                .as(page + " has inline script")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        Matcher scripts = Pattern.compile("<script[^>]*\\ssrc=\"([^\"]+)\"").matcher(response.body());
        while (scripts.find()) {
            URI script = URI.create(platform.base() + page).resolve(scripts.group(1));
            assertThat(HTTP.send(HttpRequest.newBuilder(script).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .as(script.toString())
                    .isEqualTo(200);
        }
    }

    /** The demo citizen's pass: items in at least four municipalities; the demo company's for its manager. */
    private static void theDemoCitizenHasItemsInSeveralMunicipalities(RunningPlatform platform) throws Exception {
        String jan = token(platform, "{\"role\":\"citizen\",\"rrn\":\"62110205701\"}");
        JsonArray items = get(platform, "/api/v1/me/pass", jan).asJsonObject().getJsonArray("items");
        assertThat(items.stream()
                        .map(i -> i.asJsonObject().getJsonObject("municipality").getString("nisCode"))
                        .collect(Collectors.toSet()))
                .as("the municipalities of the demo citizen's items")
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(items.stream().map(i -> i.asJsonObject().getString("kind")).collect(Collectors.toSet()))
                .contains("GAS_FINE", "IOD_PERMIT");
        String sofie = token(platform, "{\"role\":\"citizen\",\"rrn\":\"79062514233\",\"kbo\":\"0831246745\"}");
        assertThat(get(platform, "/api/v1/me/pass?company=0831246745", sofie)
                        .asJsonObject()
                        .getJsonArray("items"))
                .isNotEmpty();
    }

    private static String token(RunningPlatform platform, String request) throws Exception {
        HttpResponse<String> response = platform.send("POST", "/api/v1/dev/token", null, request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body()).asJsonObject().getString("token");
    }

    private static JsonStructure get(RunningPlatform platform, String path, String token) throws Exception {
        HttpResponse<String> response = platform.send("GET", path, token, null);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return parse(response.body());
    }

    private static int status(RunningPlatform platform, String path) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(platform.base() + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static JsonStructure parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }
}
