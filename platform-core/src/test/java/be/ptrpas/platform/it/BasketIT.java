package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ptrpas.platform.it.clock.ItClock;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paying from the pass through the real platform on PostgreSQL: a basket of items in Genk and Antwerpen becomes one
 * sandbox payment per municipality, each paid through its own checkout, each item settled once whatever the webhooks
 * do; every bad basket is refused with nothing made; a citizen's payments and receipts are theirs alone; a scan
 * charge reaches its holder's pass, is paid from it, cancelled and refunded, and the pass shows each step.
 */
class BasketIT extends DeployedPlatform {

    static final String GENK = "71016";
    static final String ANTWERPEN = "11002";
    static final String HASSELT = "71022";
    static final String GENK_SECRET = "basket-it-genk-sandbox-secret";
    static final String ANTWERPEN_SECRET = "basket-it-antwerpen-sandbox-secret";
    static final String SCAN_SECRET = "basket-it-scan-secret-0123456789";
    static final String BASKETS = "/api/v1/me/pass/baskets";

    /** The reference of each GAS fine this test registered, by the fine's id. */
    final Map<String, String> references = new java.util.HashMap<>();

    @BeforeEach
    void sandboxes() {
        sandbox(GENK, GENK_SECRET);
        sandbox(ANTWERPEN, ANTWERPEN_SECRET);
    }

