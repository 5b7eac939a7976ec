package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GAS 4 and GAS 5 fines through the real platform on PostgreSQL: the whole procedure for both kinds (defence,
 * decision, appeal, driver designation, payment, hand-over to collection), the rules that must hold (no payment after
 * the hand-over, no decision without a defence inside the 30-day term), idempotent retries, If-Match, the history
 * and the audit trail, who may do what, municipalities kept apart, and scan-car observations in a zone under the GAS
 * regime becoming exactly one GAS 4 proposal. Terms are tested by recording steps with their real, past dates.
 */
class GasFineIT extends DeployedPlatform {

    static final String ANTWERPEN = "11002";
    static final String GENK = "71016";
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final String HOLDER = "85073003328";
    static final String DRIVER = "87031411849";
    static final String COMPANY = "0831246745";
    static final String TRANSITION = "https://ptr-pas.be/problems/gas-transition-not-allowed";
    static final String SECRET = "scan-enforcement-it-secret-0123456789";
    /** A municipality onboarded by this test, without any tariff (TenantConfigurationIT numbers its own from 44001). */
    static final String NO_TARIFFS = "46001";

    LocalDate today;

    @BeforeEach
    void fixToday() {
        today = LocalDate.now(BRUSSELS);
    }

    // ---- the procedure ------------------------------------------------------------------------------------------

    @Test
    void gas4FromTheStreetToPaymentWithADefenceTheOfficialRejects() {
        String key = "reg-" + UUID.randomUUID();
        JsonObject body =
                gas4("GAS4_CAT2", EnforcementIT.freshPlate(), Instant.now().minus(3, ChronoUnit.DAYS), HOLDER);
        Api.Reply registered = send("POST", fines(ANTWERPEN), token("warden"), key, null, body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        JsonObject fine = registered.json();
        String id = fine.getString("id");
        assertThat(fine.getString("state")).isEqualTo("REGISTERED");
        assertThat(fine.getString("kind")).isEqualTo("GAS4");
        assertThat(fine.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("116.00");
        assertThat(fine.getString("reference")).matches("GAS4-\\d{4}-[A-Z2-9]{8}");
        assertThat(fine.getJsonArray("events")).hasSize(1);
        assertThat(etag(registered)).isEqualTo("\"1\"");

        // A retry gets the first answer; the same key for something else is refused.
        Api.Reply retried = send("POST", fines(ANTWERPEN), token("warden"), key, null, body);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body()).isEqualTo(registered.body());
        assertThat(retried.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        Api.Reply reused = send(
                "POST",
                fines(ANTWERPEN),
                token("warden"),
                key,
                null,
                gas4("GAS4_CAT1", EnforcementIT.freshPlate(), Instant.now().minusSeconds(600), HOLDER));
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.problemType()).endsWith("/idempotency-key-reused");

        Api.Reply notified = step(
                id,
                "notification",
                "clerk",
                etag(registered),
                Json.createObjectBuilder().add("note", "aangetekende brief").build());
        assertThat(notified.status()).as(notified.toString()).isEqualTo(200);
        assertThat(notified.json().getString("state")).isEqualTo("NOTIFIED");
        assertThat(notified.json().getString("notifiedOn")).isEqualTo(today.toString());
        assertThat(notified.json().getString("defenceDue"))
                .isEqualTo(today.plusDays(30).toString());
        assertThat(notified.json().getString("paymentDue"))
                .isEqualTo(today.plusDays(30).toString());

        // If-Match with the version read before the notification: someone changed it since.
        Api.Reply stale = step(
                id,
                "defence",
                "clerk",
                etag(registered),
                Json.createObjectBuilder()
                        .add("summary", "ik stond er maar even")
                        .build());
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);

        String defenceKey = "def-" + UUID.randomUUID();
        JsonObject defence = Json.createObjectBuilder()
                .add("summary", "laden en lossen, met bewijs")
                .build();
        Api.Reply filed = send(
                "POST", fines(ANTWERPEN) + "/" + id + "/defence", token("clerk"), defenceKey, etag(notified), defence);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(200);
        assertThat(filed.json().getString("state")).isEqualTo("DEFENCE_FILED");
        Api.Reply filedAgain = send(
                "POST", fines(ANTWERPEN) + "/" + id + "/defence", token("clerk"), defenceKey, etag(notified), defence);
        assertThat(filedAgain.status())
                .as("a retry, even with the old If-Match, gets the first answer")
                .isEqualTo(200);
        assertThat(filedAgain.body()).isEqualTo(filed.body());

        // Nobody but the official decides; nothing is paid while the defence waits for the decision.
        JsonObject reject = Json.createObjectBuilder()
                .add("outcome", "REJECT")
                .add("motivation", "geen bewijs van laden en lossen")
                .build();
        assertThat(step(id, "decision", "clerk", null, reject).status()).isEqualTo(403);
        assertThat(step(id, "decision", "warden", null, reject).status()).isEqualTo(403);
        assertThat(step(id, "decision", "admin", null, reject).status()).isEqualTo(403);
        Api.Reply early =
                step(id, "payment", "clerk", null, Json.createObjectBuilder().build());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.problemType()).isEqualTo(TRANSITION);
        assertThat(early.json().getString("detail")).contains("DEFENCE_FILED").contains("official decides first");

