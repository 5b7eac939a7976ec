package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The citizen's pass through the real platform on PostgreSQL: a person sees their items of every municipality and
 * nothing of anyone else's (a namesake, a company they do not act for), pages and filters in one vocabulary, follows
 * an item's timeline, and the database itself walls one holder's rows from another's.
 */
class PassIT extends DeployedPlatform {

    static final String COMPANY = "0207183486";
    /** The manager the demo enterprise register names for {@link #COMPANY}: company mode needs the register's word. */
    static final String COMPANY_MANAGER = "64031512217";

    @Test
    void aCitizenSeesAllTheirItemsInTenMunicipalitiesAndNothingOfAnyoneElse() throws Exception {
        String person = DisabledCardIT.nationalNumber();
        String namesake = DisabledCardIT.nationalNumber();
        List<String> towns = new ArrayList<>();
        Set<String> mine = new HashSet<>();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(30));
        for (int i = 0; i < 10; i++) {
            String nis = newMunicipality();
            towns.add(nis);
            // Each permit starts a day later, so the pass's order (newest first) is known.
            mine.add(iodPermit(nis, "Jan Janssens", person, null, start.plus(Duration.ofDays(i)), 90));
        }
        String theirs = iodPermit(towns.get(0), "Jan Janssens", namesake, null, start, 90);
        String company = iodPermit(towns.get(1), "Janssens Bouw nv", null, COMPANY, start, 90);

