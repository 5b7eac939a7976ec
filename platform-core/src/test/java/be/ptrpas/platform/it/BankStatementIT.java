package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ptrpas.platform.banking.Camt053Parser;
import be.ptrpas.platform.banking.StatementFiles;
import be.ptrpas.platform.security.Roles;
import be.ptrpas.spi.belgian.StructuredReference;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Bank statements (camt.053) through the real platform on PostgreSQL: transfers settle the municipality's payments by
 * their structured reference (in full, partly, too much, reversed), everything else waits on the review list, a file
 * sent again changes nothing, refused files leave nothing applied, and no municipality touches another's.
 */
class BankStatementIT extends DeployedPlatform {

    static final String GENK = "71016";
    static final String ANTWERPEN = "11002";
    static final String GENK_IBAN = "BE68539007547034";
    static final String ANTWERPEN_IBAN = "BE43068999999501";

    @Test
    void transfersSettleTheMunicipalitysPaymentsOnceAndTheRestWaitsForReview() {
        String admin = ItTokens.of(Roles.ADMIN, GENK);
        String clerk = ItTokens.of(Roles.CLERK, GENK);
        // The payments the references of camt053-v02-references.xml name.
        String full = payment(GENK, 2450, "202600000192");
        String partly = payment(GENK, 2000, "202600000293");
        String over = payment(GENK, 1000, "202600000394");
        String bare = payment(GENK, 3000, "202600000495");
        // Antwerpen's payment carries a reference that Genk's batch file below names too.
        String antwerpens = payment(ANTWERPEN, 2450, "202600000596");

        Api.Reply imported = importFile(GENK, admin, StatementFiles.fixtureBytes("camt053-v02-references.xml"));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        List<JsonObject> entries = entries(imported);
        assertThat(entries)
                .extracting(e -> e.getString("outcome"))
                .containsExactly(
                        "SETTLED", "PARTLY_PAID", "OVERPAID", "SETTLED", "REVIEW", "REVIEW", "IGNORED", "REVIEW");
        assertThat(entries.get(0).getString("itemId")).isEqualTo(full);
        assertThat(entries.get(1).getJsonNumber("remainingCents").longValue()).isEqualTo(750);
        assertThat(entries.get(2).getJsonNumber("remainingCents").longValue()).isEqualTo(200);
        assertThat(entries.get(4).getString("reason")).contains("creditor reference RF18 5390 0754 7034");
        assertThat(entries.get(5).getString("reason")).contains("+++123/4567/89012+++ has a wrong check digit");
        assertThat(imported.body()).doesNotContain("JAN PEETERS", "BE71096123456769");

        JsonObject paid = get(GENK, full);
        assertThat(paid.getString("status")).isEqualTo("PAID");
        assertThat(paid.getJsonNumber("transferredCents").longValue()).isEqualTo(2450);
        assertThat(paid.getString("paidAt")).startsWith("2026-12-03T23:00:00");
        JsonObject partial = get(GENK, partly);
        assertThat(partial.getString("status")).isEqualTo("OPEN");
        assertThat(partial.getJsonNumber("transferredCents").longValue()).isEqualTo(1250);
        JsonObject overpaid = get(GENK, over);
        assertThat(overpaid.getString("status")).isEqualTo("PAID");
        assertThat(overpaid.getJsonNumber("overpaidCents").longValue()).isEqualTo(200);
        assertThat(get(GENK, bare).getString("status")).isEqualTo("PAID");

        // The same file again changes nothing: every entry a duplicate, the payments as they were.
        Map<String, JsonObject> before = Map.of(full, paid, partly, partial, over, overpaid);
        Api.Reply again = importFile(GENK, admin, StatementFiles.fixtureBytes("camt053-v02-references.xml"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(entries(again))
                .allSatisfy(e -> assertThat(e.getString("outcome")).isEqualTo("DUPLICATE"));
        assertThat(entries(again).get(0).getString("reason")).isEqualTo("imported before (SETTLED)");
        before.forEach((id, was) -> assertThat(get(GENK, id)).isEqualTo(was));

        // The review list: amount, date, payer and what they wrote; a read of personal data, audited.
        Instant since = Instant.now().minusSeconds(1);
        Api.Reply review = api.get("/api/v1/tenants/" + GENK + "/bank-statements/review?limit=1000", clerk);
        assertThat(review.status()).as(review.toString()).isEqualTo(200);
        Map<String, JsonObject> waiting = review.array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(w -> w.getString("entryKey"), w -> w));
        assertThat(waiting)
                .containsKeys(GENK_IBAN + "|A:0231000005", GENK_IBAN + "|A:0231000006", GENK_IBAN + "|A:0231000008")
                .doesNotContainKeys(GENK_IBAN + "|A:0231000001", GENK_IBAN + "|A:0231000007");
        JsonObject noReference = waiting.get(GENK_IBAN + "|A:0231000008");
        assertThat(noReference.getString("counterpartyName")).isEqualTo("SOFIE DE SMET");
        assertThat(noReference.getJsonNumber("amountCents").longValue()).isEqualTo(2000);
        assertThat(noReference.getString("bookingDate")).isEqualTo("2026-12-04");
        assertThat(noReference.getString("counterpartyIban")).isEqualTo("BE86001234567850");
        assertThat(noReference.getString("remittance")).isEqualTo("bewonerskaart De Smet straat 12");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api
                        .get("/api/v1/tenants/" + GENK + "/audit?kind=reads&entityType=bank-entry", admin)
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(r -> r.getString("actorRole").equals("clerk")
                                && !Instant.parse(r.getString("occurredAt")).isBefore(since)));
        // Every stored entry is in the audit trail as imported, with its outcome.
        Api.Reply trail = api.get("/api/v1/tenants/" + GENK + "/audit?entityType=bank-entry&limit=500", admin);
        assertThat(trail.body()).contains("\"import\"").contains("PARTLY_PAID");

        // A batch: one entry of three transfers and an amount-less header line; Antwerpen's reference is not Genk's.
        Api.Reply batch = importFile(GENK, admin, StatementFiles.fixtureBytes("camt053-v08-batch.xml"));
        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        assertThat(entries(batch))
                .extracting(e -> e.getString("outcome"), e -> e.getString("reference"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("REVIEW", "+++202/6000/00596+++"),
                        org.assertj.core.groups.Tuple.tuple("REVIEW", "+++202/6000/00697+++"),
                        org.assertj.core.groups.Tuple.tuple("REVIEW", "RF97 GENK 2026 A17"),
                        org.assertj.core.groups.Tuple.tuple("REVIEW", "+++202/6000/00701+++"));
        assertThat(get(ANTWERPEN, antwerpens).getString("status")).isEqualTo("OPEN");
        assertThat(get(ANTWERPEN, antwerpens).getJsonNumber("transferredCents").longValue())
                .isZero();
    }

    @Test
    void aReversalUndoesTheSettledCreditAndThePaymentIsDueAgain() {
        String admin = ItTokens.of(Roles.ADMIN, GENK);
        String reference = StructuredReference.of(3_000_000_000L + (long) (Math.random() * 1_000_000))
                .digits();
        String id = payment(GENK, 2450, reference);
        byte[] file = new String(StatementFiles.fixtureBytes("camt053-v05-reversal.xml"), StandardCharsets.UTF_8)
                .replace("202600000192", reference)
                .replace("BELF240-", "BELF240-" + reference + "-")
                .getBytes(StandardCharsets.UTF_8);

        Api.Reply imported = importFile(GENK, admin, file);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(entries(imported)).extracting(e -> e.getString("outcome")).containsExactly("SETTLED", "REVERSED");
        JsonObject payment = get(GENK, id);
        assertThat(payment.getString("status")).isEqualTo("OPEN");
        assertThat(payment.getJsonNumber("transferredCents").longValue()).isZero();
        assertThat(payment.get("paidAt")).as("no longer paid").isIn(null, JsonValue.NULL);
        Api.Reply trail = api.get("/api/v1/tenants/" + GENK + "/audit?entityType=payment&entityId=" + id, admin);
        assertThat(trail.body()).contains("bank-transfer-reversed", "bank-transfer", "status");
        // Sent again: nothing is reversed twice.
        assertThat(entries(importFile(GENK, admin, file)))
                .extracting(e -> e.getString("outcome"))
                .containsExactly("DUPLICATE", "DUPLICATE");
        assertThat(get(GENK, id).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void refusedFilesAreProblemsAndLeaveNothingApplied() {
        String admin = ItTokens.of(Roles.ADMIN, GENK);
        String reference = StructuredReference.of(4_000_000_000L + (long) (Math.random() * 1_000_000))
                .digits();
        String id = payment(GENK, 2450, reference);
        // The first entry would settle the payment; the second has three decimals: the whole file is refused.
        byte[] threeDecimals = new String(
                        StatementFiles.fixtureBytes("camt053-three-decimals.xml"), StandardCharsets.UTF_8)
                .replace("+++202/6000/00192+++", "+++" + reference + "+++")
                .getBytes(StandardCharsets.UTF_8);
        expectProblem(importFile(GENK, admin, threeDecimals), 422, "bank-statement-invalid-amount", "12.345");
        assertThat(get(GENK, id).getString("status")).isEqualTo("OPEN");
        assertThat(get(GENK, id).getJsonNumber("transferredCents").longValue()).isZero();

        expectProblem(
                importFile(GENK, admin, StatementFiles.fixtureBytes("camt052-wrong-namespace.xml")),
                422,
                "bank-statement-unsupported",
                "camt.052");
        expectProblem(
                importFile(GENK, admin, StatementFiles.fixtureBytes("camt053-truncated.xml")),
                400,
                "bank-statement-malformed",
                "not well-formed");
        expectProblem(
                importFile(GENK, admin, StatementFiles.fixtureBytes("camt053-xxe.xml")),
                400,
                "bank-statement-malformed",
                "DTD");
        expectProblem(
                importFile(GENK, admin, StatementFiles.fixtureBytes("camt053-conflicting-duplicate.xml")),
                409,
                "bank-statement-conflicting-entry",
                "BBRU-120");
        Api.Reply json = api.exchange(
                "POST",
                "/api/v1/tenants/" + GENK + "/bank-statements",
                admin,
                Map.of("Content-Type", "application/json"),
                "{}".getBytes(StandardCharsets.UTF_8));
        expectProblem(json, 415, "unsupported-media-type", "application/xml");
        // An entry imported once cannot come back with other content.
        byte[] once = new String(StatementFiles.fixtureBytes("camt053-v04-resent.xml"), StandardCharsets.UTF_8)
                .replace("BBRU-11", "BBRU-" + reference + "-11")
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply first = importFile(GENK, admin, once);
        assertThat(entries(first)).extracting(e -> e.getString("outcome")).contains("DUPLICATE");
        assertThat(entries(first).get(1).getString("reason")).isEqualTo("sent twice in this file");
        byte[] changed = new String(once, StandardCharsets.UTF_8)
                .replace("<Amt Ccy=\"EUR\">10.00</Amt>", "<Amt Ccy=\"EUR\">100.00</Amt>")
                .getBytes(StandardCharsets.UTF_8);
        expectProblem(importFile(GENK, admin, changed), 409, "bank-statement-conflicting-entry", "imported before");
    }

    @Test
    void noMunicipalityImportsIntoOrReadsAnothersStatements() {
        byte[] file = StatementFiles.forAccount("camt053-v02-references.xml", ANTWERPEN_IBAN);
        String genkAdmin = ItTokens.of(Roles.ADMIN, GENK);
        // Genk's own payment with a reference of the file: only Genk's import may settle it.
        String reference = StructuredReference.of(5_000_000_000L + (long) (Math.random() * 1_000_000))
                .digits();
        String genks = payment(GENK, 2450, reference);
        byte[] naming = new String(file, StandardCharsets.UTF_8)
                .replace("<Ref>202600000192</Ref>", "<Ref>" + reference + "</Ref>")
                .replace("0231000001", "ANT-" + reference)
                .getBytes(StandardCharsets.UTF_8);

        assertThat(importFile(GENK, ItTokens.of(Roles.ADMIN, ANTWERPEN), naming).status())
                .isEqualTo(404);
        assertThat(importFile(GENK, ItTokens.of(Roles.CLERK, GENK), naming).status())
                .isEqualTo(403);
        assertThat(importFile(GENK, ItTokens.citizen(), naming).status()).isEqualTo(403);
        assertThat(importFile(GENK, null, naming).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/tenants/" + GENK + "/bank-statements/review", ItTokens.of(Roles.ADMIN, ANTWERPEN))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/tenants/" + GENK + "/bank-statements/review", ItTokens.of(Roles.WARDEN, GENK))
                        .status())
                .isEqualTo(403);

        // Antwerpen imports a transfer with Genk's reference: it goes to Antwerpen's review, Genk's payment is
        // untouched.
        Api.Reply theirs = importFile(ANTWERPEN, ItTokens.of(Roles.ADMIN, ANTWERPEN), naming);
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(200);
        assertThat(entries(theirs).get(0).getString("outcome")).isEqualTo("REVIEW");
        assertThat(get(GENK, genks).getString("status")).isEqualTo("OPEN");
        assertThat(get(GENK, genks).getJsonNumber("transferredCents").longValue())
                .isZero();
        assertThat(api.get("/api/v1/tenants/" + GENK + "/bank-statements/review?limit=1000", genkAdmin)
                        .body())
                .doesNotContain("ANT-" + reference);
        // Genk's import of the same entries is Genk's own (keys are per municipality) and settles Genk's payment.
        Api.Reply ours = importFile(GENK, genkAdmin, naming);
        assertThat(entries(ours).get(0).getString("outcome")).isEqualTo("SETTLED");
        assertThat(get(GENK, genks).getString("status")).isEqualTo("PAID");
    }

    /**
     * A measurement, not a timed test: a large file (a tenth of its entries settling payments of the municipality, the
     * rest unknown references to review) parsed, imported over HTTP, and imported again; the times are printed, only
     * the outcomes are asserted. The suite imports 5,000 entries (it proves the path, at a small cost to CI); the
     * figure of docs/benchmarks.md is taken with {@code -Dptr.it.bank.entries=100000 -Dit.test=BankStatementIT}.
     */
    @Test
    void measuresALargeStatement() throws Exception {
        int entries = Integer.getInteger("ptr.it.bank.entries", 5_000);
        int matching = entries / 10;
        long first = 6_000_000_000L;
        insertPayments(ANTWERPEN, first, matching, 2450);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementFiles.write(
                out,
                "001.02",
                "BULK-" + UUID.randomUUID().toString().substring(0, 8),
                ANTWERPEN_IBAN,
                entries,
                first,
                2450,
                3);
        byte[] file = out.toByteArray();

        long parseStart = System.nanoTime();
        int[] parsed = {0};
        new Camt053Parser().parse(new ByteArrayInputStream(file), t -> parsed[0]++);
        long parseMillis = (System.nanoTime() - parseStart) / 1_000_000;
        assertThat(parsed[0]).isEqualTo(entries);

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(api.base() + "/api/v1/tenants/" + ANTWERPEN + "/bank-statements"))
                .timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + ItTokens.of(Roles.ADMIN, ANTWERPEN))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build();
        long importStart = System.nanoTime();
        HttpResponse<String> imported = http.send(request, HttpResponse.BodyHandlers.ofString());
        long importMillis = (System.nanoTime() - importStart) / 1_000_000;
        assertThat(imported.statusCode())
                .as(imported.body().substring(0, Math.min(500, imported.body().length())))
                .isEqualTo(200);
        JsonObject counts = Api.parse(imported.body()).getJsonObject("counts");
        assertThat(counts.getInt("SETTLED")).isEqualTo(matching);
        assertThat(counts.getInt("REVIEW")).isEqualTo(entries - matching);

        long againStart = System.nanoTime();
        HttpResponse<String> again = http.send(request, HttpResponse.BodyHandlers.ofString());
        long againMillis = (System.nanoTime() - againStart) / 1_000_000;
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Api.parse(again.body()).getJsonObject("counts").getInt("DUPLICATE"))
                .isEqualTo(entries);
        assertThat(paidCount(ANTWERPEN, first, matching)).isEqualTo(matching);