        Api.Reply decided = step(id, "decision", "official", etag(filed), reject);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().getString("state")).isEqualTo("DECIDED");
        assertThat(decided.json().getString("paymentDue"))
                .isEqualTo(today.plusDays(30).toString());
        assertThat(decided.json().getString("appealDue"))
                .isEqualTo(today.plusMonths(1).toString());

        Api.Reply wrongAmount = step(
                id,
                "payment",
                "clerk",
                null,
                Json.createObjectBuilder().add("amount", 58).build());
        assertThat(wrongAmount.status()).isEqualTo(400);
        assertThat(wrongAmount.body()).contains("\"field\":\"amount\"").contains("116.00");
        Api.Reply paid = step(
                id,
                "payment",
                "clerk",
                etag(decided),
                Json.createObjectBuilder()
                        .add("amount", 116.00)
                        .add("reference", "BANK-2026-0001")
                        .build());
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.json().getString("state")).isEqualTo("PAID");
        assertThat(paid.json().getString("paidOn")).isEqualTo(today.toString());
        Api.Reply twice =
                step(id, "payment", "clerk", null, Json.createObjectBuilder().build());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().getString("detail")).contains("PAID");

        // The history, readable by clerks, the official and admins; the audit trail has each step once.
        Api.Reply read = api.get(fines(ANTWERPEN) + "/" + id, token("admin"));
        assertThat(read.status()).isEqualTo(200);
        List<JsonObject> events = read.json().getJsonArray("events").getValuesAs(JsonObject.class);
        assertThat(events)
                .extracting(e -> e.getString("action"))
                .containsExactly("REGISTER", "NOTIFY", "FILE_DEFENCE", "DECIDE_REJECT", "PAY");
        assertThat(events)
                .extracting(e -> e.getString("to"))
                .containsExactly("REGISTERED", "NOTIFIED", "DEFENCE_FILED", "DECIDED", "PAID");
        assertThat(events)
                .extracting(e -> e.getString("actorRole"))
                .containsExactly("warden", "clerk", "clerk", "official", "clerk");
        assertThat(events.get(3).getString("reason")).contains("geen bewijs");
        assertThat(api.get(fines(ANTWERPEN) + "/" + id, token("official")).status())
                .isEqualTo(200);
        List<JsonObject> audit = api.get(
                        "/api/v1/tenants/" + ANTWERPEN + "/audit?kind=changes&entityType=gas-fine&entityId=" + id,
                        token("admin"))
                .array()
                .getValuesAs(JsonObject.class);
        assertThat(audit)
                .extracting(a -> a.getString("action"))
                .containsExactlyInAnyOrder("register", "notify", "file-defence", "decide-reject", "pay");
    }

    @Test
    void gas5TheHolderNamesTheDriverWhoIsNotifiedAndPaysTheAmountPerKmh() {
        JsonObject speeding = Json.createObjectBuilder()
                .add("kind", "GAS5")
                .add("productCode", "GAS5_SPEED")
                .add("plate", EnforcementIT.freshPlate())
                .add("offenceAt", Instant.now().minus(5, ChronoUnit.DAYS).toString())
                .add("place", "Singel ter hoogte van nr. 12, Antwerpen")
                .add("measuredSpeed", 65)
                .add("speedLimit", 50)
                .add("evidenceRef", "flitspaal-7/000123.jpg")
                .add(
                        "offender",
                        Json.createObjectBuilder().add("companyNumber", COMPANY).add("name", "Leasing nv"))
                .build();
        Api.Reply registered =
                send("POST", fines(ANTWERPEN), token("clerk"), "reg-" + UUID.randomUUID(), null, speeding);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().getString("id");
        // 15 km/h over: 53 + 5 × 11 (the federal scale: nothing per km/h up to 10 over, then 11 each).
        assertThat(registered.json().getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("108.00");

        Api.Reply notified = step(
                id,
                "notification",
                "clerk",
                null,
                Json.createObjectBuilder()
                        .add("date", today.minusDays(2).toString())
                        .build());
        assertThat(notified.json().getString("state")).isEqualTo("NOTIFIED");
        assertThat(notified.json().getString("defenceDue"))
                .isEqualTo(today.plusDays(28).toString());

        Api.Reply designated = step(
                id,
                "driver-designation",
                "clerk",
                etag(notified),
                Json.createObjectBuilder()
                        .add(
                                "driver",
                                Json.createObjectBuilder()
                                        .add("nationalNumber", DRIVER)
                                        .add("name", "An Peeters"))
                        .add("note", "formulier bestuurder")
                        .build());
        assertThat(designated.status()).as(designated.toString()).isEqualTo(200);
        JsonObject readdressed = designated.json();
        assertThat(readdressed.getString("state")).isEqualTo("DRIVER_DESIGNATED");
        assertThat(readdressed.getJsonObject("offender").getString("nationalNumber"))
                .isEqualTo(DRIVER);
        assertThat(readdressed.getJsonObject("offender").containsKey("companyNumber"))
                .isFalse();
        assertThat(readdressed.getBoolean("driverDesignated")).isTrue();

        Api.Reply tooEarly =
                step(id, "payment", "clerk", null, Json.createObjectBuilder().build());
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().getString("detail")).contains("DRIVER_DESIGNATED");
        Api.Reply readdressTwice = step(
                id,
                "notification",
                "clerk",
                null,
                Json.createObjectBuilder()
                        .add("addressee", Json.createObjectBuilder().add("nationalNumber", HOLDER))
                        .build());
        assertThat(readdressTwice.status()).isEqualTo(400);

        Api.Reply driverNotified = step(
                id, "notification", "clerk", null, Json.createObjectBuilder().build());
        assertThat(driverNotified.json().getString("state")).isEqualTo("NOTIFIED");
        assertThat(driverNotified.json().getString("defenceDue"))
                .as("a fresh term for the driver")
                .isEqualTo(today.plusDays(30).toString());
        Api.Reply passedOn = step(
                id,
                "driver-designation",
                "clerk",
                null,
                Json.createObjectBuilder()
                        .add(
                                "driver",
                                Json.createObjectBuilder()
                                        .add("nationalNumber", HOLDER)
                                        .add("name", "Jan Janssens"))
                        .build());
        assertThat(passedOn.status()).isEqualTo(409);
        assertThat(passedOn.json().getString("detail")).contains("already designated");

        Api.Reply paid = step(
                id,
                "payment",
                "clerk",
                null,
                Json.createObjectBuilder().add("amount", 108).build());
        assertThat(paid.json().getString("state")).isEqualTo("PAID");
        assertThat(api.get(fines(ANTWERPEN) + "/" + id, token("clerk"))
                        .json()
                        .getJsonArray("events")
                        .getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsExactly("REGISTER", "NOTIFY", "DESIGNATE_DRIVER", "NOTIFY", "PAY");

        // GAS 4 cannot be passed on; a speed beyond the tariff's bands is no GAS 5 matter.
        String parking = register(
                gas4("GAS4_CAT1", EnforcementIT.freshPlate(), Instant.now().minusSeconds(3600), HOLDER));
        step(parking, "notification", "clerk", null, Json.createObjectBuilder().build());
        Api.Reply gas4Driver = step(
                parking,
                "driver-designation",
                "clerk",
                null,
                Json.createObjectBuilder()
                        .add(
                                "driver",
                                Json.createObjectBuilder()
                                        .add("nationalNumber", DRIVER)
                                        .add("name", "An Peeters"))
                        .build());
        assertThat(gas4Driver.status()).isEqualTo(409);
        assertThat(gas4Driver.json().getString("detail")).contains("only a GAS 5");
        Api.Reply beyond = send(
                "POST",
                fines(ANTWERPEN),
                token("clerk"),
                "reg-" + UUID.randomUUID(),
                null,
                Json.createObjectBuilder(speeding).add("measuredSpeed", 90).build());
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.body()).contains("\"field\":\"measuredSpeed\"").contains("public prosecutor");
    }

    @Test
    void theTermsDecideWhenTheOfficialMayDecideAndWhenAFineGoesToCollection() {
        // Notified today: no decision without a defence for 30 days.
        String recent = register(
                gas4("GAS4_CAT1", EnforcementIT.freshPlate(), Instant.now().minus(2, ChronoUnit.DAYS), HOLDER));
        step(recent, "notification", "clerk", null, Json.createObjectBuilder().build());
        Api.Reply tooSoon = step(
                recent,
                "decision",
                "official",
                null,
                Json.createObjectBuilder()
                        .add("outcome", "REJECT")
                        .add("motivation", "geen verweer")
                        .build());
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.problemType()).isEqualTo(TRANSITION);
        assertThat(tooSoon.isProblem()).isTrue();
        assertThat(tooSoon.json().getString("detail"))
                .contains("NOTIFIED")
                .contains("no defence was filed")
                .contains(today.plusDays(30).toString());
        assertThat(tooSoon.json().getString("title")).isNotBlank();

        // Notified 95 days ago (the letter's date), no defence: the decision inside the term is refused, after it
        // allowed.
        String old = register(
                gas4("GAS4_CAT1", EnforcementIT.freshPlate(), Instant.now().minus(100, ChronoUnit.DAYS), HOLDER));
        Api.Reply notified = step(old, "notification", "clerk", null, date(today.minusDays(95)));
        assertThat(notified.json().getString("defenceDue"))
                .isEqualTo(today.minusDays(65).toString());
        Api.Reply lateDefence = step(
                old,
                "defence",
                "clerk",
                null,
                Json.createObjectBuilder().add("summary", "te laat").build());
        assertThat(lateDefence.status()).isEqualTo(409);
        assertThat(lateDefence.json().getString("detail")).contains("ended on " + today.minusDays(65));
        Api.Reply insideTerm = step(
                old,
                "decision",
                "official",
                null,
                Json.createObjectBuilder(date(today.minusDays(70)))
                        .add("outcome", "REJECT")
                        .add("motivation", "geen verweer")
                        .build());
        assertThat(insideTerm.status()).isEqualTo(409);
        Api.Reply decided = step(
                old,
                "decision",
                "official",
                null,
                Json.createObjectBuilder(date(today.minusDays(60)))
                        .add("outcome", "REJECT")
                        .add("motivation", "geen verweer binnen 30 dagen")
                        .build());
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().getString("paymentDue"))
                .isEqualTo(today.minusDays(30).toString());

        // Steps keep their order and never lie in the future.
        Api.Reply backwards = step(old, "collection", "clerk", null, date(today.minusDays(61)));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"field\":\"date\"");
        Api.Reply future = step(old, "collection", "clerk", null, date(today.plusDays(1)));
        assertThat(future.status()).isEqualTo(400);

        Api.Reply handedOver = step(
                old,
                "collection",
                "clerk",
                etag(decided),
                Json.createObjectBuilder()
                        .add("collector", "Gerechtsdeurwaarder Peeters")
                        .build());
        assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
        assertThat(handedOver.json().getString("state")).isEqualTo("HANDED_TO_COLLECTION");

        Api.Reply paymentAfter =
                step(old, "payment", "clerk", null, Json.createObjectBuilder().build());
        assertThat(paymentAfter.status()).isEqualTo(409);
        assertThat(paymentAfter.problemType()).isEqualTo(TRANSITION);
        assertThat(paymentAfter.json().getString("detail"))
                .contains("HANDED_TO_COLLECTION")
                .contains("collector");
        assertThat(api.get(fines(ANTWERPEN) + "/" + old, token("clerk")).json().getString("state"))
                .isEqualTo("HANDED_TO_COLLECTION");

        // An appeal in time goes to the police court; its rejection starts a new payment term.
        String appealed = register(
                gas4("GAS4_CAT1", EnforcementIT.freshPlate(), Instant.now().minus(50, ChronoUnit.DAYS), HOLDER));
        step(appealed, "notification", "clerk", null, date(today.minusDays(45)));
        step(
                appealed,
                "defence",
                "clerk",
                null,
                Json.createObjectBuilder(date(today.minusDays(40)))
                        .add("summary", "bord onzichtbaar")
                        .build());
        step(
                appealed,
                "decision",
                "official",
                null,
                Json.createObjectBuilder(date(today.minusDays(20)))
                        .add("outcome", "REJECT")
                        .add("motivation", "bord zichtbaar op foto")
                        .build());
        assertThat(step(
                                appealed,
                                "collection",
                                "clerk",
                                null,
                                Json.createObjectBuilder().build())
                        .json()
                        .getString("detail"))
                .contains("payment term runs until");
        assertThat(step(
                                appealed,
                                "appeal",
                                "clerk",
                                null,
                                Json.createObjectBuilder()
                                        .add("court", "Politierechtbank Antwerpen")
                                        .build())
                        .json()
                        .getString("state"))
                .isEqualTo("APPEALED");
        assertThat(step(
                                appealed,
                                "cancellation",
                                "official",
                                null,
                                Json.createObjectBuilder().add("reason", "x").build())
                        .status())
                .as("the police court decides now")
                .isEqualTo(409);
        Api.Reply judged = step(
                appealed,
                "appeal-outcome",
                "clerk",
                null,
                Json.createObjectBuilder().add("outcome", "REJECTED").build());
        assertThat(judged.json().getString("state")).isEqualTo("APPEAL_REJECTED");
        assertThat(judged.json().getString("paymentDue"))
                .isEqualTo(today.plusDays(30).toString());
    }

    @Test
    void clerksCancelOnlyWhatWasNotNotifiedYetTheOfficialAnythingOpen() {
        String unsent = register(
                gas4("GAS4_CAT1", EnforcementIT.freshPlate(), Instant.now().minusSeconds(7200), null));
        Api.Reply nobody = step(
                unsent,
                "notification",
                "clerk",
                null,
                Json.createObjectBuilder().build());
        assertThat(nobody.status()).isEqualTo(409);
        assertThat(nobody.json().getString("detail")).contains("name the offender");
        Api.Reply cancelled = step(
                unsent,
                "cancellation",
                "clerk",
                null,
                Json.createObjectBuilder()
                        .add("reason", "verkeerde nummerplaat")
                        .build());
        assertThat(cancelled.json().getString("state")).isEqualTo("CLOSED");

        String sent = register(
                gas4("GAS4_CAT1", EnforcementIT.freshPlate(), Instant.now().minusSeconds(7200), null));
        Api.Reply notified = step(
                sent,
                "notification",
                "clerk",
                null,
                Json.createObjectBuilder()
                        .add(
                                "addressee",
                                Json.createObjectBuilder()
                                        .add("nationalNumber", HOLDER)
                                        .add("name", "Jan Janssens"))
                        .build());
        assertThat(notified.json().getJsonObject("offender").getString("name")).isEqualTo("Jan Janssens");
        Api.Reply byClerk = step(
                sent,
                "cancellation",
                "clerk",
                null,
                Json.createObjectBuilder().add("reason", "x").build());
        assertThat(byClerk.status()).isEqualTo(403);
        assertThat(byClerk.json().getString("detail")).contains("only the sanctioning official");
        assertThat(step(
                                sent,
                                "cancellation",
                                "official",
                                null,
                                Json.createObjectBuilder()
                                        .add("reason", "seponering")
                                        .build())
                        .json()
                        .getString("state"))
                .isEqualTo("CLOSED");
        assertThat(api.get(fines(ANTWERPEN) + "?state=CLOSED&limit=1000", token("clerk"))
                        .array()
                        .getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("id"))
                .contains(unsent, sent);
    }

    @Test
    void badInputIsExplainedFieldByField() {
        Api.Reply noKey = send(
                "POST",
                fines(ANTWERPEN),
                token("clerk"),
                null,
                null,
                gas4("GAS4_CAT1", EnforcementIT.freshPlate(), Instant.now().minusSeconds(60), HOLDER));
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.body()).contains("Idempotency-Key");

        Api.Reply bad = send(
                "POST",
                fines(ANTWERPEN),
                token("clerk"),
                "reg-" + UUID.randomUUID(),
                null,
                Json.createObjectBuilder()
                        .add("kind", "GAS4")
                        .add("productCode", "gas 4")
                        .add("plate", "#!")
                        .add("offenceAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())
                        .add("measuredSpeed", 60)
                        .add("offender", Json.createObjectBuilder().add("nationalNumber", "85073003329"))
                        .build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.problemType()).endsWith("/validation");
        assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains("productCode", "plate", "offenceAt", "place", "measuredSpeed", "offender.nationalNumber");
        Api.Reply unknownTariff = send(
                "POST",
                fines(ANTWERPEN),
                token("clerk"),
                "reg-" + UUID.randomUUID(),
                null,
                gas4("GAS4_CAT9", EnforcementIT.freshPlate(), Instant.now().minusSeconds(60), HOLDER));
        assertThat(unknownTariff.status()).isEqualTo(400);
        assertThat(unknownTariff.body()).contains("GAS4_CAT9");

        String id = register(
                gas4("GAS4_CAT1", EnforcementIT.freshPlate(), Instant.now().minusSeconds(60), HOLDER));
        assertThat(step(
                                id,
                                "decision",
                                "official",
                                null,
                                Json.createObjectBuilder()
                                        .add("outcome", "MAYBE")
                                        .build())
                        .status())
                .isEqualTo(400);
        Api.Reply noMotivation = step(
                id,
                "decision",
                "official",
                null,
                Json.createObjectBuilder().add("outcome", "ACCEPT").build());
        assertThat(noMotivation.status()).isEqualTo(400);
        assertThat(noMotivation.body()).contains("motivation");
        assertThat(step(
                                id,
                                "notification",
                                "clerk",
                                "\"not-a-version\"",
                                Json.createObjectBuilder().build())
                        .status())
                .isEqualTo(400);
        assertThat(api.get(fines(ANTWERPEN) + "?state=SOMEWHERE", token("clerk"))
                        .status())
                .isEqualTo(400);
        assertThat(api.get(fines(ANTWERPEN) + "/" + UUID.randomUUID(), token("clerk"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void rolesAndMunicipalitiesAreKeptApart() {
        String plate = EnforcementIT.freshPlate();
        String id = register(gas4("GAS4_CAT1", plate, Instant.now().minusSeconds(600), HOLDER));
        assertThat(api.get(fines(ANTWERPEN) + "?plate=" + plate.toLowerCase(), token("clerk"))
                        .array())
                .hasSize(1);
        assertThat(api.get(fines(ANTWERPEN), token("warden")).status()).isEqualTo(403);
        assertThat(api.get(fines(ANTWERPEN), ItTokens.citizen()).status()).isEqualTo(403);
        assertThat(api.get(fines(ANTWERPEN), ItTokens.operator()).status()).isEqualTo(403);
        assertThat(step(
                                id,
                                "notification",
                                "admin",
                                null,
                                Json.createObjectBuilder().build())
                        .status())
                .isEqualTo(403);
        assertThat(step(
                                id,
                                "notification",
                                "official",
                                null,
                                Json.createObjectBuilder().build())
                        .status())
                .isEqualTo(403);
        assertThat(send(
                                "POST",
                                fines(ANTWERPEN),
                                token("official"),
                                "reg-" + UUID.randomUUID(),
                                null,
                                gas4("GAS4_CAT1", plate, Instant.now().minusSeconds(600), HOLDER))
                        .status())
                .isEqualTo(403);

        // Genk's staff: Antwerpen's path is unknown to them, and under their own path the fine does not exist.
        String genkClerk = ItTokens.of("clerk", GENK);
        assertThat(api.get(fines(ANTWERPEN) + "/" + id, genkClerk).status()).isEqualTo(404);
        assertThat(api.get(fines(GENK) + "/" + id, genkClerk).status()).isEqualTo(404);
        assertThat(send(
                                "POST",
                                fines(GENK) + "/" + id + "/notification",
                                genkClerk,
                                "x-" + UUID.randomUUID(),
                                null,
                                Json.createObjectBuilder().build())
                        .status())
                .isEqualTo(404);
        assertThat(send(
                                "POST",
                                fines(ANTWERPEN) + "/" + id + "/decision",
                                ItTokens.of("official", GENK),
                                "x-" + UUID.randomUUID(),
                                null,
                                Json.createObjectBuilder()
                                        .add("outcome", "ACCEPT")
                                        .add("motivation", "x")
                                        .build())
                        .status())
                .isEqualTo(404);
        assertThat(api.get(fines(GENK) + "?limit=1000", genkClerk).array().getValuesAs(JsonObject.class))
                .noneMatch(f -> f.getString("id").equals(id));
        assertThat(api.get(fines(ANTWERPEN) + "/" + id, token("clerk")).json().getString("state"))
                .as("untouched by Genk")
                .isEqualTo("REGISTERED");
    }

    // ---- scan cars in a zone under the GAS regime ---------------------------------------------------------------

    @Test
    void aScanInAGasZoneProposesExactlyOneGas4FineAndAReplayNothing() {
        configureScanFeed(ANTWERPEN);
        gasZone(ANTWERPEN, "ANT-GAS-HAVEN", 4.300, 51.300);
        double[] spot = {4.303, 51.302};
        String car = EnforcementIT.freshPlate();
        String other = EnforcementIT.freshPlate();
        Instant seen = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(900);
        if (!seen.atZone(BRUSSELS)
                .toLocalDate()
                .equals(seen.plusSeconds(300).atZone(BRUSSELS).toLocalDate())) {
            // A proposal is made once per plate, zone and day: keep both sightings of the car before midnight.
            seen = seen.minusSeconds(600);
        }
        String batchId = "gas-" + UUID.randomUUID();
        Map<String, String> expected = new HashMap<>();
        JsonArrayBuilder observations = Json.createArrayBuilder();
        ScanEnforcementIT.observe(observations, expected, batchId + "-1", car, "BE", seen, spot, "GAS_PROPOSED");
        ScanEnforcementIT.observe(
                observations, expected, batchId + "-2", car, "BE", seen.plusSeconds(300), spot, "ALREADY_CHARGED");
        ScanEnforcementIT.observe(observations, expected, batchId + "-3", other, "BE", seen, spot, "GAS_PROPOSED");
        ScanEnforcementIT.observe(
                observations,
                expected,
                batchId + "-an",
                ScanEnforcementIT.AN_PEETERS_CAR,
                "BE",
                seen,
                spot,
                "GAS_PROPOSED");
        byte[] batch = Json.createObjectBuilder()
                .add("batchId", batchId)
                .add("deviceId", "antwerpen-scan-1")
                .add("observations", observations)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(scanBatch(ANTWERPEN, batch).status()).isEqualTo(200);
        Map<String, JsonObject> outcomes = awaitOutcomes(ANTWERPEN, expected.keySet());
        expected.forEach((id, outcome) -> assertThat(outcomes.get(id).getString("outcome"))
                .as(id + " " + outcomes.get(id))
                .isEqualTo(outcome));

        List<JsonObject> proposals = api.get(fines(ANTWERPEN) + "?plate=" + car, token("clerk"))
                .array()
                .getValuesAs(JsonObject.class);
        assertThat(proposals).hasSize(1);
        JsonObject proposal = proposals.get(0);
        assertThat(proposal.getString("state")).isEqualTo("REGISTERED");
        assertThat(proposal.getString("kind")).isEqualTo("GAS4");
        assertThat(proposal.getString("productCode"))
                .as("the cheapest GAS 4 tariff")
                .isEqualTo("GAS4_CAT1");
        assertThat(proposal.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("58.00");
        assertThat(proposal.getString("zone")).isEqualTo("ANT-GAS-HAVEN");
        assertThat(proposal.getString("source")).isEqualTo("scan:enforcement-scanfeed:" + batchId + "-1");
        // Nobody is named by the scan car: the plate's holder is looked up in Antwerpen's vehicle register (the demo
        // register knows An Peeters' car; a random plate may be unknown to it, left to a clerk), and then the proposal
        // can be notified.
        assertThat(awaitHolder(proposal.getString("id")).getString("holderLookup"))
                .isIn("RESOLVED", "UNRESOLVED");
        JsonObject ofAn = api.get(fines(ANTWERPEN) + "?plate=" + ScanEnforcementIT.AN_PEETERS_CAR, token("clerk"))
                .array()
                .getJsonObject(0);
        JsonObject addressed = awaitHolder(ofAn.getString("id"));
        assertThat(addressed.getString("holderLookup")).isEqualTo("RESOLVED");
        assertThat(addressed.getJsonObject("offender").getString("nationalNumber"))
                .isEqualTo(ScanEnforcementIT.AN_PEETERS);
        assertThat(api.get(
                                "/api/v1/tenants/" + ANTWERPEN + "/audit?entityType=gas-fine&entityId="
                                        + ofAn.getString("id"),
                                token("admin"))
                        .array()
                        .getValuesAs(JsonObject.class))
                .anyMatch(e -> e.getString("action").equals("holder"));
        Api.Reply notified = step(
                ofAn.getString("id"),
                "notification",
                "clerk",
                null,
                Json.createObjectBuilder().build());
        assertThat(notified.status()).as(notified.toString()).isEqualTo(200);
        assertThat(notified.json().getString("state")).isEqualTo("NOTIFIED");
        assertThat(outcomes.get(batchId + "-1").getString("chargeId")).isEqualTo(proposal.getString("id"));
        assertThat(outcomes.get(batchId + "-2").getString("chargeId")).isEqualTo(proposal.getString("id"));
        assertThat(api.get("/api/v1/tenants/" + ANTWERPEN + "/retributions?plate=" + car, token("clerk"))
                        .array())
                .as("no retribution in a GAS zone")
                .isEmpty();
        assertThat(api.get(fines(ANTWERPEN) + "/" + proposal.getString("id"), token("clerk"))
                        .json()
                        .getJsonArray("events")
                        .getJsonObject(0)
                        .getString("actor"))
                .startsWith("system:");

        int before = api.get(fines(ANTWERPEN) + "?limit=1000", token("clerk"))
                .array()
                .size();
        for (int i = 0; i < 3; i++) {
            assertThat(scanBatch(ANTWERPEN, batch).status()).isEqualTo(200);
        }
        awaitOutcomes(ANTWERPEN, expected.keySet());
        // A later sighting, outside every zone, sent after the replays: observations are processed in the order they
        // were made, so once it is processed a replay stored again would have been processed too.
        Map<String, String> later = new HashMap<>();
        JsonArrayBuilder afterReplays = Json.createArrayBuilder();
        ScanEnforcementIT.observe(
                afterReplays,
                later,
                batchId + "-later",
                EnforcementIT.freshPlate(),
                "BE",
                Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60),
                new double[] {3.0, 50.0},
                "OUTSIDE_ZONES");
        assertThat(scanBatch(
                                ANTWERPEN,
                                Json.createObjectBuilder()
                                        .add("batchId", batchId + "-later")
                                        .add("deviceId", "antwerpen-scan-1")
                                        .add("observations", afterReplays)
                                        .build()
                                        .toString()
                                        .getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(200);
        assertThat(awaitOutcomes(ANTWERPEN, later.keySet())
                        .get(batchId + "-later")
                        .getString("outcome"))
                .isEqualTo("OUTSIDE_ZONES");
        assertThat(api.get(fines(ANTWERPEN) + "?limit=1000", token("clerk")).array())
                .hasSize(before);
        assertThat(api.get(fines(ANTWERPEN) + "?plate=" + car, token("clerk")).array())
                .hasSize(1);
    }

    @Test
    void aGasZoneWithoutAGasTariffLeavesTheObservationToTheClerks() {
        // Every demo municipality has GAS tariffs: a new one without any, with a GAS zone and a scan car.
        Api.Reply onboarded = api.post(
                "/api/v1/tenants", ItTokens.operator(), TenantConfigurationIT.tenantJson(NO_TARIFFS, "IN_HOUSE", null));
        assertThat(onboarded.status()).as(onboarded.toString()).isIn(201, 409);
        configureScanFeed(NO_TARIFFS);
        gasZone(NO_TARIFFS, "TST-GAS-ZONE", 5.530, 50.980);
        String batchId = "gas-none-" + UUID.randomUUID();
        Map<String, String> expected = new HashMap<>();
        JsonArrayBuilder observations = Json.createArrayBuilder();
        ScanEnforcementIT.observe(
                observations,
                expected,
                batchId + "-1",
                EnforcementIT.freshPlate(),
                "BE",
                Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600),
                new double[] {5.533, 50.982},
                "NO_TARIFF");
        byte[] batch = Json.createObjectBuilder()
                .add("batchId", batchId)
                .add("deviceId", "test-scan-1")
                .add("observations", observations)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(scanBatch(NO_TARIFFS, batch).status()).isEqualTo(200);
        JsonObject outcome = awaitOutcomes(NO_TARIFFS, expected.keySet()).get(batchId + "-1");
        assertThat(outcome.getString("outcome")).isEqualTo("NO_TARIFF");
        assertThat(outcome.getString("detail")).contains("no GAS 4 tariff");
        assertThat(outcome.containsKey("chargeId")).isFalse();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static String fines(String nis) {
        return "/api/v1/tenants/" + nis + "/gas-fines";
    }

    static String token(String role) {
        return ItTokens.of(role, ANTWERPEN);
    }

    static JsonObject date(LocalDate day) {
        return Json.createObjectBuilder().add("date", day.toString()).build();
    }

    static JsonObject gas4(String product, String plate, Instant at, String offender) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("kind", "GAS4")
                .add("productCode", product)
                .add("plate", plate)
                .add("offenceAt", at.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("place", "Meir 1, Antwerpen")
                .add("offence", "parkeren op het voetpad")
                .add("latitude", 51.2185)
                .add("longitude", 4.4010);
        if (offender != null) {
            body.add("offender", Json.createObjectBuilder().add("nationalNumber", offender));
        }
        return body.build();
    }

    String register(JsonObject body) {
        Api.Reply reply = send("POST", fines(ANTWERPEN), token("clerk"), "reg-" + UUID.randomUUID(), null, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getString("id");
    }

    JsonObject awaitHolder(String id) {
        return await("the holder looked up")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> api.get(fines(ANTWERPEN) + "/" + id, token("clerk"))
                                .json(),
                        fine -> !"PENDING".equals(fine.getString("holderLookup", "PENDING")));
    }

    Api.Reply step(String id, String step, String role, String ifMatch, JsonObject body) {
        return send(
                "POST",
                fines(ANTWERPEN) + "/" + id + "/" + step,
                token(role),
                step + "-" + UUID.randomUUID(),
                ifMatch,
                body);
    }

    Api.Reply send(String method, String path, String token, String key, String ifMatch, JsonObject body) {
        Map<String, String> headers =
                new HashMap<>(Map.of("Content-Type", "application/json", "Accept", "application/json"));
        if (key != null) {
            headers.put("Idempotency-Key", key);
        }
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return api.exchange(method, path, token, headers, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String etag(Api.Reply reply) {
        return reply.raw().headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + reply));
    }

    void configureScanFeed(String nis) {
        Api.Reply configured = api.put(
                "/api/v1/tenants/" + nis + "/plugins/enforcement",
                ItTokens.operator(),
                Json.createObjectBuilder()
                        .add("providerId", "enforcement-scanfeed")
                        .add("config", Json.createObjectBuilder())
                        .add("secrets", Json.createObjectBuilder().add("signingSecret", SECRET))
                        .build());
        assertThat(configured.status()).as(configured.toString()).isIn(200, 201);
    }

    /** A small zone under the GAS regime, away from the demo zones, highest tier; created once. */
    void gasZone(String nis, String code, double lon, double lat) {
        JsonObject zone = Json.createObjectBuilder()
                .add("code", code)
                .add("kind", "OTHER")
                .add("name", Json.createObjectBuilder().add("nl", "GAS-zone " + code))
                .add("tier", 9)
                .add("enforcementRegime", "GAS")
                .add(
                        "geometry",
                        Json.createObjectBuilder()
                                .add("type", "Polygon")
                                .add(
                                        "coordinates",
                                        Json.createArrayBuilder()
                                                .add(Json.createArrayBuilder()
                                                        .add(Json.createArrayBuilder()
                                                                .add(lon)
                                                                .add(lat))
                                                        .add(Json.createArrayBuilder()
                                                                .add(lon + 0.006)
                                                                .add(lat))
                                                        .add(Json.createArrayBuilder()
                                                                .add(lon + 0.006)
                                                                .add(lat + 0.004))
                                                        .add(Json.createArrayBuilder()
                                                                .add(lon)
                                                                .add(lat + 0.004))
                                                        .add(Json.createArrayBuilder()
                                                                .add(lon)
                                                                .add(lat)))))
                .build();
        Api.Reply created = api.post("/api/v1/tenants/" + nis + "/zones", ItTokens.of("admin", nis), zone);
        assertThat(created.status()).as(created.toString()).isIn(201, 409);
    }

    Api.Reply scanBatch(String nis, byte[] body) {
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
                        "t=" + t + ",v1=" + ScanEnforcementIT.hmac(SECRET, signed)),
                body);
    }

    Map<String, JsonObject> awaitOutcomes(String nis, Set<String> ids) {
        List<JsonObject> seen = await("observations processed in time")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> api
                                .get(
                                        "/api/v1/tenants/" + nis + "/scan-observations?limit=1000",
                                        ItTokens.of("clerk", nis))
                                .array()
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(o -> ids.contains(o.getString("observationId")))
                                .toList(),
                        now -> now.size() == ids.size()
                                && now.stream()
                                        .noneMatch(o -> o.getString("outcome").equals("RECEIVED")));
        Map<String, JsonObject> byId = new HashMap<>();
        seen.forEach(o -> byId.put(o.getString("observationId"), o));
        return byId;
    }
}
