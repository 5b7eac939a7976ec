package be.ptrpas.platform.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The plug-in runtime against the real platform on PostgreSQL, with every vendor faked at the wire level: Genk on
 * the sandbox payment provider, Antwerpen on Mollie; a plug-in jar dropped in the plug-in directory; webhooks
 * replayed, forged, sent out of order and to the wrong municipality.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginRuntimeIT extends DeployedPlatform {

    static final String GENK = "71016";
    static final String ANTWERPEN = "11002";
    static final String SANDBOX_SECRET = "genk-sandbox-secret-for-tests";
    static final String SMS_SECRET = "genk-sms-webhook-secret";
    static final String WHATSAPP_SECRET = "antwerpen-whatsapp-app-secret";
    static final String SCAN_SECRET = "genk-scanfeed-secret-0123456789";

    static WireMockServer vendors;
    static GreenMail mailServer;
    static int smtpPort;

    @BeforeAll
    static void startVendors() {
        vendors = new WireMockServer(
                options().bindAddress("127.0.0.1").dynamicPort().globalTemplating(true));
        vendors.start();
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            smtpPort = free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        startMailServer(smtpPort);
    }

    static void startMailServer(int port) {
        mailServer = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
    }

    @AfterAll
    static void stopVendors() {
        vendors.stop();
        mailServer.stop();
    }

    String vendorUrl(String path) {
        return "http://127.0.0.1:" + vendors.port() + path;
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void theCatalogListsBundledPluginsAndTheDroppedInJar() {
        Api.Reply catalog = api.get("/api/v1/plugins", ItTokens.operator());
        assertThat(catalog.status()).as(catalog.toString()).isEqualTo(200);
        JsonObject body = catalog.json();
        assertThat(body.getString("spiVersion")).isEqualTo("1.2");
        Map<String, JsonObject> plugins = new HashMap<>();
        body.getJsonArray("plugins").getValuesAs(JsonObject.class).forEach(p -> plugins.put(p.getString("id"), p));
        assertThat(plugins)
                .containsKeys(
                        "payment-sandbox",
                        "payment-mollie",
                        "channel-email",
                        "channel-sms",
                        "channel-whatsapp",
                        "channel-letter",
                        "enforcement-scanfeed",
                        "register-demo-person",
                        "register-demo-vehicle",
                        "register-magda-person",
                        "portal-webhook");
        assertThat(plugins.get("payment-sandbox").getString("source")).isEqualTo("bundled");
        assertThat(plugins.get("portal-webhook").getString("source")).startsWith("ptr-plugin-portal-webhook");
        assertThat(plugins.get("channel-sms").getJsonArray("slots").getString(0))
                .isEqualTo("sms");
        assertThat(body.getJsonArray("loadProblems")).isEmpty();

        assertThat(api.get("/api/v1/plugins", ItTokens.valid("admin", GENK)).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/plugins", ItTokens.valid("clerk", GENK)).status())
                .isEqualTo(403);
    }

    @Test
    @Order(2)
    void genkAndAntwerpenChooseTheirPlugins() {
        configure(
                GENK,
                "payment",
                "payment-sandbox",
                Json.createObjectBuilder().add("checkoutTitle", "Stad Genk"),
                Json.createObjectBuilder().add("signingSecret", SANDBOX_SECRET));
        configure(
                ANTWERPEN,
                "payment",
                "payment-mollie",
                Json.createObjectBuilder().add("apiBaseUrl", vendorUrl("/mollie/v2")),
                Json.createObjectBuilder().add("apiKey", "test_antwerpen0123456789"));
        // The dropped-in plug-in, for Genk only.
        configure(
                GENK,
                "citizen-portal",
                "portal-webhook",
                Json.createObjectBuilder().add("endpoint", vendorUrl("/portal/notices")),
                Json.createObjectBuilder().add("signingSecret", "genk-portal-secret-0123456789"));
        vendors.stubFor(
                post(urlPathEqualTo("/portal/notices")).willReturn(aResponse().withStatus(202)));
        // Where their payers may return to after a checkout.
        for (String nis : new String[] {GENK, ANTWERPEN}) {
            Api.Reply saved = api.put(
                    "/api/v1/tenants/" + nis + "/payment-settings",
                    ItTokens.valid("admin", nis),
                    Json.createObjectBuilder()
                            .add("returnOrigins", Json.createArrayBuilder().add("https://www.example.be"))
                            .build());
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        }

        Api.Reply antwerpen = api.get("/api/v1/tenants/" + ANTWERPEN + "/plugins", ItTokens.operator());
        assertThat(antwerpen.body()).contains("payment-mollie").doesNotContain("portal-webhook", "test_antwerpen");
    }

    @Test
    @Order(3)
    void aReturnUrlOffTheMunicipalitysOriginsIsRefused() {
        for (String url : new String[] {
            "https://evil.example/betaald",
            "https://www.example.be.evil.example/",
            "https://www.example.be@evil.example/"
        }) {
            JsonObject request = Json.createObjectBuilder(payment(2450, "Bewonerskaart", null))
                    .add("returnUrl", url)
                    .build();
            Api.Reply refused = createPayment(GENK, "genk-evil-return-" + UUID.randomUUID(), request);
            assertThat(refused.status()).as(url + " " + refused).isEqualTo(400);
            assertThat(refused.body()).contains("returnUrl");
            Api.Reply link = createLink(GENK, "genk-evil-link-" + UUID.randomUUID(), request);
            assertThat(link.status()).as(url + " " + link).isEqualTo(400);
        }
        // The platform's own address is always a valid place to return to.
        JsonObject home = Json.createObjectBuilder(payment(100, "Terug naar het platform", null))
                .add("returnUrl", api.base() + "/warden")
                .build();
        assertThat(createPayment(GENK, "genk-home-return-" + UUID.randomUUID(), home)
                        .status())
                .isEqualTo(201);
        // An origin with a path, or plain http, is no origin.
        Api.Reply wrong = api.put(
                "/api/v1/tenants/" + GENK + "/payment-settings",
                ItTokens.valid("admin", GENK),
                Json.createObjectBuilder()
                        .add(
                                "returnOrigins",
                                Json.createArrayBuilder()
                                        .add("https://www.example.be/x")
                                        .add("http://www.example.be"))
                        .build());
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
    }

    @Test
    @Order(3)
    void aSandboxPaymentIsPaidThroughTheHostedCheckout() {
        String key = "genk-permit-" + UUID.randomUUID();
        JsonObject request = payment(2450, "Bewonerskaart zone A - 1-ABC-123", ItTokens.CITIZEN_RRN);
        Api.Reply created = createPayment(GENK, key, request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject payment = created.json();
        assertThat(payment.getString("status")).isEqualTo("OPEN");
        assertThat(payment.getString("provider")).isEqualTo("payment-sandbox");
        String checkout = payment.getString("checkoutUrl");
        assertThat(checkout).startsWith(api.base() + "/api/v1/pages/" + GENK + "/payment/checkout/");

        // A retry with the same key returns the same payment; the same key with another amount is refused.
        Api.Reply again = createPayment(GENK, key, request);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getString("id")).isEqualTo(payment.getString("id"));
        Api.Reply reused = createPayment(GENK, key, payment(9999, "Iets anders", null));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.problemType()).endsWith("/idempotency-key-reused");

        Api.Reply page = api.exchange("GET", checkout, null, Map.of(), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("24,50").contains("Bewonerskaart zone A");
        assertThat(page.raw().headers().firstValue("Content-Security-Policy")).isPresent();

        Api.Reply chosen = api.exchange(
                "POST",
                checkout,
                null,
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "outcome=paid".getBytes(StandardCharsets.UTF_8));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(303);
        assertThat(chosen.raw().headers().firstValue("Location").orElseThrow()).contains("payment=");

        String id = payment.getString("id");
        await("the signed webhook marks the payment paid", () -> "PAID".equals(status(GENK, id)));
        assertThat(statusChanges(GENK, id)).isEqualTo(1);
        // The payment request on the citizen's pass is news of its own (feature notification): only the payment's
        // "paid" notice is counted here.
        await(
                "the citizen portal hears of it through the dropped-in plug-in",
                () -> vendors.findAll(postRequestedFor(urlPathEqualTo("/portal/notices"))).stream()
                                .filter(r -> r.getBodyAsString().contains("payment-" + id + "-paid"))
                                .count()
                        == 1);
        assertThat(vendors.findAll(postRequestedFor(urlPathEqualTo("/portal/notices"))).stream()
                        .filter(r -> r.getBodyAsString().contains("payment-" + id + "-paid"))
                        .findFirst()
                        .orElseThrow()
                        .getBodyAsString())
                .contains(ItTokens.CITIZEN_RRN);
    }

    @Test
    @Order(4)
    void replayedForgedAndOutOfOrderWebhooksChangeNothing() throws Exception {
        String id = createPayment(GENK, "genk-replay-" + UUID.randomUUID(), payment(1000, "Bezoekerskaart", null))
                .json()
                .getString("id");
        String providerId = providerPaymentId(GENK, id);
        api.exchange(
                "POST",
                checkoutOf(GENK, id),
                null,
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "outcome=paid".getBytes(StandardCharsets.UTF_8));
        await("paid", () -> "PAID".equals(status(GENK, id)));

        // The same signed webhook, 100 times, 8 at a time.
        byte[] paid = ("{\"id\":\"" + providerId + "\",\"status\":\"paid\",\"eventId\":\"evt-1\"}")
                .getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            replies.add(pool.submit(() -> sandboxWebhook(GENK, paid, SANDBOX_SECRET)));
        }
        for (Future<Api.Reply> reply : replies) {
            assertThat(reply.get().status()).as(reply.get().toString()).isEqualTo(200);
        }
        pool.shutdown();
        // Out of order: a later "canceled" and an "open" about the paid payment.
        for (String word : List.of("canceled", "open", "failed")) {
            byte[] stale =
                    ("{\"id\":\"" + providerId + "\",\"status\":\"" + word + "\"}").getBytes(StandardCharsets.UTF_8);
            assertThat(sandboxWebhook(GENK, stale, SANDBOX_SECRET).status()).isEqualTo(200);
        }
        awaitCallbacksProcessed(GENK);
        assertThat(status(GENK, id)).isEqualTo("PAID");
        assertThat(statusChanges(GENK, id))
                .as("one status change, however often it was told")
                .isEqualTo(1);
        assertThat(count("select max(deliveries) from inbound_event where tenant_id = '" + GENK + "'"))
                .as("the replays were stored once and counted")
                .isGreaterThanOrEqualTo(100);

        // Forged: a wrong secret is refused and nothing is stored.
        long before = count("select count(*) from inbound_event");
        Api.Reply forged = sandboxWebhook(GENK, paid, "not-the-secret-of-genk");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.problemType()).endsWith("/callback-rejected");
        // Genk's genuine webhook sent to Antwerpen: Antwerpen's provider (Mollie) does not recognise it.
        Api.Reply elsewhere = sandboxWebhook(ANTWERPEN, paid, SANDBOX_SECRET);
        assertThat(elsewhere.status()).isEqualTo(400);
        // Garbage and oversized bodies.
        assertThat(sandboxWebhook(GENK, "{not json".getBytes(StandardCharsets.UTF_8), SANDBOX_SECRET)
                        .status())
                .isEqualTo(400);
        assertThat(count("select count(*) from inbound_event")).isEqualTo(before);
    }

    @Test
    @Order(5)
    void aMolliePaymentIsConfirmedByFetchingIt() throws Exception {
        String molliePayment = """
                {"resource":"payment","id":"tr_WDqYK6vllg","mode":"test","status":"%s",
                 "amount":{"value":"58.00","currency":"EUR"},"amountRefunded":{"value":"%s","currency":"EUR"},
                 "description":"GAS 4 - 1-XYZ-987","createdAt":"2026-11-24T10:00:00+00:00",
                 "expiresAt":"2026-11-24T10:15:00+00:00",%s
                 "_links":{"checkout":{"href":"https://www.mollie.com/checkout/select-method/WDqYK6vllg","type":"text/html"}}}""";
        vendors.stubFor(post(urlEqualTo("/mollie/v2/payments"))
                .withHeader("Authorization", equalTo("Bearer test_antwerpen0123456789"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/hal+json")
                        .withBody(molliePayment.formatted("open", "0.00", ""))));
        vendors.stubFor(get(urlEqualTo("/mollie/v2/payments/tr_WDqYK6vllg"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/hal+json")
                        .withBody(molliePayment.formatted("open", "0.00", ""))));

        String key = "antwerpen-gas-" + UUID.randomUUID();
        Api.Reply created = createPayment(ANTWERPEN, key, payment(5800, "GAS 4 - 1-XYZ-987", null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("id");
        assertThat(created.json().getString("checkoutUrl")).startsWith("https://www.mollie.com/checkout/");
        assertThat(vendors.findAll(postRequestedFor(urlEqualTo("/mollie/v2/payments")))
                        .get(0)
                        .getHeader("Idempotency-Key"))
                .as("the municipality's key, scoped to it, reaches Mollie")
                .isEqualTo(ANTWERPEN + ":" + key);

        // Mollie says "paid" only when asked; the webhook carries just the id.
        vendors.stubFor(get(urlEqualTo("/mollie/v2/payments/tr_WDqYK6vllg"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/hal+json")
                        .withBody(
                                molliePayment.formatted("paid", "0.00", "\"paidAt\":\"2026-11-24T10:05:00+00:00\","))));
        for (int i = 0; i < 20; i++) {
            assertThat(mollieWebhook(ANTWERPEN, "tr_WDqYK6vllg").status()).isEqualTo(200);
        }
        await("the fetched status marks it paid", () -> "PAID".equals(status(ANTWERPEN, id)));
        awaitCallbacksProcessed(ANTWERPEN);
        assertThat(statusChanges(ANTWERPEN, id)).isEqualTo(1);
        // No portal plug-in in Antwerpen: nothing queued for it.
        assertThat(count("select count(*) from outbox_message where tenant_id = '" + ANTWERPEN
                        + "' and kind = 'PORTAL_NOTICE'"))
                .isZero();

        // An id Mollie does not know: stored (it cannot be told apart without asking), fetched, 404, given up.
        vendors.stubFor(
                get(urlEqualTo("/mollie/v2/payments/tr_forged0001"))
                        .willReturn(
                                aResponse()
                                        .withStatus(404)
                                        .withHeader("Content-Type", "application/hal+json")
                                        .withBody(
                                                "{\"status\":404,\"title\":\"Not Found\",\"detail\":\"No payment exists with token tr_forged0001.\"}")));
        assertThat(mollieWebhook(ANTWERPEN, "tr_forged0001").status()).isEqualTo(200);
        assertThat(api.exchange(
                                "POST",
                                "/api/v1/callbacks/" + ANTWERPEN + "/payment",
                                null,
                                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                                "id=../../etc".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(400);
        // Given up and shown to the admin with a reference to the log, not with Mollie's reply: a vendor's reply comes
        // from whatever address an admin typed in.
        await(
                "the forged id is given up, visible to the admin",
                () -> api
                        .get("/api/v1/tenants/" + ANTWERPEN + "/plugin-status", ItTokens.valid("admin", ANTWERPEN))
                        .json()
                        .getJsonArray("failedCallbacks")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(failed -> failed.getString("slot").equals("payment")
                                && failed.getString("lastError", "").contains("(ref ")));
        assertThat(api.get("/api/v1/tenants/" + ANTWERPEN + "/plugin-status", ItTokens.valid("admin", ANTWERPEN))
                        .body())
                .doesNotContain("No payment exists");
        assertThat(status(ANTWERPEN, id)).isEqualTo("PAID");

        // Full refund: Mollie queues it; the payment is refunded.
        vendors.stubFor(post(urlEqualTo("/mollie/v2/payments/tr_WDqYK6vllg/refunds"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/hal+json")
                        .withBody("""
                        {"resource":"refund","id":"re_4qqhO89gsT","amount":{"currency":"EUR","value":"58.00"},
                         "status":"pending","paymentId":"tr_WDqYK6vllg","createdAt":"2026-11-24T11:00:00+00:00"}""")));
        String refundKey = "refund-" + UUID.randomUUID();
        Api.Reply refund = refund(ANTWERPEN, id, refundKey, 5800);
        assertThat(refund.status()).as(refund.toString()).isEqualTo(200);
        assertThat(refund.json().getString("status")).isEqualTo("REFUNDED");
        assertThat(refund(ANTWERPEN, id, refundKey, 5800).status())
                .as("same key, same refund")
                .isEqualTo(200);
        assertThat(vendors.countRequestsMatching(
                                postRequestedFor(urlEqualTo("/mollie/v2/payments/tr_WDqYK6vllg/refunds"))
                                        .build())
                        .getCount())
                .isEqualTo(1);
        assertThat(refund(ANTWERPEN, id, "refund-" + UUID.randomUUID(), 100).status())
                .isEqualTo(409);

        // The audit trail accounts for the money without keeping the bearer checkout link or the payer (F-52).
        List<JsonObject> changes = api.get(
                        "/api/v1/tenants/" + ANTWERPEN + "/audit?kind=changes&entityType=payment&entityId=" + id,
                        ItTokens.valid("admin", ANTWERPEN))
                .array()
                .getValuesAs(JsonObject.class);
        assertThat(changes).extracting(e -> e.getString("action")).contains("create", "status", "refund");
        assertThat(changes.toString())
                .doesNotContain("checkout", "mollie.com/checkout", "example.be/betaald")
                .contains("tr_WDqYK6vllg");
        // Every read of the payment above (as a clerk) is in the trail too, with who and why.
        List<JsonObject> reads = api.get(
                        "/api/v1/tenants/" + ANTWERPEN + "/audit?action=READ&entityType=payment&entityId=" + id,
                        ItTokens.valid("admin", ANTWERPEN))
                .array()
                .getValuesAs(JsonObject.class);
        assertThat(reads).isNotEmpty().allSatisfy(read -> {
            assertThat(read.getString("actorRole")).isEqualTo("clerk");
            assertThat(read.getString("purpose")).isNotBlank();
        });
    }

    @Test
    @Order(6)
    void oneMunicipalitysPaymentsAndPagesAreInvisibleToAnother() {
        String id = createPayment(GENK, "genk-private-" + UUID.randomUUID(), payment(500, "Genk only", null))
                .json()
                .getString("id");
        assertThat(api.get("/api/v1/tenants/" + ANTWERPEN + "/payments/" + id, ItTokens.valid("clerk", ANTWERPEN))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/tenants/" + GENK + "/payments/" + id, ItTokens.valid("clerk", ANTWERPEN))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/tenants/" + ANTWERPEN + "/payments", ItTokens.valid("clerk", ANTWERPEN))
                        .body())
                .doesNotContain(id);
        // Genk's checkout page under Antwerpen's address: Antwerpen's provider serves no pages.
        String checkout = checkoutOf(GENK, id);
        Api.Reply crossed = api.exchange(
                "GET", checkout.replace("/pages/" + GENK + "/", "/pages/" + ANTWERPEN + "/"), null, Map.of(), null);
        assertThat(crossed.status()).isEqualTo(404);
        assertThat(crossed.body()).doesNotContain("Genk only");
    }

    @Test
    @Order(7)
    void paymentsMadeThroughALinkMarkTheLinkPaid() {
        // Genk: the sandbox link opens a checkout; the payer pays; the webhook names a payment the platform does not
        // know, which makes it look at its open links.
        Api.Reply link =
                createLink(GENK, "genk-link-" + UUID.randomUUID(), payment(5800, "GAS 4 - videogesprek", null));
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        String genkLink = link.json().getString("id");
        assertThat(link.json().getString("kind")).isEqualTo("LINK");
        Api.Reply opened = api.exchange("GET", link.json().getString("checkoutUrl"), null, Map.of(), null);
        assertThat(opened.status()).as(opened.toString()).isIn(302, 303);
        String checkout = opened.raw().headers().firstValue("Location").orElseThrow();
        Api.Reply paid = api.exchange(
                "POST",
                checkout.startsWith("http") ? checkout : api.base() + checkout,
                null,
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "outcome=paid".getBytes(StandardCharsets.UTF_8));
        assertThat(paid.status()).isEqualTo(303);
        await("Genk's link is paid", () -> "PAID".equals(status(GENK, genkLink)));

        // Antwerpen: Mollie's link; a clerk's refresh asks Mollie about the link itself.
        String linkJson = """
                {"resource":"payment-link","id":"pl_4Y0eZitmBnQ6IDoMqZQKh","mode":"test","description":"GAS 4 - videogesprek",
                 "amount":{"currency":"EUR","value":"58.00"},"archived":false,"createdAt":"2026-11-24T10:00:00+00:00",
                 "paidAt":%s,"expiresAt":null,
                 "_links":{"paymentLink":{"href":"https://paymentlink.mollie.com/payment/4Y0eZitmBnQ6IDoMqZQKh/","type":"text/html"}}}""";
        vendors.stubFor(post(urlEqualTo("/mollie/v2/payment-links"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/hal+json")
                        .withBody(linkJson.formatted("null"))));
        vendors.stubFor(get(urlEqualTo("/mollie/v2/payment-links/pl_4Y0eZitmBnQ6IDoMqZQKh"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/hal+json")
                        .withBody(linkJson.formatted("null"))));
        Api.Reply mollieLink = createLink(
                ANTWERPEN, "antwerpen-link-" + UUID.randomUUID(), payment(5800, "GAS 4 - videogesprek", null));
        assertThat(mollieLink.status()).as(mollieLink.toString()).isEqualTo(201);
        String antwerpenLink = mollieLink.json().getString("id");
        assertThat(mollieLink.json().getString("checkoutUrl")).startsWith("https://paymentlink.mollie.com/");
        Api.Reply refreshed = api.post(
                "/api/v1/tenants/" + ANTWERPEN + "/payments/" + antwerpenLink + "/refresh",
                ItTokens.valid("clerk", ANTWERPEN),
                "{}");
        assertThat(refreshed.json().getString("status")).isEqualTo("OPEN");

        // The citizen pays; Mollie calls back about the payment (tr_…), which the platform does not know by id.
        vendors.stubFor(get(urlEqualTo("/mollie/v2/payment-links/pl_4Y0eZitmBnQ6IDoMqZQKh"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/hal+json")
                        .withBody(linkJson.formatted("\"2026-11-24T10:07:00+00:00\""))));
        vendors.stubFor(get(urlEqualTo("/mollie/v2/payments/tr_linkpay001"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/hal+json")
                        .withBody("""
                        {"resource":"payment","id":"tr_linkpay001","status":"paid","amount":{"value":"58.00","currency":"EUR"},
                         "amountRefunded":{"value":"0.00","currency":"EUR"},"description":"GAS 4 - videogesprek",
                         "paidAt":"2026-11-24T10:07:00+00:00","_links":{}}""")));
        assertThat(mollieWebhook(ANTWERPEN, "tr_linkpay001").status()).isEqualTo(200);
        await("Antwerpen's link is paid", () -> "PAID".equals(status(ANTWERPEN, antwerpenLink)));
        assertThat(statusChanges(ANTWERPEN, antwerpenLink)).isEqualTo(1);
    }

    @Test
    @Order(10)
    void genkSmsAndEmailAntwerpenWhatsAppAndLetters() {
        vendors.stubFor(post(urlEqualTo("/sms/messages"))
                .atPriority(5)
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"msg_{{jsonPath request.body '$.reference'}}\",\"status\":\"accepted\"}")));
        vendors.stubFor(post(urlPathEqualTo("/graph/v21.0/1234567890/messages"))
                .atPriority(5)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                        {"messaging_product":"whatsapp","contacts":[{"input":"32470123456","wa_id":"32470123456"}],
                         "messages":[{"id":"wamid.{{randomValue length=12 type='ALPHANUMERIC'}}"}]}""")));
        configure(
                GENK,
                "sms",
                "channel-sms",
                Json.createObjectBuilder().add("baseUrl", vendorUrl("/sms")).add("sender", "GENK"),
                Json.createObjectBuilder().add("apiKey", "genk-sms-key").add("webhookSecret", SMS_SECRET));
        configure(
                GENK,
                "email",
                "channel-email",
                Json.createObjectBuilder()
                        .add("transport", "smtp")
                        .add("smtpHost", "127.0.0.1")
                        .add("smtpPort", String.valueOf(smtpPort))
                        .add("fromAddress", "parkeren@genk.be")
                        .add("fromName", "Stad Genk"),
                Json.createObjectBuilder());
        configure(
                ANTWERPEN,
                "whatsapp",
                "channel-whatsapp",
                Json.createObjectBuilder()
                        .add("graphBaseUrl", vendorUrl("/graph"))
                        .add("phoneNumberId", "1234567890"),
                Json.createObjectBuilder()
                        .add("accessToken", "antwerpen-wa-token")
                        .add("appSecret", WHATSAPP_SECRET)
                        .add("verifyToken", "antwerpen-verify"));
        configure(
                ANTWERPEN,
                "letter",
                "channel-letter",
                Json.createObjectBuilder()
                        .add("senderName", "Stad Antwerpen")
                        .add("senderAddress", "Grote Markt 1, 2000 Antwerpen")
                        .add("creditorName", "Stad Antwerpen")
                        .add("creditorIban", "BE71096123456769"),
                Json.createObjectBuilder());

        String sms = message(
                        GENK,
                        "sms",
                        Json.createObjectBuilder().add("name", "An Peeters").add("phone", "0470 12 34 56"),
                        "genk-sms-1")
                .json()
                .getString("id");
        String mail = message(
                        GENK,
                        "email",
                        Json.createObjectBuilder().add("name", "An Peeters").add("email", "an.peeters@example.be"),
                        "genk-mail-1")
                .json()
                .getString("id");
        String whatsapp = message(
                        ANTWERPEN,
                        "whatsapp",
                        Json.createObjectBuilder().add("name", "Jan Janssens").add("phone", "+32 470 12 34 56"),
                        "antwerpen-wa-1")
                .json()
                .getString("id");
        String letter = message(
                        ANTWERPEN,
                        "letter",
                        Json.createObjectBuilder()
                                .add("name", "Jan Janssens")
                                .add(
                                        "address",
                                        Json.createObjectBuilder()
                                                .add("street", "Lange Nieuwstraat")
                                                .add("houseNumber", "12")
                                                .add("postalCode", "2000")
                                                .add("municipality", "Antwerpen")),
                        "antwerpen-letter-1")
                .json()
                .getString("id");
        for (String[] item : List.of(
                new String[] {GENK, sms}, new String[] {GENK, mail}, new String[] {ANTWERPEN, whatsapp}, new String[] {
                    ANTWERPEN, letter
                })) {
            await("message " + item[1] + " delivered", () -> "DELIVERED".equals(messageStatus(item[0], item[1])));
        }
        assertThat(vendors.findAll(postRequestedFor(urlEqualTo("/sms/messages")))
                        .get(0)
                        .getBodyAsString())
                .contains("+32470123456")
                .contains(sms);
        await("the e-mail arrived", () -> mailServer.getReceivedMessages().length == 1);
        assertThat(Files.exists(Path.of(
                        System.getProperty("ptr.it.data-dir"),
                        "plugins",
                        ANTWERPEN,
                        "channel-letter",
                        "print-shop",
                        letter + ".pdf")))
                .as("the letter is in the print-shop folder")
                .isTrue();

        // The same dedupe key sends nothing new; an invalid recipient is refused before anything is queued.
        Api.Reply repeated =
                message(GENK, "sms", Json.createObjectBuilder().add("phone", "0470 12 34 56"), "genk-sms-1");
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json().getString("id")).isEqualTo(sms);
        Api.Reply landline =
                message(GENK, "sms", Json.createObjectBuilder().add("phone", "089 65 44 11"), "genk-sms-landline");
        assertThat(landline.status()).as(landline.toString()).isEqualTo(400);
        assertThat(landline.body()).contains("recipient");
        // Antwerpen has no SMS plug-in: a clear problem, nothing queued.
        Api.Reply none =
                message(ANTWERPEN, "sms", Json.createObjectBuilder().add("phone", "0470 12 34 56"), "antwerpen-sms");
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.problemType()).endsWith("/plugin-not-configured");
    }

    @Test
    @Order(11)
    void nothingIsLostOrDuplicatedWhenChannelsFailAndRecover() throws Exception {
        var outage = vendors.stubFor(post(urlEqualTo("/sms/messages"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("maintenance")));
        mailServer.stop();
        List<String> sms = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sms.add(message(
                            GENK,
                            "sms",
                            Json.createObjectBuilder().add("phone", "+32 470 12 34 5" + i),
                            "outage-sms-" + i)
                    .json()
                    .getString("id"));
        }
        String mail = message(
                        GENK, "email", Json.createObjectBuilder().add("email", "tom.wouters@example.be"), "outage-mail")
                .json()
                .getString("id");
        // Each is tried and fails; after five failures in a row the SMS circuit opens and further tries wait for it.
        await(
                "every message tried and failed",
                () -> sms.stream().allMatch(id -> attempts(GENK, id) >= 1 && "PENDING".equals(messageStatus(GENK, id)))
                        && attempts(GENK, mail) >= 2);
        // While the circuit is open, clerks can still queue messages: the outbox keeps them.
        String queuedDuringOutage = message(
                        GENK, "sms", Json.createObjectBuilder().add("phone", "+32 470 12 34 99"), "outage-sms-queued")
                .json()
                .getString("id");
        sms.add(queuedDuringOutage);
        JsonObject status = api.get("/api/v1/tenants/" + GENK + "/plugin-status", ItTokens.valid("admin", GENK))
                .json();
        assertThat(status.toString()).contains("channel-sms").contains("ERROR");

        // Genk's outage does not touch Antwerpen.
        String whatsapp = message(
                        ANTWERPEN,
                        "whatsapp",
                        Json.createObjectBuilder().add("phone", "+32 470 98 76 54"),
                        "antwerpen-during-genk-outage")
                .json()
                .getString("id");
        await("Antwerpen delivers meanwhile", () -> "DELIVERED".equals(messageStatus(ANTWERPEN, whatsapp)));
        assertThat(api.get("/api/v1/tenants/" + ANTWERPEN + "/plugin-status", ItTokens.valid("admin", ANTWERPEN))
                        .body())
                .doesNotContain("channel-sms");

        vendors.removeStub(outage);
        startMailServer(smtpPort);
        for (String id : sms) {
            await("sms " + id + " delivered after the outage", () -> "DELIVERED".equals(messageStatus(GENK, id)));
        }
        await("mail delivered after the outage", () -> "DELIVERED".equals(messageStatus(GENK, mail)));
        Map<String, Long> accepted = vendors.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/sms/messages")
                        && e.getResponse().getStatus() == 202)
                .map(e -> Api.parse(e.getRequest().getBodyAsString()).getString("reference"))
                .filter(sms::contains)
                .collect(Collectors.groupingBy(ref -> ref, Collectors.counting()));
        assertThat(accepted)
                .as("each message accepted exactly once")
                .hasSize(6)
                .allSatisfy((ref, n) -> assertThat(n).isEqualTo(1));
        assertThat(mailServer.getReceivedMessages())
                .as("one e-mail, however many attempts")
                .hasSize(1);
    }

    @Test
    @Order(12)
    void aRefusedMessageBecomesADeadLetterThatAnAdminCanSendAgain() {
        var refusal = vendors.stubFor(post(urlEqualTo("/sms/messages"))
                .atPriority(1)
                .withRequestBody(WireMock.containing("+32470999999"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"number blocked\"}")));
        String id = message(GENK, "sms", Json.createObjectBuilder().add("phone", "+32 470 99 99 99"), "dead-sms")
                .json()
                .getString("id");
        await("dead", () -> "DEAD".equals(messageStatus(GENK, id)));
        Api.Reply dead = api.get("/api/v1/tenants/" + GENK + "/messages?status=dead", ItTokens.valid("clerk", GENK));
        assertThat(dead.body()).contains(id);
        assertThat(api.post(
                                "/api/v1/tenants/" + GENK + "/messages/" + id + "/retry",
                                ItTokens.valid("clerk", GENK),
                                "{}")
                        .status())
                .isEqualTo(403);
        vendors.removeStub(refusal);
        Api.Reply retried =
                api.post("/api/v1/tenants/" + GENK + "/messages/" + id + "/retry", ItTokens.valid("admin", GENK), "{}");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        await("delivered after the admin's retry", () -> "DELIVERED".equals(messageStatus(GENK, id)));
        assertThat(api.post(
                                "/api/v1/tenants/" + GENK + "/messages/" + id + "/retry",
                                ItTokens.valid("admin", GENK),
                                "{}")
                        .status())
                .as("only dead letters are sent again")
                .isEqualTo(409);
    }

    @Test
    @Order(13)
    void repliesAndReceiptsAreStoredOnce() {
        String id = message(GENK, "sms", Json.createObjectBuilder().add("phone", "+32 470 12 34 56"), "invitation-1")
                .json()
                .getString("id");
        await("sent", () -> "DELIVERED".equals(messageStatus(GENK, id)));
        byte[] reply = ("{\"type\":\"inbound\",\"id\":\"in-" + id + "\",\"from\":\"+32470123456\",\"text\":\"JA\","
                        + "\"receivedAt\":\"2026-11-24T10:00:00Z\",\"inReplyTo\":\"msg_" + id + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) {
            assertThat(signedSms(GENK, reply, SMS_SECRET).status()).isEqualTo(200);
        }
        assertThat(signedSms(GENK, reply, "wrong-secret").status()).isEqualTo(400);
        byte[] receipt = ("{\"type\":\"status\",\"id\":\"msg_" + id
                        + "\",\"status\":\"delivered\",\"at\":\"2026-11-24T10:00:05Z\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(signedSms(GENK, receipt, SMS_SECRET).status()).isEqualTo(200);
        await("the reply is listed once, linked to the invitation", () -> {
            List<JsonObject> replies = api
                    .get("/api/v1/tenants/" + GENK + "/messages/replies", ItTokens.valid("clerk", GENK))
                    .array()
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(r -> r.getString("text").equals("JA") && id.equals(r.getString("inReplyTo", null)))
                    .toList();
            return replies.size() == 1;
        });
        await(
                "the receipt is noted",
                () -> "DELIVERED"
                        .equals(api.get("/api/v1/tenants/" + GENK + "/messages/" + id, ItTokens.valid("clerk", GENK))
                                .json()
                                .getString("deliveryStatus", "")));
        // Antwerpen sees none of Genk's replies.
        assertThat(api.get("/api/v1/tenants/" + ANTWERPEN + "/messages/replies", ItTokens.valid("clerk", ANTWERPEN))
                        .body())
                .doesNotContain(id);

        // WhatsApp's subscription check.
        Api.Reply challenge = api.exchange(
                "GET",
                "/api/v1/callbacks/" + ANTWERPEN
                        + "/whatsapp?hub.mode=subscribe&hub.verify_token=antwerpen-verify&hub.challenge=1158201444",
                null,
                Map.of(),
                null);
        assertThat(challenge.status()).isEqualTo(200);
        assertThat(challenge.body()).isEqualTo("1158201444");
        // A wrong token, and the same check at Genk (which has no WhatsApp), get one and the same answer: nobody can
        // tell which channels a municipality uses.
        Api.Reply guessed = api.exchange(
                "GET",
                "/api/v1/callbacks/" + ANTWERPEN
                        + "/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1",
                null,
                Map.of(),
                null);
        Api.Reply unconfiguredCheck = api.exchange(
                "GET",
                "/api/v1/callbacks/" + GENK + "/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1",
                null,
                Map.of(),
                null);
        assertSameAnswer(guessed, unconfiguredCheck);
        assertThat(guessed.status()).isEqualTo(404);

        // A forged callback at a configured address and one at an address nobody configured: the same answer.
        byte[] forged = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of(
                "Content-Type",
                "application/json",
                "X-Hub-Signature-256",
                "sha256=" + hmac("not-the-app-secret", forged));
        Api.Reply configured =
                api.exchange("POST", "/api/v1/callbacks/" + ANTWERPEN + "/whatsapp", null, headers, forged);
        Api.Reply unconfigured = api.exchange("POST", "/api/v1/callbacks/" + GENK + "/whatsapp", null, headers, forged);
        assertSameAnswer(configured, unconfigured);
        assertThat(configured.status()).isEqualTo(400);
        assertThat(configured.problemType()).endsWith("callback-rejected");

        // A body over the limit is refused before it is read into memory, at a configured address or not.
        byte[] huge = new byte[1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'x');
        Api.Reply tooLarge = api.exchange(
                "POST", "/api/v1/callbacks/" + GENK + "/sms", null, Map.of("Content-Type", "application/json"), huge);
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.problemType()).endsWith("content-too-large");
    }

    static void assertSameAnswer(Api.Reply one, Api.Reply other) {
        assertThat(other.status()).as(other.toString()).isEqualTo(one.status());
        assertThat(other.contentType()).isEqualTo(one.contentType());
        assertThat(other.problemType()).isEqualTo(one.problemType());
        assertThat(other.json().getString("detail")).isEqualTo(one.json().getString("detail"));
        assertThat(other.json().keySet()).isEqualTo(one.json().keySet());
    }

    @Test
    @Order(14)
    void scanBatchesAreVerifiedAndStoredOncePerObservation() {
        configure(
                GENK,
                "enforcement",
                "enforcement-scanfeed",
                Json.createObjectBuilder(),
                Json.createObjectBuilder().add("signingSecret", SCAN_SECRET));
        String now =
                Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString();
        String batch = """
                {"batchId":"b-1","deviceId":"genk-car-1","observations":[
                 {"observationId":"o-1","plate":"1-ABC-123","country":"BE","observedAt":"%s","lat":50.9650,"lon":5.5008},
                 {"observationId":"o-2","plate":"2-XYZ-987","country":"BE","observedAt":"%s","lat":50.9652,"lon":5.5010,"photoRef":"p-2"},
                 {"observationId":"o-3","plate":"GH-123-K","country":"NL","observedAt":"%s","lat":50.9655,"lon":5.5012}]}""".formatted(now, now, now);
        byte[] body = batch.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) {
            assertThat(scanBatch(GENK, body, SCAN_SECRET).status()).isEqualTo(200);
        }
        // Its observations were stored on arrival: the batch's record is kept as processed (never loaded again by the
        // callback job) and its replays are counted on it.
        String hash = HexFormat.of().formatHex(sha256(body));
        assertThat(count("select count(*) from inbound_event where tenant_id = '" + GENK + "' and body_hash = '" + hash
                        + "' and status = 'PROCESSED' and deliveries = 3"))
                .isEqualTo(1);
        assertThat(scanBatch(GENK, body, "not-genks-scan-secret").status()).isEqualTo(400);
        assertThat(scanBatch(ANTWERPEN, body, SCAN_SECRET).status())
                .as("Genk's signed batch at Antwerpen's address")
                .isEqualTo(400);
        awaitCallbacksProcessed(GENK);
        assertThat(count("select count(*) from scan_observation where tenant_id = '" + GENK + "' and batch_id = 'b-1'"))
                .isEqualTo(3);
        // Other tests' scan cars may have reported elsewhere; none of this batch may have landed anywhere but in Genk.
        assertThat(count(
                        "select count(*) from scan_observation where tenant_id <> '" + GENK + "' and batch_id = 'b-1'"))
                .isZero();
    }

    /**
     * Demo data used to give Antwerpen's and Genk's real scan feeds a signing secret written in the repository: anyone
     * could sign a batch and have retributions issued. Each installation now draws its own, shown once in a private
     * file of the data directory; a published value is refused.
     */
    @Test
    @Order(15)
    void demoPluginsHoldSecretsDrawnOnThisInstallationNeverPublishedOnes() throws Exception {
        String now =
                Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString();
        byte[] body = ("{\"batchId\":\"drawn-secret-1\",\"deviceId\":\"antwerpen-car-1\",\"observations\":["
                        + "{\"observationId\":\"o-1\",\"plate\":\"1-DRW-001\",\"country\":\"BE\",\"observedAt\":\""
                        + now
                        + "\",\"lat\":51.3000,\"lon\":4.3000}]}")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(scanBatch(ANTWERPEN, body, "demo-11002-scanfeed-signing-secret")
                        .status())
                .as("a batch signed with the secret the demo data used to publish")
                .isEqualTo(400);

        Path shown = Path.of(System.getProperty("ptr.it.data-dir"), "demo-plugin-secrets.txt");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shown)))
                .isEqualTo("rw-------");
        // The data directory starts empty for each test class: its lines are this class's installation's.
        List<String> drawn = Files.readAllLines(shown).stream()
                .filter(line -> line.startsWith(ANTWERPEN + " enforcement signingSecret="))
                .toList();
        assertThat(drawn).isNotEmpty();
        String secret = drawn.get(drawn.size() - 1).substring((ANTWERPEN + " enforcement signingSecret=").length());
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40).isNotEqualTo("demo-11002-scanfeed-signing-secret");
        // Each test class has a fresh installation of its own (ItDatabase), so Antwerpen's setting is the demo's.
        assertThat(api.get("/api/v1/tenants/" + ANTWERPEN + "/plugins/enforcement", ItTokens.operator())
                        .json()
                        .getJsonNumber("version")
                        .longValue())
                .as("the demo's own setting")
                .isEqualTo(1);
        Api.Reply accepted = scanBatch(ANTWERPEN, body, secret);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);

        Api.Reply published = api.put(
                "/api/v1/tenants/" + ANTWERPEN + "/plugins/enforcement",
                ItTokens.operator(),
                Json.createObjectBuilder()
                        .add("providerId", "enforcement-scanfeed")
                        .add(
                                "secrets",
                                Json.createObjectBuilder().add("signingSecret", "demo-71016-scanfeed-signing-secret"))
                        .build());
        assertThat(published.status()).as(published.toString()).isEqualTo(400);
        assertThat(published.body()).contains("secrets.signingSecret");
        assertThat(scanBatch(ANTWERPEN, body, secret).status())
                .as("the drawn secret is still the one in force")
                .isEqualTo(200);
    }

    /**
     * The API key is write-only, but an admin who changed only the gateway URL used to keep it: the platform then sent
     * it to the new address. Moving a plug-in now needs its secrets again.
     */
    @Test
    @Order(16)
    void movingAPluginElsewhereNeedsItsSecretsAgain() {
        Api.Reply moved = api.put(
                "/api/v1/tenants/" + GENK + "/plugins/sms",
                ItTokens.operator(),
                Json.createObjectBuilder()
                        .add("providerId", "channel-sms")
                        .add(
                                "config",
                                Json.createObjectBuilder()
                                        .add("baseUrl", vendorUrl("/elsewhere"))
                                        .add("sender", "GENK"))
                        .build());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(400);
        assertThat(moved.body()).contains("secrets.apiKey", "secrets.webhookSecret");
        assertThat(api.get("/api/v1/tenants/" + GENK + "/plugins/sms", ItTokens.operator())
                        .json()
                        .getJsonObject("config")
                        .getString("baseUrl"))
                .as("nothing changed")
                .isEqualTo(vendorUrl("/sms"));

        // Other settings may change without them; a move with the secrets given again is accepted.
        configure(
                GENK,
                "sms",
                "channel-sms",
                Json.createObjectBuilder().add("baseUrl", vendorUrl("/sms")).add("sender", "GENKPARK"),
                Json.createObjectBuilder());
        configure(
                GENK,
                "sms",
                "channel-sms",
                Json.createObjectBuilder()
                        .add("baseUrl", vendorUrl("/elsewhere"))
                        .add("sender", "GENK"),
                Json.createObjectBuilder().add("apiKey", "genk-sms-key-2").add("webhookSecret", SMS_SECRET));
    }

    // ---------------------------------------------------------------------------------------------------------------

    void configure(String nis, String slot, String providerId, JsonObjectBuilder config, JsonObjectBuilder secrets) {
        Api.Reply reply = api.put(
                "/api/v1/tenants/" + nis + "/plugins/" + slot,
                ItTokens.operator(),
                Json.createObjectBuilder()
                        .add("providerId", providerId)
                        .add("config", config)
                        .add("secrets", secrets)
                        .build());
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
    }

    static JsonObject payment(long cents, String description, String rrn) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("amountCents", cents)
                .add("description", description)
                .add("returnUrl", "https://www.example.be/betaald");
        if (rrn != null) {
            body.add("citizenRrn", rrn);
        }
        return body.build();
    }

    Api.Reply createPayment(String nis, String key, JsonObject body) {
        return api.exchange(
                "POST",
                "/api/v1/tenants/" + nis + "/payments",
                ItTokens.valid("clerk", nis),
                Map.of("Content-Type", "application/json", "Accept", "application/json", "Idempotency-Key", key),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    Api.Reply createLink(String nis, String key, JsonObject body) {
        return api.exchange(
                "POST",
                "/api/v1/tenants/" + nis + "/payment-links",
                ItTokens.valid("clerk", nis),
                Map.of("Content-Type", "application/json", "Accept", "application/json", "Idempotency-Key", key),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    Api.Reply refund(String nis, String id, String key, long cents) {
        return api.exchange(
                "POST",
                "/api/v1/tenants/" + nis + "/payments/" + id + "/refunds",
                ItTokens.valid("admin", nis),
                Map.of("Content-Type", "application/json", "Accept", "application/json", "Idempotency-Key", key),
                ("{\"amountCents\":" + cents + "}").getBytes(StandardCharsets.UTF_8));
    }

    String status(String nis, String id) {
        return api.get("/api/v1/tenants/" + nis + "/payments/" + id, ItTokens.valid("clerk", nis))
                .json()
                .getString("status");
    }

    String providerPaymentId(String nis, String id) {
        return api.get("/api/v1/tenants/" + nis + "/payments/" + id, ItTokens.valid("clerk", nis))
                .json()
                .getString("providerPaymentId");
    }

    String checkoutOf(String nis, String id) {
        return api.get("/api/v1/tenants/" + nis + "/payments/" + id, ItTokens.valid("clerk", nis))
                .json()
                .getString("checkoutUrl");
    }

    long statusChanges(String nis, String id) {
        return api
                .get(
                        "/api/v1/tenants/" + nis + "/audit?entityType=payment&entityId=" + id,
                        ItTokens.valid("admin", nis))
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("action").equals("status"))
                .count();
    }

    Api.Reply message(String nis, String channel, JsonObjectBuilder recipient, String dedupeKey) {
        JsonObject body = Json.createObjectBuilder()
                .add("channel", channel)
                .add("recipient", recipient)
                .add("template", "payment-request")
                .add("dedupeKey", dedupeKey)
                .add(
                        "parameters",
                        Json.createObjectBuilder()
                                .add("subject", "Betaalverzoek bewonerskaart")
                                .add("body", "Betaal 24,50 euro met referentie +++090/9337/55493+++.")
                                .add("amount", "24,50")
                                .add("reference", "+++090/9337/55493+++")
                                .add("paymentUrl", "https://www.example.be/p/1"))
                .build();
        return api.post("/api/v1/tenants/" + nis + "/messages", ItTokens.valid("clerk", nis), body);
    }

    String messageStatus(String nis, String id) {
        return api.get("/api/v1/tenants/" + nis + "/messages/" + id, ItTokens.valid("clerk", nis))
                .json()
                .getString("status");
    }

    int attempts(String nis, String id) {
        return api.get("/api/v1/tenants/" + nis + "/messages/" + id, ItTokens.valid("clerk", nis))
                .json()
                .getInt("attempts");
    }

    Api.Reply signedSms(String nis, byte[] body, String secret) {
        return api.exchange(
                "POST",
                "/api/v1/callbacks/" + nis + "/sms",
                null,
                Map.of("Content-Type", "application/json", "X-Signature", "sha256=" + hmac(secret, body)),
                body);
    }

    Api.Reply scanBatch(String nis, byte[] body, String secret) {
        long t = Instant.now().getEpochSecond();
        byte[] signed = (t + "." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return api.exchange(
                "POST",
                "/api/v1/callbacks/" + nis + "/enforcement",
                null,
                Map.of(
                        "Content-Type",
                        "application/json",
                        "X-Scanfeed-Signature",
                        "t=" + t + ",v1=" + hmac(secret, signed)),
                body);
    }

    Api.Reply sandboxWebhook(String nis, byte[] body, String secret) {
        return api.exchange(
                "POST",
                "/api/v1/callbacks/" + nis + "/payment",
                null,
                Map.of("Content-Type", "application/json", "X-Sandbox-Signature", "sha256=" + hmac(secret, body)),
                body);
    }

    Api.Reply mollieWebhook(String nis, String id) {
        return api.exchange(
                "POST",
                "/api/v1/callbacks/" + nis + "/payment",
                null,
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                ("id=" + id).getBytes(StandardCharsets.UTF_8));
    }

    void awaitCallbacksProcessed(String nis) {
        await(
                "every callback of " + nis + " processed",
                () -> count("select count(*) from inbound_event where tenant_id = '" + nis
                                + "' and status = 'RECEIVED'")
                        == 0);
    }

    static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the platform's tables as the database owner (bypassing row-level security), to check what was stored. */
    static long count(String sql) {
        try (Connection connection = ItDatabase.adminConnection(ItDatabase.NAME);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static void await(String what, Supplier<Boolean> condition) {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> Boolean.TRUE.equals(condition.get()));
    }
}