        String token = ItTokens.citizen(person);
        Api.Reply all = api.get("/api/v1/me/pass?limit=100", token);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        List<JsonObject> items = all.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).hasSize(10);
        assertThat(items.stream().map(i -> i.getString("id"))).doesNotHaveDuplicates();
        assertThat(items.stream().map(i -> i.getJsonObject("municipality").getString("nisCode")))
                .containsExactlyElementsOf(towns.reversed());
        assertThat(items.get(0).getJsonObject("municipality").getString("name"))
                .isEqualTo("Testgemeente " + towns.get(9));
        assertThat(items).allSatisfy(item -> {
            assertThat(item.getString("kind")).isEqualTo("IOD_PERMIT");
            assertThat(item.getString("status")).isEqualTo("HANDLED");
            assertThat(mine).contains(item.getString("reference"));
        });
        assertThat(all.body()).doesNotContain(theirs).doesNotContain(company).doesNotContain(person);
        assertThat(all.raw().headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        // Pages of three: every item once, in order, and a last page without a next cursor.
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Reply page = api.get("/api/v1/me/pass?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.json().getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> paged.add(i.getString("id")));
            cursor = page.json().getString("next", null);
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(4);
        assertThat(paged)
                .containsExactlyElementsOf(
                        items.stream().map(i -> i.getString("id")).toList());

        // Filters, in the one vocabulary.
        assertThat(count("/api/v1/me/pass?municipality=" + towns.get(3), token)).isEqualTo(1);
        assertThat(count("/api/v1/me/pass?kind=iod_permit,gas_fine", token)).isEqualTo(10);
        assertThat(count("/api/v1/me/pass?kind=RETRIBUTION", token)).isZero();
        assertThat(count("/api/v1/me/pass?status=HANDLED", token)).isEqualTo(10);
        assertThat(count("/api/v1/me/pass?status=EXPIRED&status=CANCELLED", token))
                .isZero();
        Api.Reply badFilter = api.get("/api/v1/me/pass?kind=PARKING&status=LOST&municipality=abc", token);
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.problemType()).endsWith("/validation");
        assertThat(badFilter.body()).contains("kind").contains("status").contains("municipality");
        assertThat(api.get("/api/v1/me/pass?cursor=not-a-cursor", token).status())
                .isEqualTo(400);

        // The namesake sees only their own; the item of one is not found for the other.
        Api.Reply other = api.get("/api/v1/me/pass", ItTokens.citizen(namesake));
        assertThat(other.json().getJsonArray("items")).hasSize(1);
        String othersItem = other.json().getJsonArray("items").getJsonObject(0).getString("id");
        Api.Reply foreign = api.get("/api/v1/me/pass/items/" + othersItem, token);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.isProblem()).isTrue();

        // A company's items only for who acts for it; asking for it without acting for it is refused.
        Api.Reply notActing = api.get("/api/v1/me/pass?company=" + COMPANY, token);
        assertThat(notActing.status()).isEqualTo(403);
        assertThat(notActing.problemType()).endsWith("/forbidden");
        Api.Reply asCompany =
                api.get("/api/v1/me/pass?company=" + COMPANY, ItTokens.citizenForCompany(COMPANY_MANAGER, COMPANY));
        assertThat(asCompany.status()).as(asCompany.toString()).isEqualTo(200);
        assertThat(asCompany.json().getString("holder")).isEqualTo(COMPANY);
        assertThat(asCompany.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("reference"))
                .contains(company)
                .doesNotContainAnyElementsOf(mine);

        // Municipal roles have no pass.
        assertThat(api.get("/api/v1/me/pass", ItTokens.of("clerk", towns.get(0)))
                        .status())
                .isEqualTo(403);

        // The database walls holders apart on its own: the platform's role, bound to one holder, sees only theirs.
        try (Connection db = ItDatabase.appConnection()) {
            db.setAutoCommit(false);
            assertThat(rowsVisibleTo(db, holderKey("NN:" + person))).isEqualTo(10);
            assertThat(rowsVisibleTo(db, holderKey("NN:" + namesake))).isEqualTo(1);
            assertThat(rowsVisibleTo(db, "0".repeat(64))).isZero();
            db.rollback();
        }
        // And stores nobody's number in clear.
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                Statement query = admin.createStatement();
                ResultSet dump = query.executeQuery("select * from pass_item")) {
            int columns = dump.getMetaData().getColumnCount();
            while (dump.next()) {
                for (int c = 1; c <= columns; c++) {
                    String value = dump.getString(c);
                    assertThat(value == null ? "" : value)
                            .doesNotContain(person)
                            .doesNotContain(namesake);
                }
            }
        }
    }

    @Test
    void anItemShowsItsTimelineAndItsEndOfValidity() {
        String person = DisabledCardIT.nationalNumber();
        String nis = newMunicipality();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String soon = iodPermit(nis, "An Peeters", person, null, now.minus(Duration.ofDays(2)), 12);
        String token = ItTokens.citizen(person);

        JsonObject item =
                api.get("/api/v1/me/pass", token).json().getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("reference")).isEqualTo(soon);
        assertThat(item.getString("status")).isEqualTo("EXPIRES_SOON");
        assertThat(item.get("money")).isIn(null, JsonValue.NULL);
        assertThat(count("/api/v1/me/pass?status=EXPIRES_SOON", token)).isEqualTo(1);

        // Revoked by the municipality: the pass says so at once, with a second step on the timeline.
        String permitId = permitIdOf(nis, soon);
        Api.Reply revoked =
                api.delete("/api/v1/tenants/" + nis + "/iod-permits/" + permitId, ItTokens.of("clerk", nis));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        Api.Reply detail = api.get("/api/v1/me/pass/items/" + item.getString("id"), token);
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        assertThat(detail.json().getJsonObject("item").getString("status")).isEqualTo("CANCELLED");
        List<JsonObject> timeline = detail.json().getJsonArray("timeline").getValuesAs(JsonObject.class);
        assertThat(timeline).extracting(s -> s.getString("status")).containsExactly("HANDLED", "CANCELLED");
        assertThat(timeline).extracting(s -> s.getString("note")).containsExactly("granted", "revoked");
        assertThat(detail.json().getJsonObject("details").getString("holder")).isEqualTo("An Peeters");
        assertThat(detail.json().getJsonObject("details").containsKey("area")).isTrue();
        assertThat(api.get("/api/v1/me/pass/items/" + UUID.randomUUID(), token).status())
                .isEqualTo(404);
    }

    @Test
    void anIodPermitNamesItsHolderByNumber() {
        String nis = newMunicipality();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonObject withoutNumber =
                permitBody("IOD-" + UUID.randomUUID().toString().substring(0, 8), "Iemand", null, null, now, 5);
        Api.Reply refused = postPermit(nis, withoutNumber);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("holderNationalNumber");
        JsonObject both = permitBody(
                "IOD-" + UUID.randomUUID().toString().substring(0, 8), "Iemand", "85073003328", COMPANY, now, 5);
        assertThat(postPermit(nis, both).body()).contains("holderCompanyNumber");
        JsonObject wrong = permitBody(
                "IOD-" + UUID.randomUUID().toString().substring(0, 8), "Iemand", "85073003329", null, now, 5);
        Api.Reply wrongReply = postPermit(nis, wrong);
        assertThat(wrongReply.status()).isEqualTo(400);
        assertThat(wrongReply.body()).contains("holderNationalNumber");
    }

    @Test
    void itemsKeptInAnotherSystemJoinThePassAndASourceThatFailsIsNamedNotFatal() throws Exception {
        String person = DisabledCardIT.nationalNumber();
        String withSource = newMunicipality();
        String failing = newMunicipality();
        String own =
                iodPermit(withSource, "Els Maes", person, null, Instant.now().minus(Duration.ofDays(1)), 30);
        Path files = Files.createTempDirectory("ptr-it-pass-dossier");
        Path good = files.resolve("good.json");
        Files.writeString(good, """
                {"holders": {"%s": [
                  {"id": "BO-RET-1", "kind": "RETRIBUTION", "title": {"nl": "Retributie markt", "fr": "Redevance marché"},
                   "status": "RECEIVED", "moneyState": "OPEN", "amountDueCents": 2500, "dueDate": "2027-01-05",
                   "issuedAt": "2026-12-01T09:00:00Z", "issuer": "Parkeerbedrijf", "link": "https://bo.example/ret/1"}
                ]}}""".formatted(person));
        Path bad = files.resolve("bad.json");
        Files.copy(good, bad);
        assertThat(dossierSource(withSource, good).status()).isIn(200, 201);
        assertThat(dossierSource(failing, bad).status()).isIn(200, 201);
        Files.writeString(bad, "{ not json");

        String token = ItTokens.citizen(person);
        Api.Reply pass = api.exchange(
                "GET",
                "/api/v1/me/pass",
                token,
                Map.of("Accept", "application/json", "Accept-Language", "fr-BE,fr;q=0.9"),
                null);
        assertThat(pass.status()).as(pass.toString()).isEqualTo(200);
        assertThat(pass.json().getJsonArray("items").getJsonObject(0).getString("reference"))
                .isEqualTo(own);
        List<JsonObject> elsewhere = pass.json().getJsonArray("elsewhere").getValuesAs(JsonObject.class);
        assertThat(elsewhere).hasSize(1);
        assertThat(elsewhere.get(0).getString("externalId")).isEqualTo("BO-RET-1");
        assertThat(elsewhere.get(0).getString("title")).isEqualTo("Redevance marché");
        assertThat(elsewhere.get(0).getString("money")).isEqualTo("OPEN");
        assertThat(elsewhere.get(0).getJsonObject("municipality").getString("nisCode"))
                .isEqualTo(withSource);
        List<JsonObject> unreadable = pass.json().getJsonArray("unreadable").getValuesAs(JsonObject.class);
        assertThat(unreadable).hasSize(1);
        assertThat(unreadable.get(0).getJsonObject("municipality").getString("nisCode"))
                .isEqualTo(failing);
        assertThat(unreadable.get(0).getString("reason")).isEqualTo("FAILING");

        // Filtered like the rest; another person's items in that system are not this one's.
        assertThat(api.get("/api/v1/me/pass?kind=GAS_FINE", token).json().getJsonArray("elsewhere"))
                .isEmpty();
        assertThat(api.get("/api/v1/me/pass", ItTokens.citizen(DisabledCardIT.nationalNumber()))
                        .json()
                        .getJsonArray("elsewhere"))
                .isEmpty();
    }

    @Test
    void aGasFineHasItsPdfWithTheTransferSlipAndIsSettledByThePaymentThatQuotesItsReference() throws Exception {
        String person = DisabledCardIT.nationalNumber();
        String genk = "71016";
        Api.Reply account = api.put(
                "/api/v1/tenants/" + genk + "/payment-settings",
                ItTokens.of("admin", genk),
                Json.createObjectBuilder()
                        .add("returnOrigins", Json.createArrayBuilder().add("https://www.example.be"))
                        .add(
                                "bankAccount",
                                Json.createObjectBuilder()
                                        .add("beneficiary", "Stad Genk")
                                        .add("iban", "BE71 0961 2345 6769")
                                        .add("bic", "GKCCBEBB"))
                        .build());
        assertThat(account.status()).as(account.toString()).isEqualTo(200);
        assertThat(account.json().getJsonObject("bankAccount").getString("iban"))
                .isEqualTo("BE71096123456769");
        Api.Reply badIban = api.put(
                "/api/v1/tenants/" + genk + "/payment-settings",
                ItTokens.of("admin", genk),
                Json.createObjectBuilder()
                        .add("returnOrigins", Json.createArrayBuilder())
                        .add(
                                "bankAccount",
                                Json.createObjectBuilder()
                                        .add("beneficiary", "X")
                                        .add("iban", "BE71096123456760"))
                        .build());
        assertThat(badIban.status()).isEqualTo(400);
        assertThat(badIban.body()).contains("bankAccount.iban");

        String fineId = gasFine(genk, person);
        String token = ItTokens.citizen(person);
        JsonObject item = api.get("/api/v1/me/pass?kind=GAS_FINE", token)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertThat(item.getString("money")).isEqualTo("OPEN");
        assertThat(item.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(item.getJsonNumber("amountDue").bigDecimalValue()).isPositive();
        String ogm = item.getString("structuredReference");
        assertThat(ogm).matches("\\+\\+\\+\\d{3}/\\d{4}/\\d{5}\\+\\+\\+");

        JsonObject detail =
                api.get("/api/v1/me/pass/items/" + item.getString("id"), token).json();
        String href = detail.getJsonArray("documents").getJsonObject(0).getString("href");
        Api.Reply pdf =
                api.exchange("GET", href, token, Map.of("Accept", "application/pdf", "Accept-Language", "nl-BE"), null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        byte[] bytes = pdfBytes(href, token);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(ogm)
                    .contains("BE71 0961 2345 6769")
                    .contains("Stad Genk");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            String qr = new QRCodeReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
            assertThat(qr.split("\n"))
                    .startsWith("BCD", "002", "1", "SCT", "GKCCBEBB", "Stad Genk", "BE71096123456769")
                    .contains(ogm.replaceAll("\\D", ""));
        }
        assertThat(api.get(href, ItTokens.citizen(DisabledCardIT.nationalNumber()))
                        .status())
                .as("another citizen")
                .isEqualTo(404);

        // Paid online with the fine's own reference: the fine takes its PAY step and the pass shows it paid.
        String digits = ogm.replaceAll("\\D", "");
        long cents = item.getJsonNumber("amountDue")
                .bigDecimalValue()
                .movePointRight(2)
                .longValueExact();
        Api.Reply payment = api.exchange(
                "POST",
                "/api/v1/tenants/" + genk + "/payments",
                ItTokens.of("clerk", genk),
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json",
                        "Idempotency-Key",
                        "pass-pay-" + UUID.randomUUID()),
                Json.createObjectBuilder()
                        .add("amountCents", cents)
                        .add("description", "GAS-boete")
                        .add("structuredReference", digits)
                        .add("returnUrl", "https://www.example.be/betaald")
                        .add("citizenRrn", person)
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
        Api.Reply paid = api.exchange(
                "POST",
                payment.json().getString("checkoutUrl"),
                null,
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "outcome=paid".getBytes(StandardCharsets.UTF_8));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(303);
        JsonObject settled = await("the payment settles the fine on the pass")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> api.get("/api/v1/me/pass/items/" + item.getString("id"), token)
                                .json(),
                        d -> "PAID".equals(d.getJsonObject("item").getString("money", "")));
        assertThat(settled.getJsonObject("item").getString("status")).isEqualTo("HANDLED");
        assertThat(settled.getJsonObject("item").getJsonNumber("amountDue").bigDecimalValue())
                .isZero();
        assertThat(settled.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("money", ""))
                .endsWith("PAID");
        assertThat(api.get("/api/v1/tenants/" + genk + "/gas-fines/" + fineId, ItTokens.of("clerk", genk))
                        .json()
                        .getString("state"))
                .isEqualTo("PAID");
        // The payment pays the fine: it is no payment request of its own on the pass.
        assertThat(count("/api/v1/me/pass?kind=PAYMENT_REQUEST", token)).isZero();
    }

    @Test
    void aBankTransferWithAFinesOwnReferenceSettlesItOnThePass() {
        String person = DisabledCardIT.nationalNumber();
        String genk = "71016";
        gasFine(genk, person);
        String token = ItTokens.citizen(person);
        JsonObject item = api.get("/api/v1/me/pass?kind=GAS_FINE", token)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        String ogm = item.getString("structuredReference").replaceAll("\\D", "");
        String amount = item.getJsonNumber("amountDue").bigDecimalValue().toPlainString();
        String entry = "PASS-" + UUID.randomUUID().toString().substring(0, 8);
        String statement = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.05">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>%1$s</MsgId><CreDtTm>2026-12-07T06:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>%1$s</Id>
                      <Acct><Id><IBAN>BE71096123456769</IBAN></Id></Acct>
                      <Ntry>
                        <Amt Ccy="EUR">%2$s</Amt>
                        <CdtDbtInd>CRDT</CdtDbtInd>
                        <Sts>BOOK</Sts>
                        <BookgDt><Dt>2026-12-06</Dt></BookgDt>
                        <AcctSvcrRef>%1$s-01</AcctSvcrRef>
                        <NtryDtls><TxDtls>
                          <Amt Ccy="EUR">%2$s</Amt>
                          <CdtDbtInd>CRDT</CdtDbtInd>
                          <RmtInf><Ustrd>+++%3$s/%4$s/%5$s+++</Ustrd></RmtInf>
                        </TxDtls></NtryDtls>
                      </Ntry>
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(entry, amount, ogm.substring(0, 3), ogm.substring(3, 7), ogm.substring(7));
        Api.Reply imported = api.exchange(
                "POST",
                "/api/v1/tenants/" + genk + "/bank-statements",
                ItTokens.of("admin", genk),
                Map.of("Content-Type", "application/xml", "Accept", "application/json"),
                statement.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getJsonArray("entries").getJsonObject(0).getString("outcome"))
                .as(imported.body())
                .isEqualTo("SETTLED");
        JsonObject paid =
                api.get("/api/v1/me/pass/items/" + item.getString("id"), token).json();
        assertThat(paid.getJsonObject("item").getString("money")).isEqualTo("PAID");
        assertThat(paid.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .extracting(step -> step.getString("note", ""))
                .contains("pay");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    byte[] pdfBytes(String href, String token) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(api.base() + href))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/pdf")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** A GAS 4 fine addressed to the person, notified (so its amount is due); answers its id. */
    String gasFine(String nis, String person) {
        Api.Reply registered = api.exchange(
                "POST",
                GasFineIT.fines(nis),
                ItTokens.of("clerk", nis),
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json",
                        "Idempotency-Key",
                        "pass-gas-" + UUID.randomUUID()),
                GasFineIT.gas4(
                                "GAS4_CAT1",
                                EnforcementIT.freshPlate(),
                                Instant.now().minus(Duration.ofDays(2)),
                                person)
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().getString("id");
        Api.Reply notified = api.exchange(
                "POST",
                GasFineIT.fines(nis) + "/" + id + "/notification",
                ItTokens.of("clerk", nis),
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json",
                        "Idempotency-Key",
                        "pass-notify-" + UUID.randomUUID()),
                "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(notified.status()).as(notified.toString()).isEqualTo(200);
        return id;
    }

    Api.Reply dossierSource(String nis, Path file) {
        return api.put(
                "/api/v1/tenants/" + nis + "/plugins/dossier-source",
                ItTokens.operator(),
                Json.createObjectBuilder()
                        .add("providerId", "dossier-file")
                        .add("config", Json.createObjectBuilder().add("file", file.toString()))
                        .build());
    }

    int count(String path, String token) {
        Api.Reply reply = api.get(path, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").size();
    }

    String newMunicipality() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String nis = String.valueOf(90_000 + (int) (Math.random() * 9_999));
            Api.Reply created = api.post(
                    "/api/v1/tenants", ItTokens.operator(), TenantConfigurationIT.tenantJson(nis, "IN_HOUSE", null));
            if (created.status() == 201) {
                return nis;
            }
        }
        throw new AssertionError("no free NIS code for a test municipality");
    }

    /** Registers an IOD permit and answers its reference. */
    String iodPermit(String nis, String holder, String person, String company, Instant from, int days) {
        String reference = "IOD-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply reply = postPermit(nis, permitBody(reference, holder, person, company, from, days));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reference;
    }

    static JsonObject permitBody(
            String reference, String holder, String person, String company, Instant from, int days) {
        var body = Json.createObjectBuilder()
                .add("reference", reference)
                .add("holder", holder)
                .add("purpose", "verhuis")
                .add("area", ScanEnforcementIT.line(4.4000, 51.2100, 4.4004, 51.2100))
                .add("widthMetres", 6)
                .add("validFrom", from.toString())
                .add("validTo", from.plus(Duration.ofDays(days)).toString());
        if (person != null) {
            body.add("holderNationalNumber", person);
        }
        if (company != null) {
            body.add("holderCompanyNumber", company);
        }
        return body.build();
    }

    Api.Reply postPermit(String nis, JsonObject body) {
        return api.exchange(
                "POST",
                "/api/v1/tenants/" + nis + "/iod-permits",
                ItTokens.of("clerk", nis),
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json",
                        "Idempotency-Key",
                        "iod-" + UUID.randomUUID()),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    String permitIdOf(String nis, String reference) {
        Api.Reply list = api.get("/api/v1/tenants/" + nis + "/iod-permits", ItTokens.of("clerk", nis));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("reference").equals(reference))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    /** How many pass items the platform's database role sees when its transaction is bound to one holder key. */
    static int rowsVisibleTo(Connection db, String holderKey) throws SQLException {
        try (PreparedStatement bind = db.prepareStatement("select set_config('ptr.holder_key', ?, true)")) {
            bind.setString(1, holderKey);
            bind.execute();
        }
        try (Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("select count(*) from pass_item")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The holder key as the platform makes it from the test installation's secrets key. */
    static String holderKey(String canonical) throws Exception {
        byte[] secrets = Base64.getDecoder().decode(System.getProperty("ptr.it.secrets-key"));
        Mac derive = Mac.getInstance("HmacSHA256");
        derive.init(new SecretKeySpec(secrets, "HmacSHA256"));
        byte[] key = derive.doFinal("ptr-pas holder key v1".getBytes(StandardCharsets.US_ASCII));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.US_ASCII)));
    }
}