    @Test
    void aBasketInTwoMunicipalitiesIsPaidThroughEachCheckoutAndSettlesEachItemOnce() throws Exception {
        String person = DisabledCardIT.nationalNumber();
        String token = ItTokens.citizen(person);
        String genkFirst = gasFine(GENK, person);
        String antwerpenFine = gasFine(ANTWERPEN, person);
        String genkSecond = gasFine(GENK, person);
        Map<String, JsonObject> items = passItems(token);
        String a = itemOf(items, genkFirst);
        String b = itemOf(items, antwerpenFine);
        String c = itemOf(items, genkSecond);
        long genkDue = due(of(items, genkFirst)) + due(of(items, genkSecond));
        long antwerpenDue = due(of(items, antwerpenFine));

        String key = "basket-" + UUID.randomUUID();
        Api.Reply created = basket(token, key, List.of(a, b, c), null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Cache-Control").orElse(""))
                .contains("no-store");
        JsonObject basket = created.json();
        String basketId = basket.getString("id");
        assertThat(basket.getString("status")).isEqualTo("OPEN");
        assertThat(basket.getJsonNumber("totalCents").longValue()).isEqualTo(genkDue + antwerpenDue);
        List<JsonObject> payments = basket.getJsonArray("payments").getValuesAs(JsonObject.class);
        assertThat(payments).hasSize(2);
        JsonObject genkPayment = payments.get(0);
        JsonObject antwerpenPayment = payments.get(1);
        assertThat(genkPayment.getJsonObject("municipality").getString("nisCode"))
                .isEqualTo(GENK);
        assertThat(genkPayment.getJsonObject("municipality").getString("name")).isNotBlank();
        assertThat(genkPayment.getJsonNumber("amountCents").longValue()).isEqualTo(genkDue);
        assertThat(strings(genkPayment, "items")).containsExactly(a, c);
        assertThat(genkPayment.getString("status")).isEqualTo("OPEN");
        assertThat(genkPayment.getString("checkoutUrl"))
                .startsWith(api.base() + "/api/v1/pages/" + GENK + "/payment/checkout/");
        assertThat(antwerpenPayment.getJsonObject("municipality").getString("nisCode"))
                .isEqualTo(ANTWERPEN);
        assertThat(strings(antwerpenPayment, "items")).containsExactly(b);
        String genkPaymentId = genkPayment.getString("id");
        String antwerpenPaymentId = antwerpenPayment.getString("id");

        // The same key: the same basket, and no provider asked again (one payment per municipality for it).
        Api.Reply again = basket(token, key, List.of(a, b, c), null);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getString("id")).isEqualTo(basketId);
        assertThat(again.json().getJsonArray("payments").getJsonObject(0).getString("id"))
                .isEqualTo(genkPaymentId);
        assertThat(count("select count(*) from payment where basket_id = ?", basketId))
                .isEqualTo(2);
        assertThat(count("select count(*) from payment_item where payment_id = ?", genkPaymentId))
                .isEqualTo(2);
        // The same key for other items is refused, and makes nothing.
        Api.Reply reused = basket(token, key, List.of(a), null);
        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.problemType()).endsWith("/idempotency-key-reused");
        // An item of an open checkout cannot go into another basket meanwhile.
        Api.Reply twice = basket(token, "basket-" + UUID.randomUUID(), List.of(c), null);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.problemType()).endsWith("/basket-item-being-paid");

        // Genk's checkout, paid: it returns to the basket's page, and the basket is partly paid.
        Api.Reply paid = choose(genkPayment.getString("checkoutUrl"), "paid");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(303);
        assertThat(paid.raw().headers().firstValue("Location").orElseThrow())
                .startsWith(api.base() + "/pass/baskets/" + basketId);
        awaitBasket(token, basketId, "PARTLY_PAID");
        Map<String, JsonObject> now = passItems(token);
        assertThat(of(now, genkFirst).getString("money")).isEqualTo("PAID");
        assertThat(of(now, genkSecond).getString("money")).isEqualTo("PAID");
        assertThat(of(now, antwerpenFine).getString("money")).isEqualTo("OPEN");

        // Genk's webhook again and again, and stale news after it: nothing moves twice.
        String providerId = providerPaymentId(GENK, genkPaymentId);
        byte[] webhook = ("{\"id\":\"" + providerId + "\",\"status\":\"paid\",\"eventId\":\"evt-basket\"}")
                .getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            replies.add(pool.submit(() -> sandboxWebhook(GENK, webhook, GENK_SECRET)));
        }
        for (Future<Api.Reply> reply : replies) {
            assertThat(reply.get().status()).isEqualTo(200);
        }
        pool.shutdown();
        for (String word : List.of("open", "canceled", "expired", "failed", "paid")) {
            byte[] stale =
                    ("{\"id\":\"" + providerId + "\",\"status\":\"" + word + "\"}").getBytes(StandardCharsets.UTF_8);
            assertThat(sandboxWebhook(GENK, stale, GENK_SECRET).status()).isEqualTo(200);
        }
        awaitCallbacksProcessed(GENK);
        assertThat(paymentStatusChanges(GENK, genkPaymentId)).isEqualTo(1);
        for (String fine : List.of(genkFirst, genkSecond)) {
            assertThat(gasFineEvents(GENK, fine))
                    .as("fine " + fine + " paid once")
                    .containsExactly("REGISTER", "NOTIFY", "PAY");
        }

        // Antwerpen's checkout: the basket is paid.
        assertThat(choose(antwerpenPayment.getString("checkoutUrl"), "paid").status())
                .isEqualTo(303);
        JsonObject done = awaitBasket(token, basketId, "PAID");
        assertThat(done.getJsonArray("payments").getValuesAs(JsonObject.class))
                .allSatisfy(p -> assertThat(p.getString("status")).isEqualTo("PAID"));
        assertThat(of(passItems(token), antwerpenFine).getString("money")).isEqualTo("PAID");
        assertThat(gasFineEvents(ANTWERPEN, antwerpenFine)).containsExactly("REGISTER", "NOTIFY", "PAY");

        // The citizen's own payment, and its receipt.
        Api.Reply mine = api.get("/api/v1/me/payments/" + genkPaymentId, token);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().getString("status")).isEqualTo("PAID");
        assertThat(mine.json().getJsonNumber("amountCents").longValue()).isEqualTo(genkDue);
        assertThat(mine.json().getJsonObject("municipality").getString("nisCode"))
                .isEqualTo(GENK);
        assertThat(mine.json().getString("paidAt")).isNotBlank();
        assertThat(strings(mine.json(), "items")).containsExactly(a, c);
        String receiptUrl = mine.json().getString("receiptUrl");
        assertThat(receiptUrl).isEqualTo("/api/v1/me/payments/" + genkPaymentId + "/receipt");
        HttpResponse<byte[]> receipt = pdf(receiptUrl, token);
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(receipt.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(genkPaymentId);
            assertThat(text.replaceAll("\\s", "")).contains(of(items, genkFirst).getString("structuredReference"));
        }

        // Nobody else's: another citizen, a company the person does not act for, and staff get nothing.
        String stranger = ItTokens.citizen(DisabledCardIT.nationalNumber());
        for (String path : List.of(
                BASKETS + "/" + basketId,
                "/api/v1/me/payments/" + genkPaymentId,
                "/api/v1/me/payments/" + genkPaymentId + "/receipt")) {
            Api.Reply foreign = api.get(path, stranger);
            assertThat(foreign.status()).as(path).isEqualTo(404);
            assertThat(foreign.isProblem()).isTrue();
            assertThat(foreign.body()).doesNotContain(person);
            assertThat(api.get(path, ItTokens.of("clerk", GENK)).status())
                    .as(path)
                    .isEqualTo(403);
        }
        assertThat(api.get(BASKETS + "/" + basketId + "?company=" + PassIT.COMPANY, token)
                        .status())
                .isEqualTo(403);
        // A paid item cannot be paid again.
        Api.Reply paidAgain = basket(token, "basket-" + UUID.randomUUID(), List.of(a), null);
        assertThat(paidAgain.status()).as(paidAgain.toString()).isEqualTo(409);
        assertThat(paidAgain.problemType()).endsWith("/basket-item-paid");
        assertThat(paidAgain.body()).contains(a);
    }

    @Test
    void badBasketsAreRefusedClearlyAndMakeNothing() {
        String person = DisabledCardIT.nationalNumber();
        String token = ItTokens.citizen(person);
        String genkFine = gasFine(GENK, person);
        String hasseltFine = gasFine(HASSELT, person);
        String other = DisabledCardIT.nationalNumber();
        gasFine(GENK, other);
        Api.Reply permit = api.exchange(
                "POST",
                "/api/v1/tenants/" + GENK + "/iod-permits",
                ItTokens.of("clerk", GENK),
                Map.of("Content-Type", "application/json", "Idempotency-Key", "iod-" + UUID.randomUUID()),
                PassIT.permitBody(
                                "IOD-" + UUID.randomUUID().toString().substring(0, 8),
                                "Els Maes",
                                person,
                                null,
                                Instant.now(),
                                10)
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(permit.status()).as(permit.toString()).isEqualTo(201);
        Map<String, JsonObject> items = passItems(token);
        String genkItem = itemOf(items, genkFine);
        String hasseltItem = itemOf(items, hasseltFine);
        String permitItem = api.get("/api/v1/me/pass?kind=IOD_PERMIT", token)
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
        String othersItem = api.get("/api/v1/me/pass?kind=GAS_FINE", ItTokens.citizen(other))
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
        long paymentsBefore = count("select count(*) from payment where basket_id is not null", null);
        long basketsBefore = count("select count(*) from pass_basket", null);

        Api.Reply noKey = api.exchange(
                "POST",
                BASKETS,
                token,
                Map.of("Content-Type", "application/json"),
                body(List.of(genkItem), null).getBytes(StandardCharsets.UTF_8));
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.body()).contains("Idempotency-Key");

        Api.Reply empty = basket(token, "basket-" + UUID.randomUUID(), List.of(), null);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.problemType()).endsWith("/validation");
        assertThat(empty.body()).contains("items");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(UUID.randomUUID().toString());
        }
        Api.Reply tooMany = basket(token, "basket-" + UUID.randomUUID(), many, null);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("at most 50");
        assertThat(basket(token, "basket-" + UUID.randomUUID(), List.of(genkItem, genkItem), null)
                        .status())
                .isEqualTo(400);
        Api.Reply unknownField = api.exchange(
                "POST",
                BASKETS,
                token,
                Map.of("Content-Type", "application/json", "Idempotency-Key", "basket-" + UUID.randomUUID()),
                "{\"items\":[],\"amount\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(unknownField.status()).isEqualTo(400);

        // Someone else's item and an id that exists nowhere read alike: not on your pass.
        String unknown = UUID.randomUUID().toString();
        Api.Reply foreign = basket(token, "basket-" + UUID.randomUUID(), List.of(genkItem, othersItem), null);
        Api.Reply nowhere = basket(token, "basket-" + UUID.randomUUID(), List.of(genkItem, unknown), null);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(foreign.json().getString("detail").replace(othersItem, "ID"))
                .isEqualTo(nowhere.json().getString("detail").replace(unknown, "ID"));

        Api.Reply noMoney = basket(token, "basket-" + UUID.randomUUID(), List.of(genkItem, permitItem), null);
        assertThat(noMoney.status()).as(noMoney.toString()).isEqualTo(422);
        assertThat(noMoney.problemType()).endsWith("/basket-item-not-payable");

        Api.Reply company = basket(token, "basket-" + UUID.randomUUID(), List.of(genkItem), PassIT.COMPANY);
        assertThat(company.status()).isEqualTo(403);

        // Hasselt takes no online payments: nothing is made in Genk either.
        Api.Reply removed = api.delete("/api/v1/tenants/" + HASSELT + "/plugins/payment", ItTokens.operator());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        Api.Reply noProvider = basket(token, "basket-" + UUID.randomUUID(), List.of(genkItem, hasseltItem), null);
        assertThat(noProvider.status()).as(noProvider.toString()).isEqualTo(409);
        assertThat(noProvider.problemType()).endsWith("/plugin-not-configured");
        assertThat(noProvider.json().getString("detail")).contains(HASSELT).contains("Nothing was paid");

        assertThat(count("select count(*) from payment where basket_id is not null", null))
                .as("no payment made by any refused basket")
                .isEqualTo(paymentsBefore);
        assertThat(count("select count(*) from pass_basket", null)).isEqualTo(basketsBefore);
        // Genk's item alone is still payable.
        assertThat(basket(token, "basket-" + UUID.randomUUID(), List.of(genkItem), null)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aCheckoutThatExpiredStaysExpiredWhateverTheWebhookClaims() {
        String person = DisabledCardIT.nationalNumber();
        String token = ItTokens.citizen(person);
        String fine = gasFine(GENK, person);
        String item = itemOf(passItems(token), fine);
        JsonObject basket = basket(token, "basket-" + UUID.randomUUID(), List.of(item), null)
                .json();
        String paymentId = basket.getJsonArray("payments").getJsonObject(0).getString("id");
        String providerId = providerPaymentId(GENK, paymentId);
        ItClock clock = new ItClock(api);
        try {
            clock.moveTo(Duration.ofHours(2)); // the sandbox's checkout stays open for an hour
            byte[] claim = ("{\"id\":\"" + providerId + "\",\"status\":\"paid\"}").getBytes(StandardCharsets.UTF_8);
            assertThat(sandboxWebhook(GENK, claim, GENK_SECRET).status()).isEqualTo(200);
            awaitBasket(token, basket.getString("id"), "EXPIRED");
            assertThat(sandboxWebhook(GENK, claim, GENK_SECRET).status()).isEqualTo(200);
            awaitCallbacksProcessed(GENK);
            assertThat(api.get(BASKETS + "/" + basket.getString("id"), token)
                            .json()
                            .getString("status"))
                    .isEqualTo("EXPIRED");
            assertThat(of(passItems(token), fine).getString("money")).isEqualTo("OPEN");
            assertThat(gasFineEvents(GENK, fine)).containsExactly("REGISTER", "NOTIFY");
            // The expired checkout no longer holds the item: a new basket pays it.
            Api.Reply next = basket(token, "basket-" + UUID.randomUUID(), List.of(item), null);
            assertThat(next.status()).as(next.toString()).isEqualTo(201);
            Api.Reply receipt = api.get("/api/v1/me/payments/" + paymentId + "/receipt", token);
            assertThat(receipt.status()).isEqualTo(409);
            assertThat(receipt.problemType()).endsWith("/payment-not-paid");
        } finally {
            clock.reset();
        }
    }

    @Test
    void aScanChargeReachesItsHoldersPassIsPaidFromItThenCancelledAndRefunded() {
        Api.Reply scanfeed = api.put(
                "/api/v1/tenants/" + GENK + "/plugins/enforcement",
                ItTokens.operator(),
                Json.createObjectBuilder()
                        .add("providerId", "enforcement-scanfeed")
                        .add("config", Json.createObjectBuilder())
                        .add("secrets", Json.createObjectBuilder().add("signingSecret", SCAN_SECRET))
                        .build());
        assertThat(scanfeed.status()).as(scanfeed.toString()).isIn(200, 201);
        double[] spot = new EnforcementIT.Points(api).inside(GENK, ScanEnforcementIT.PAID);
        LocalDate day = ScanEnforcementIT.paidDayAfterAPaidDay();
        Instant seen = day.atTime(11, 0).atZone(ZoneId.of("Europe/Brussels")).toInstant();
        String batchId = "basket-it-" + UUID.randomUUID();
        JsonArrayBuilder observations = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("observationId", batchId + "-an")
                        .add("plate", ScanEnforcementIT.AN_PEETERS_CAR)
                        .add("country", "BE")
                        .add("observedAt", seen.toString())
                        .add("lat", spot[1])
                        .add("lon", spot[0])
                        .add("photoRef", "photo-" + batchId));
        byte[] batch = Json.createObjectBuilder()
                .add("batchId", batchId)
                .add("deviceId", "genk-scan-basket")
                .add("observations", observations)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(scanBatch(batch).status()).isEqualTo(200);

        // The register names An Peeters as the holder: the retribution reaches her pass, open.
        String token = ItTokens.citizen(ScanEnforcementIT.AN_PEETERS);
        JsonObject item = await("the retribution on its holder's pass")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> api
                                .get("/api/v1/me/pass?kind=RETRIBUTION&municipality=" + GENK, token)
                                .json()
                                .getJsonArray("items")
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(i -> "OPEN".equals(i.getString("money", "")))
                                .findFirst()
                                .orElse(null),
                        i -> i != null);
        assertThat(item.getJsonNumber("amountDue").bigDecimalValue()).isEqualByComparingTo("25.00");
        String itemId = item.getString("id");

        // Paid through a basket of one: the payment quotes the retribution's own reference.
        JsonObject basket = basket(token, "basket-" + UUID.randomUUID(), List.of(itemId), null)
                .json();
        JsonObject payment = basket.getJsonArray("payments").getJsonObject(0);
        assertThat(payment.getJsonNumber("amountCents").longValue()).isEqualTo(2500);
        assertThat(choose(payment.getString("checkoutUrl"), "paid").status()).isEqualTo(303);
        awaitBasket(token, basket.getString("id"), "PAID");
        awaitMoney(token, itemId, "PAID");
        String retribution = retributionWithReference(item.getString("structuredReference"));

        // An objection upheld: the clerk cancels the paid retribution; its money is to be paid back.
        Api.Reply cancelled = api.post(
                "/api/v1/tenants/" + GENK + "/retributions/" + retribution + "/review",
                ItTokens.of("clerk", GENK),
                "{\"decision\":\"CANCEL\",\"note\":\"bezwaar gegrond\"}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        JsonObject pending = awaitMoney(token, itemId, "REFUND_PENDING");
        assertThat(pending.getJsonObject("item").getString("status")).isEqualTo("CANCELLED");

        // The admin refunds the payment: the pass shows it refunded.
        Api.Reply refund = api.exchange(
                "POST",
                "/api/v1/tenants/" + GENK + "/payments/" + payment.getString("id") + "/refunds",
                ItTokens.of("admin", GENK),
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json",
                        "Idempotency-Key",
                        "refund-" + UUID.randomUUID()),
                "{\"amountCents\":2500}".getBytes(StandardCharsets.UTF_8));
        assertThat(refund.status()).as(refund.toString()).isEqualTo(200);
        JsonObject refunded = awaitMoney(token, itemId, "REFUNDED");
        assertThat(refunded.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("money", ""))
                .containsSubsequence("OPEN", "PAID", "REFUND_PENDING", "REFUNDED");
        assertThat(api.get("/api/v1/me/payments/" + payment.getString("id"), token)
                        .json()
                        .getString("status"))
                .isEqualTo("REFUNDED");
    }

    @Test
    void aPaymentWithoutAReturnAddressReturnsThePayerToItsPageOnThePass() {
        Api.Reply created = api.exchange(
                "POST",
                "/api/v1/tenants/" + GENK + "/payments",
                ItTokens.of("clerk", GENK),
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json",
                        "Idempotency-Key",
                        "no-return-" + UUID.randomUUID()),
                "{\"amountCents\":1200,\"description\":\"Bezoekerskaart\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Reply paid = choose(created.json().getString("checkoutUrl"), "paid");
        assertThat(paid.status()).as(paid.toString()).isEqualTo(303);
        assertThat(paid.raw().headers().firstValue("Location").orElseThrow())
                .startsWith(api.base() + "/pass/payments/" + created.json().getString("id"));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    void sandbox(String nis, String secret) {
        Api.Reply reply = api.put(
                "/api/v1/tenants/" + nis + "/plugins/payment",
                ItTokens.operator(),
                Json.createObjectBuilder()
                        .add("providerId", "payment-sandbox")
                        .add("config", Json.createObjectBuilder().add("checkoutTitle", "Betalen " + nis))
                        .add("secrets", Json.createObjectBuilder().add("signingSecret", secret))
                        .build());
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
    }

    /** A notified GAS 4 fine addressed to the person; answers its id. */
    String gasFine(String nis, String person) {
        Map<String, String> headers =
                Map.of("Content-Type", "application/json", "Accept", "application/json", "Idempotency-Key", "");
        Api.Reply registered = api.exchange(
                "POST",
                GasFineIT.fines(nis),
                ItTokens.of("clerk", nis),
                with(headers, "gas-" + UUID.randomUUID()),
                GasFineIT.gas4(
                                "GAS4_CAT1",
                                EnforcementIT.freshPlate(),
                                Instant.now().minus(Duration.ofDays(2)),
                                person)
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().getString("id");
        references.put(id, registered.json().getString("reference"));
        Api.Reply notified = api.exchange(
                "POST",
                GasFineIT.fines(nis) + "/" + id + "/notification",
                ItTokens.of("clerk", nis),
                with(headers, "notify-" + UUID.randomUUID()),
                "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(notified.status()).as(notified.toString()).isEqualTo(200);
        return id;
    }

    static Map<String, String> with(Map<String, String> headers, String key) {
        Map<String, String> copy = new java.util.HashMap<>(headers);
        copy.put("Idempotency-Key", key);
        return copy;
    }

    /** The person's GAS fines on their pass, by the fine's reference. */
    Map<String, JsonObject> passItems(String token) {
        Api.Reply pass = api.get("/api/v1/me/pass?kind=GAS_FINE&limit=100", token);
        assertThat(pass.status()).as(pass.toString()).isEqualTo(200);
        Map<String, JsonObject> byReference = new java.util.HashMap<>();
        for (JsonObject item : pass.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            byReference.put(item.getString("reference"), item);
        }
        return byReference;
    }

    String itemOf(Map<String, JsonObject> items, String fineId) {
        return of(items, fineId).getString("id");
    }

    /** The pass item of a fine this test registered. */
    JsonObject of(Map<String, JsonObject> items, String fineId) {
        String reference = references.get(fineId);
        assertThat(items).as("the pass has fine " + reference).containsKey(reference);
        return items.get(reference);
    }

    static long due(JsonObject item) {
        return item.getJsonNumber("amountDue")
                .bigDecimalValue()
                .movePointRight(2)
                .longValueExact();
    }

    static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    static String body(List<String> items, String company) {
        var builder = Json.createObjectBuilder();
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(array::add);
        builder.add("items", array);
        if (company != null) {
            builder.add("company", company);
        }
        return builder.build().toString();
    }

    Api.Reply basket(String token, String key, List<String> items, String company) {
        return api.exchange(
                "POST",
                BASKETS,
                token,
                Map.of("Content-Type", "application/json", "Accept", "application/json", "Idempotency-Key", key),
                body(items, company).getBytes(StandardCharsets.UTF_8));
    }

    JsonObject awaitBasket(String token, String id, String status) {
        return await("basket " + status)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(BASKETS + "/" + id, token).json(), b -> status.equals(b.getString("status")));
    }

    JsonObject awaitMoney(String token, String itemId, String money) {
        Predicate<JsonObject> reached =
                d -> money.equals(d.getJsonObject("item").getString("money", ""));
        return await("item " + money)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/v1/me/pass/items/" + itemId, token).json(), reached::test);
    }

    Api.Reply choose(String checkoutUrl, String outcome) {
        return api.exchange(
                "POST",
                checkoutUrl,
                null,
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                ("outcome=" + outcome).getBytes(StandardCharsets.UTF_8));
    }

    String providerPaymentId(String nis, String id) {
        return api.get("/api/v1/tenants/" + nis + "/payments/" + id, ItTokens.of("clerk", nis))
                .json()
                .getString("providerPaymentId");
    }

    long paymentStatusChanges(String nis, String id) {
        return api
                .get("/api/v1/tenants/" + nis + "/audit?entityType=payment&entityId=" + id, ItTokens.of("admin", nis))
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("action").equals("status"))
                .count();
    }

    List<String> gasFineEvents(String nis, String fineId) {
        return api
                .get(GasFineIT.fines(nis) + "/" + fineId, ItTokens.of("clerk", nis))
                .json()
                .getJsonArray("events")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(e -> e.getString("action"))
                .toList();
    }

    String retributionWithReference(String formatted) {
        String digits = formatted.replaceAll("\\D", "");
        return api
                .get("/api/v1/tenants/" + GENK + "/retributions?limit=1000", ItTokens.of("clerk", GENK))
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(r ->
                        r.getString("paymentReference").replaceAll("\\D", "").equals(digits))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    HttpResponse<byte[]> pdf(String path, String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(api.base() + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/pdf")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    Api.Reply sandboxWebhook(String nis, byte[] body, String secret) {
        return api.exchange(
                "POST",
                "/api/v1/callbacks/" + nis + "/payment",
                null,
                Map.of(
                        "Content-Type",
                        "application/json",
                        "X-Sandbox-Signature",
                        "sha256=" + PluginRuntimeIT.hmac(secret, body)),
                body);
    }

    Api.Reply scanBatch(byte[] body) {
        long t = Instant.now().getEpochSecond();
        byte[] signed = (t + "." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return api.exchange(
                "POST",
                "/api/v1/callbacks/" + GENK + "/enforcement",
                null,
                Map.of(
                        "Content-Type",
                        "application/json",
                        "X-Scanfeed-Signature",
                        "t=" + t + ",v1=" + ScanEnforcementIT.hmac(SCAN_SECRET, signed)),
                body);
    }

    void awaitCallbacksProcessed(String nis) {
        await("every callback of " + nis + " processed")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() ->
                        count("select count(*) from inbound_event where tenant_id = ? and status = 'RECEIVED'", nis)
                                == 0);
    }

    /** Counts rows as the database owner (row-level security does not apply), to check what was stored. */
    static long count(String sql, String parameter) {
        try (Connection connection = ItDatabase.adminConnection(ItDatabase.NAME);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