        System.out.printf(
                "%nBANK STATEMENT MEASUREMENT: %d entries, %.1f MB; parse %d ms; import over HTTP %d ms "
                        + "(%d settled, %d to review); import again %d ms (all duplicate)%n%n",
                entries,
                file.length / 1_000_000.0,
                parseMillis,
                importMillis,
                matching,
                entries - matching,
                againMillis);
    }

    private Api.Reply importFile(String nis, String token, byte[] file) {
        return api.exchange(
                "POST",
                "/api/v1/tenants/" + nis + "/bank-statements",
                token,
                Map.of("Content-Type", "application/xml", "Accept", "application/json"),
                file);
    }

    private static List<JsonObject> entries(Api.Reply reply) {
        return reply.json().getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    private static void expectProblem(Api.Reply reply, int status, String type, String detail) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        assertThat(reply.problemType()).endsWith("/" + type);
        assertThat(reply.json().getString("detail")).contains(detail);
    }

    private String payment(String nis, long cents, String reference) {
        Api.Reply created = api.exchange(
                "POST",
                "/api/v1/tenants/" + nis + "/payments",
                ItTokens.of(Roles.CLERK, nis),
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json",
                        "Idempotency-Key",
                        "bank-" + UUID.randomUUID()),
                Json.createObjectBuilder()
                        .add("amountCents", cents)
                        .add("description", "Bewonerskaart " + reference)
                        .add("structuredReference", reference)
                        .add("returnUrl", "http://127.0.0.1:" + System.getProperty("ptr.it.http.port") + "/betaald")
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    private JsonObject get(String nis, String id) {
        Api.Reply reply = api.get("/api/v1/tenants/" + nis + "/payments/" + id, ItTokens.of(Roles.CLERK, nis));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** Open payments straight into the database: 10,000 through a payment provider would measure the provider. */
    private static void insertPayments(String nis, long first, int count, long cents) throws Exception {
        try (Connection db = ItDatabase.adminConnection(ItDatabase.NAME);
                PreparedStatement insert = db.prepareStatement("insert into payment (id, tenant_id, kind, "
                        + "idempotency_key, plugin_id, provider_payment_id, amount_cents, currency, description, "
                        + "structured_reference, checkout_url, status, refunded_cents, transferred_cents, "
                        + "overpaid_cents, version, created_at, updated_at) values (?, ?, 'PAYMENT', ?, "
                        + "'payment-sandbox', ?, ?, 'EUR', 'bulk', ?, 'http://127.0.0.1/checkout', 'OPEN', 0, 0, 0, "
                        + "1, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                insert.setString(1, id);
                insert.setString(2, nis);
                insert.setString(3, "bulk-" + id);
                insert.setString(4, "bulk-" + id);
                insert.setLong(5, cents);
                insert.setString(6, StructuredReference.of(first + i).digits());
                insert.setTimestamp(7, now);
                insert.setTimestamp(8, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static int paidCount(String nis, long first, int count) throws Exception {
        try (Connection db = ItDatabase.adminConnection(ItDatabase.NAME);
                PreparedStatement query =
                        db.prepareStatement("select status, count(*) from payment where tenant_id = ? "
                                + "and description = 'bulk' and transferred_cents = amount_cents group by status")) {
            query.setString(1, nis);
            try (ResultSet result = query.executeQuery()) {
                Map<String, Integer> byStatus = new java.util.HashMap<>();
                while (result.next()) {
                    byStatus.put(result.getString(1), result.getInt(2));
                }
                assertThat(byStatus.keySet()).containsOnly("PAID");
                return byStatus.values().stream().collect(Collectors.summingInt(Integer::intValue));
            }
        }
    }
}
