package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.ptrpas.spi.belgian.StructuredReference;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scan-car batches through the real platform on PostgreSQL: each observation checked at its own time and place
 * against every kind of right, retributions only for the cars without one, a repeat within 24 hours held for review,
 * nothing new on replay; and IOD permits (a street segment, a permit for any vehicle) in the plate check.
 */
class ScanEnforcementIT extends DeployedPlatform {

    static final String GENK = "71016";
    static final String ANTWERPEN = "11002";
    static final String PAID = "GNK-BETAALD-SHOPPING";
    static final String SECRET = "scan-enforcement-it-secret-0123456789";
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** A demo persona's car: the demo vehicle register knows its holder. */
    static final String AN_PEETERS_CAR = "1-PEE-087";

    static final String AN_PEETERS = "87031411849";

    @BeforeEach
    void configureTheScanFeed() {
        Api.Reply configured = api.put(
                "/api/v1/tenants/" + GENK + "/plugins/enforcement",
                ItTokens.operator(),
                Json.createObjectBuilder()
                        .add("providerId", "enforcement-scanfeed")
                        .add("config", Json.createObjectBuilder())
                        .add("secrets", Json.createObjectBuilder().add("signingSecret", SECRET))
                        .build());
        assertThat(configured.status()).as(configured.toString()).isIn(200, 201);
    }

    @Test
    void aBatchChargesExactlyTheCarsWithoutARightAndAReplayCreatesNothing() {
        double[] spot = pointInside(GENK, PAID);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // Genk's shopping zone is paid Monday to Saturday 09:00-19:00: the charged cars are seen in paid hours, on the
        // latest such day that follows another paid day, so the repeat offender can be seen in the evening before too.
        LocalDate paidDay = paidDayAfterAPaidDay();
        Instant seen = paidDay.atTime(11, 0).atZone(BRUSSELS).toInstant();
        Instant eveningBefore =
                paidDay.minusDays(1).atTime(18, 30).atZone(BRUSSELS).toInstant();
        Instant morning = paidDay.atTime(10, 0).atZone(BRUSSELS).toInstant();
        Instant minutesLater = morning.plusSeconds(300);
        Instant atNight = paidDay.minusDays(1).atTime(21, 30).atZone(BRUSSELS).toInstant();

        String permitHolder = freshPlate();
        String iodCar = freshPlate();
        String unknownCar = freshPlate();
        String nightCar = freshPlate();
        String dutchCar = "GH-" + (100 + (int) (Math.random() * 899)) + "-K";
        String repeatOffender = freshPlate();
        String besideTheIod = freshPlate();
        String cardCar = disabledCardCar(now);
        // A paid session bought now through an operator (4411, admitted in Genk).
        String sessionCar = freshPlate();
        Api.Reply session = api.exchange(
                "POST",
                "/api/v1/tenants/" + GENK + "/parking-sessions",
                ItTokens.parkingOperator(ItTokens.PARKING_OPERATOR_ID),
                Map.of("Content-Type", "application/json", "Idempotency-Key", "session-" + UUID.randomUUID()),
                Json.createObjectBuilder()
                        .add("plate", sessionCar)
                        .add("zone", PAID)
                        .add("end", now.plusSeconds(3600).toString())
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        // A card and a session count from the moment they exist, so those cars are seen after that.
        Instant seenNow = Instant.now().plusSeconds(1);
        register(right(
                "RESIDENT_PERMIT", permitHolder, null, now.minus(8, ChronoUnit.DAYS), now.plus(300, ChronoUnit.DAYS)));
        // Issue 13: where the paid zone (tier 1) overlaps the blue zone, a right in the blue zone still counts.
        double[] overlap = {5.5008089, 50.9658470};
        assertThat(api.get(
                                "/api/v1/public/tenants/" + GENK + "/zones/lookup?lat=" + overlap[1] + "&lon="
                                        + overlap[0],
                                null)
                        .body())
                .contains(PAID)
                .contains("GNK-BLAUW-CENTRUM");
        String blueZoneVisitor = freshPlate();
        register(right(
                "VISITOR",
                blueZoneVisitor,
                "GNK-BLAUW-CENTRUM",
                now.minus(8, ChronoUnit.DAYS),
                now.plus(300, ChronoUnit.DAYS)));
        // A removal van's spot, 20 m of kerb, for whatever vehicle stands on it.
        double[] iodSpot = {spot[0] + 0.0004, spot[1]};
        Api.Reply iod = iodPermit(Json.createObjectBuilder()
                .add("reference", "IOD-" + UUID.randomUUID().toString().substring(0, 8))
                .add("holder", "Verhuisfirma Snel bv")
                .add("holderCompanyNumber", "0207183486")
                .add("purpose", "verhuis")
                .add("area", line(iodSpot[0] - 0.00014, iodSpot[1], iodSpot[0] + 0.00014, iodSpot[1]))
                .add("widthMetres", 6)
                .add("validFrom", now.minus(8, ChronoUnit.DAYS).toString())
                .add("validTo", now.plus(1, ChronoUnit.DAYS).toString())
                .build());
        assertThat(iod.status()).as(iod.toString()).isEqualTo(201);

        String batchId = "it-" + UUID.randomUUID();
        Map<String, String> expected = new HashMap<>();
        JsonArrayBuilder observations = Json.createArrayBuilder();
        observe(observations, expected, batchId + "-permit", permitHolder, "BE", seen, spot, "COVERED");
        observe(
                observations,
                expected,
                batchId + "-iod",
                iodCar,
                "BE",
                seen,
                new double[] {iodSpot[0], iodSpot[1] + 0.00001},
                "COVERED");
        observe(
                observations,
                expected,
                batchId + "-beside",
                besideTheIod,
                "BE",
                seen,
                new double[] {iodSpot[0] + 0.0010, iodSpot[1]},
                "CHARGED");
        observe(observations, expected, batchId + "-session", sessionCar, "BE", seenNow, spot, "COVERED");
        observe(observations, expected, batchId + "-card", cardCar, "BE", seenNow, spot, "COVERED");
        observe(observations, expected, batchId + "-night", nightCar, "BE", atNight, spot, "FREE_PERIOD");
        observe(observations, expected, batchId + "-unknown", unknownCar, "BE", seen, spot, "CHARGED");
        observe(observations, expected, batchId + "-overlap", blueZoneVisitor, "BE", seen, overlap, "COVERED");
        observe(observations, expected, batchId + "-dutch", dutchCar, "NL", seen, spot, "CHARGED");
        observe(observations, expected, batchId + "-an", AN_PEETERS_CAR, "BE", seen, spot, "CHARGED");
        observe(observations, expected, batchId + "-r1", repeatOffender, "BE", eveningBefore, spot, "CHARGED");
        observe(observations, expected, batchId + "-r2", repeatOffender, "BE", morning, spot, "REVIEW");
        observe(observations, expected, batchId + "-r3", repeatOffender, "BE", minutesLater, spot, "ALREADY_CHARGED");
        observe(observations, expected, batchId + "-garbage", "#?!", "BE", seen, spot, "UNREADABLE");
        byte[] batch = Json.createObjectBuilder()
                .add("batchId", batchId)
                .add("deviceId", "genk-scan-1")
                .add("observations", observations)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);

        assertThat(scanBatch(GENK, batch, SECRET).status()).isEqualTo(200);
        Map<String, JsonObject> outcomes = awaitOutcomes(expected.keySet());
        expected.forEach((id, outcome) -> assertThat(outcomes.get(id).getString("outcome"))
                .as(id + " " + outcomes.get(id))
                .isEqualTo(outcome));
        assertThat(outcomes.get(batchId + "-permit").getString("detail")).contains("RESIDENT_PERMIT");
        assertThat(outcomes.get(batchId + "-iod").getString("detail")).contains("IOD");
        assertThat(outcomes.get(batchId + "-session").getString("detail")).contains("PAID_SESSION");
        assertThat(outcomes.get(batchId + "-card").getString("detail")).contains("DISABLED_CARD");
        assertThat(outcomes.get(batchId + "-overlap").getString("zone"))
                .as("the zone that gave the right")
                .isEqualTo("GNK-BLAUW-CENTRUM");

        // The retributions: the tariff's amount, a valid structured reference, the payment term, the business model.
        JsonObject unknown = single(retributions("plate=" + unknownCar));
        assertThat(unknown.getString("status")).isEqualTo("ISSUED");
        assertThat(unknown.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("25.00");
        assertThat(unknown.getString("tariffProduct")).isEqualTo("PAID_ZONE_DAY");
        assertThat(unknown.getString("zone")).isEqualTo(PAID);
        assertThat(StructuredReference.parse(unknown.getString("paymentReference")))
                .isPresent();
        assertThat(LocalDate.parse(unknown.getString("dueDate"))).isAfter(LocalDate.parse(unknown.getString("day")));
        assertThat(unknown.getString("issuer")).isNotBlank();
        assertThat(unknown.getString("collector")).isNotBlank();
        for (String covered : List.of(permitHolder, iodCar, sessionCar, cardCar, nightCar, blueZoneVisitor)) {
            assertThat(retributions("plate=" + covered))
                    .as(covered + " had a right")
                    .isEmpty();
        }
        assertThat(single(retributions("plate=" + besideTheIod)).getString("status"))
                .isEqualTo("ISSUED");

        // The repeat offender: charged, then held for review (not issued) within 24 h, then not charged twice a day.
        JsonArray repeat = retributions("plate=" + repeatOffender);
        assertThat(repeat).hasSize(2);
        JsonObject held = repeat.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("status").equals("REVIEW"))
                .findFirst()
                .orElseThrow();
        assertThat(held.getString("reviewReason")).contains("less than 24 h");
        assertThat(retributions("status=REVIEW").getValuesAs(JsonObject.class))
                .anyMatch(r -> r.getString("id").equals(held.getString("id")));

        // Holders: the demo register knows An Peeters' car; a Dutch plate waits in the clerks' queue.
        JsonObject an = awaitHolder(AN_PEETERS_CAR);
        assertThat(an.getString("holderStatus")).isEqualTo("RESOLVED");
        assertThat(an.getString("holderId")).isEqualTo(AN_PEETERS);
        assertThat(single(retributions("plate=" + dutchCar + "&country=NL")).getString("holderStatus"))
                .isEqualTo("UNRESOLVED");
        assertThat(retributions("holderStatus=UNRESOLVED").getValuesAs(JsonObject.class))
                .anyMatch(r -> r.getString("country").equals("NL")
                        && r.getString("plate").equals(dutchCar.replace("-", "")));

        // A replay (the vendor retries): nothing new, however often.
        int before = retributions("limit=1000").size();
        for (int i = 0; i < 3; i++) {
            assertThat(scanBatch(GENK, batch, SECRET).status()).isEqualTo(200);
        }
        awaitOutcomes(expected.keySet());
        assertThat(retributions("limit=1000")).hasSize(before);
        assertThat(observationsOf(expected.keySet())).hasSize(expected.size());

        // The clerk issues the held one; a retried decision changes nothing; it is audited once.
        String path = "/api/v1/tenants/" + GENK + "/retributions/" + held.getString("id") + "/review";
        for (int i = 0; i < 2; i++) {
            Api.Reply issued = api.post(
                    path, ItTokens.valid("clerk", GENK), "{\"decision\":\"ISSUE\",\"note\":\"bewoner verhuisd\"}");
            assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
            assertThat(issued.json().getString("status")).isEqualTo("ISSUED");
        }
        assertThat(api.get(
                                "/api/v1/tenants/" + GENK + "/audit?entityType=retribution&entityId="
                                        + held.getString("id"),
                                ItTokens.valid("admin", GENK))
                        .array()
                        .getValuesAs(JsonObject.class))
                .filteredOn(entry -> entry.getString("action").equals("issue"))
                .hasSize(1);
        Api.Reply bad = api.post(path, ItTokens.valid("clerk", GENK), "{\"decision\":\"MAYBE\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();

        // Another municipality sees none of it.
        assertThat(api.get("/api/v1/tenants/" + GENK + "/retributions", ItTokens.valid("clerk", ANTWERPEN))
                        .status())
                .isIn(403, 404);
        assertThat(api.get(
                                "/api/v1/tenants/" + ANTWERPEN + "/retributions?limit=1000",
                                ItTokens.valid("clerk", ANTWERPEN))
                        .array()
                        .getValuesAs(JsonObject.class))
                .noneMatch(r -> r.getString("plate").equals(unknownCar));
        assertThat(api.get(
                                "/api/v1/tenants/" + ANTWERPEN + "/scan-observations?limit=1000",
                                ItTokens.valid("clerk", ANTWERPEN))
                        .array()
                        .getValuesAs(JsonObject.class))
                .noneMatch(o -> o.getString("batchId", "").equals(batchId));
    }

    @Test
    void aBlueZoneChargesOnlyACarSeenAgainAfterTheMaximumStay() {
        double[] spot = pointInside(GENK, EnforcementIT.BLUE);
        // Three sightings of one car on one day in one batch (so one processing transaction must see its own earlier
        // sightings): at the start, half an hour later (within the 120 minutes of the blue disc) and after 125 minutes.
        ZonedDateTime local = Instant.now().atZone(BRUSSELS);
        Instant first = (local.getHour() >= 3
                        ? local.toLocalDate().atTime(0, 10)
                        : local.toLocalDate().minusDays(1).atTime(10, 0))
                .atZone(BRUSSELS)
                .toInstant();
        String overstayer = freshPlate();
        String shortStay = freshPlate();
        String batchId = "it-blue-" + UUID.randomUUID();
        Map<String, String> expected = new HashMap<>();
        JsonArrayBuilder observations = Json.createArrayBuilder();
        observe(observations, expected, batchId + "-b1", overstayer, "BE", first, spot, "FIRST_SIGHTING");
        observe(
                observations,
                expected,
                batchId + "-b2",
                overstayer,
                "BE",
                first.plusSeconds(30 * 60),
                spot,
                "FIRST_SIGHTING");
        observe(
                observations,
                expected,
                batchId + "-b3",
                overstayer,
                "BE",
                first.plusSeconds(125 * 60),
                spot,
                "CHARGED");
        observe(
                observations,
                expected,
                batchId + "-s1",
                shortStay,
                "BE",
                first.plusSeconds(60 * 60),
                spot,
                "FIRST_SIGHTING");
        byte[] batch = Json.createObjectBuilder()
                .add("batchId", batchId)
                .add("deviceId", "genk-scan-2")
                .add("observations", observations)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);

        assertThat(scanBatch(GENK, batch, SECRET).status()).isEqualTo(200);
        Map<String, JsonObject> outcomes = awaitOutcomes(expected.keySet());
        expected.forEach((id, outcome) -> assertThat(outcomes.get(id).getString("outcome"))
                .as(id + " " + outcomes.get(id))
                .isEqualTo(outcome));
        JsonObject charged = single(retributions("plate=" + overstayer));
        assertThat(charged.getString("zone")).isEqualTo(EnforcementIT.BLUE);
        assertThat(charged.getString("tariffProduct")).isEqualTo("BLUE_ZONE_DAY");
        assertThat(Instant.parse(charged.getString("observedAt"))).isEqualTo(first.plusSeconds(125 * 60));
        assertThat(retributions("plate=" + shortStay)).isEmpty();
    }

    /**
     * A chunk judges and charges from what it reads at its start for all its observations: what earlier chunks settled
     * and charged must be in that read (the same transaction, the same municipality), or a later batch would charge a
     * car twice a day, miss the repeat review, or never charge a blue-zone overstayer seen again in another batch.
     */
    @Test
    void aLaterChunkSeesWhatEarlierChunksSettledAndCharged() {
        double[] paid = pointInside(GENK, PAID);
        double[] blue = pointInside(GENK, EnforcementIT.BLUE);
        LocalDate paidDay = paidDayAfterAPaidDay();
        Instant eveningBefore =
                paidDay.minusDays(1).atTime(18, 30).atZone(BRUSSELS).toInstant();
        Instant seen = paidDay.atTime(11, 0).atZone(BRUSSELS).toInstant();
        ZonedDateTime local = Instant.now().atZone(BRUSSELS);
        Instant firstInBlue = (local.getHour() >= 3
                        ? local.toLocalDate().atTime(0, 10)
                        : local.toLocalDate().minusDays(1).atTime(10, 0))
                .atZone(BRUSSELS)
                .toInstant();
        String repeatOffender = freshPlate();
        String chargedCar = freshPlate();
        String overstayer = freshPlate();
        String run = "it-chunks-" + UUID.randomUUID();

        Map<String, String> first = new HashMap<>();
        JsonArrayBuilder earlier = Json.createArrayBuilder();
        observe(earlier, first, run + "-r1", repeatOffender, "BE", eveningBefore, paid, "CHARGED");
        observe(earlier, first, run + "-c1", chargedCar, "BE", seen, paid, "CHARGED");
        observe(earlier, first, run + "-b1", overstayer, "BE", firstInBlue, blue, "FIRST_SIGHTING");
        Map<String, JsonObject> before = send(run + "-1", earlier, first);

        Map<String, String> second = new HashMap<>();
        JsonArrayBuilder later = Json.createArrayBuilder();
        observe(later, second, run + "-r2", repeatOffender, "BE", seen, paid, "REVIEW");
        observe(later, second, run + "-c2", chargedCar, "BE", seen.plusSeconds(1_800), paid, "ALREADY_CHARGED");
        observe(later, second, run + "-b2", overstayer, "BE", firstInBlue.plusSeconds(125 * 60), blue, "CHARGED");
        Map<String, JsonObject> after = send(run + "-2", later, second);

        assertThat(after.get(run + "-c2").getString("chargeId"))
                .as("the charge of the earlier chunk")
                .isEqualTo(before.get(run + "-c1").getString("chargeId"));
        assertThat(after.get(run + "-r2").getString("detail")).contains("less than 24 h");
        assertThat(retributions("plate=" + chargedCar)).hasSize(1);
        assertThat(retributions("plate=" + repeatOffender)).hasSize(2);
        assertThat(single(retributions("plate=" + overstayer)).getString("zone"))
                .isEqualTo(EnforcementIT.BLUE);
    }

    /** Sends one batch and waits until each of its observations has the expected outcome. */
    private Map<String, JsonObject> send(String batchId, JsonArrayBuilder observations, Map<String, String> expected) {
        byte[] batch = Json.createObjectBuilder()
                .add("batchId", batchId)
                .add("deviceId", "genk-scan-3")
                .add("observations", observations)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        assertThat(scanBatch(GENK, batch, SECRET).status()).isEqualTo(200);
        Map<String, JsonObject> outcomes = awaitOutcomes(expected.keySet());
        expected.forEach((id, outcome) -> assertThat(outcomes.get(id).getString("outcome"))
                .as(id + " " + outcomes.get(id))
                .isEqualTo(outcome));
        return outcomes;
    }

    @Test
    void anIodPermitIsARightOnItsPlaceOnly() {
        double[] spot = pointInside(GENK, PAID);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String van = freshPlate();
        JsonObject segment = line(spot[0] - 0.0002, spot[1], spot[0] + 0.0002, spot[1]);
        Api.Reply registered = iodPermit(Json.createObjectBuilder()
                .add("reference", "IOD-" + UUID.randomUUID().toString().substring(0, 8))
                .add("holder", "Jan Janssens")
                .add("holderNationalNumber", "85073003328")
                .add("area", segment)
                .add("widthMetres", 5)
                .add("validFrom", now.minusSeconds(3600).toString())
                .add("validTo", now.plusSeconds(3600).toString())
                .add(
                        "plates",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("plate", van.toLowerCase())))
                .build());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().getString("id");

        JsonObject onTheSpot = check(van, "lat=" + (spot[1] + 0.00001) + "&lon=" + spot[0]);
        assertThat(onTheSpot.getString("verdict")).isEqualTo("RIGHT");
        assertThat(onTheSpot.getString("rightKind")).isEqualTo("IOD");
        assertThat(check(van, "lat=" + (spot[1] + 0.0006) + "&lon=" + spot[0]).getString("verdict"))
                .as("60 m from the permitted kerb")
                .isEqualTo("NO_RIGHT");
        assertThat(check(van, "zone=" + PAID).getString("verdict"))
                .as("the permit's place lies in the zone")
                .isEqualTo("RIGHT");
        assertThat(check(freshPlate(), "lat=" + (spot[1] + 0.00001) + "&lon=" + spot[0])
                        .getString("verdict"))
                .as("another car on the spot")
                .isEqualTo("NO_RIGHT");

        // Bad input is explained; the same key returns the same permit.
        Api.Reply bad = iodPermit(Json.createObjectBuilder()
                .add("reference", "x y")
                .add("area", line(4.0, 60.0, 4.1, 60.0))
                .add("validFrom", now.toString())
                .add("validTo", now.minusSeconds(1).toString())
                .build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body())
                .contains("reference")
                .contains("holder")
                .contains("area")
                .contains("validTo");

        assertThat(api.delete("/api/v1/tenants/" + GENK + "/iod-permits/" + id, ItTokens.valid("clerk", GENK))
                        .status())
                .isEqualTo(200);
        assertThat(check(van, "lat=" + (spot[1] + 0.00001) + "&lon=" + spot[0]).getString("verdict"))
                .isEqualTo("NO_RIGHT");
        assertThat(api.get("/api/v1/tenants/" + GENK + "/iod-permits/" + id, ItTokens.valid("clerk", ANTWERPEN))
                        .status())
                .isIn(403, 404);

        // Genk's own IOD back-office registers permits through the API with a machine token, and can do nothing else.
        String iodSystem = ItTokens.valid("iod-system", GENK);
        long genkStamp = changeStamp(GENK);
        long antwerpenStamp = changeStamp(ANTWERPEN);
        Api.Reply fromTheSystem = api.exchange(
                "POST",
                "/api/v1/tenants/" + GENK + "/iod-permits",
                iodSystem,
                Map.of("Content-Type", "application/json", "Idempotency-Key", "iod-system-" + UUID.randomUUID()),
                Json.createObjectBuilder()
                        .add("reference", "SIG-" + UUID.randomUUID().toString().substring(0, 8))
                        .add("holder", "Aannemer Bouw nv")
                        .add("holderCompanyNumber", "0207183486")
                        .add("area", segment)
                        .add("widthMetres", 4)
                        .add("validFrom", now.toString())
                        .add("validTo", now.plusSeconds(7200).toString())
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(fromTheSystem.status()).as(fromTheSystem.toString()).isEqualTo(201);
        assertThat(changeStamp(GENK))
                .as("other instances read their copies again")
                .isGreaterThan(genkStamp);
        // A permit for any vehicle counts for every car on its place from the moment it is registered, and no longer
        // from the moment it is revoked (checks read a copy of these permits; registering and revoking drop it).
        String anyCar = freshPlate();
        JsonObject anyCarOnTheSpot = check(anyCar, "lat=" + (spot[1] + 0.00001) + "&lon=" + spot[0]);
        assertThat(anyCarOnTheSpot.getString("verdict")).isEqualTo("RIGHT");
        assertThat(anyCarOnTheSpot.getString("rightKind")).isEqualTo("IOD");
        assertThat(check(anyCar, "lat=" + (spot[1] + 0.0006) + "&lon=" + spot[0])
                        .getString("verdict"))
                .as("60 m from the permitted kerb")
                .isEqualTo("NO_RIGHT");
        assertThat(api.get("/api/v1/tenants/" + GENK + "/enforcement/check?plate=" + van + "&zone=" + PAID, iodSystem)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/tenants/" + GENK + "/retributions", iodSystem)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/tenants/" + ANTWERPEN + "/iod-permits", iodSystem)
                        .status())
                .isIn(403, 404);
        assertThat(api.delete(
                                "/api/v1/tenants/" + GENK + "/iod-permits/"
                                        + fromTheSystem.json().getString("id"),
                                iodSystem)
                        .status())
                .isEqualTo(200);
        assertThat(check(anyCar, "lat=" + (spot[1] + 0.00001) + "&lon=" + spot[0])
                        .getString("verdict"))
                .isEqualTo("NO_RIGHT");
        assertThat(changeStamp(GENK)).isGreaterThan(genkStamp + 1);
        assertThat(changeStamp(ANTWERPEN))
                .as("another municipality's copies stay")
                .isEqualTo(antwerpenStamp);
    }

    @Test
    void theMunicipalityDecidesTheGracePeriodAndWhatWardensSee() {
        String plate = freshPlate();
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
        register(right("VISITOR", plate, PAID, end.minusSeconds(3600), end));
        assertThat(check(plate, "zone=" + PAID).getString("verdict")).isEqualTo("RECENTLY_EXPIRED");
        String settings = "/api/v1/tenants/" + GENK + "/enforcement-settings";
        JsonObject current = api.get(settings, ItTokens.valid("admin", GENK)).json();
        try {
            Api.Reply changed = api.put(
                    settings,
                    ItTokens.valid("admin", GENK),
                    Json.createObjectBuilder(current)
                            .add("graceMinutes", 5)
                            .add("revealRightDetails", false)
                            .build());
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(check(plate, "zone=" + PAID).getString("verdict")).isEqualTo("NO_RIGHT");
            String other = freshPlate();
            register(right("WHITELIST", other, PAID, end, end.plusSeconds(7200)));
            JsonObject hidden = check(other, "zone=" + PAID);
            assertThat(hidden.getString("verdict")).isEqualTo("RIGHT");
            assertThat(hidden.containsKey("rightKind")).isFalse();
            assertThat(api.put(settings, ItTokens.valid("warden", GENK), current)
                            .status())
                    .isEqualTo(403);
            assertThat(api.put(
                                    settings,
                                    ItTokens.valid("admin", GENK),
                                    Json.createObjectBuilder(current)
                                            .add("graceMinutes", 500)
                                            .build())
                            .status())
                    .isEqualTo(400);
            assertThat(api.get(
                                    "/api/v1/tenants/" + ANTWERPEN + "/enforcement-settings",
                                    ItTokens.valid("admin", ANTWERPEN))
                            .json()
                            .getInt("graceMinutes"))
                    .as("Antwerpen keeps its own")
                    .isEqualTo(15);
        } finally {
            api.put(
                    settings,
                    ItTokens.valid("admin", GENK),
                    Json.createObjectBuilder(current)
                            .add("graceMinutes", 15)
                            .add("revealRightDetails", true)
                            .build());
        }
    }

    @Test
    void aChangeMadeOnAnotherInstanceReachesTheChecksWithinAboutASecond() throws SQLException {
        String plate = freshPlate();
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
        register(right("VISITOR", plate, PAID, end.minusSeconds(3600), end));
        String settings = "/api/v1/tenants/" + GENK + "/enforcement-settings";
        String admin = ItTokens.valid("admin", GENK);
        JsonObject current = api.get(settings, admin).json();
        long before = changeStamp(GENK);
        // A real change (16 minutes, not the 15 an earlier test may have left): a save that changes nothing writes no
        // row, so it has nothing to tell the other instances.
        assertThat(api.put(
                                settings,
                                admin,
                                Json.createObjectBuilder(current)
                                        .add("graceMinutes", 16)
                                        .build())
                        .status())
                .isEqualTo(200);
        assertThat(changeStamp(GENK))
                .as("a change through the API raises the stamp")
                .isGreaterThan(before);
        try {
            assertThat(check(plate, "zone=" + PAID).getString("verdict")).isEqualTo("RECENTLY_EXPIRED");
            // Another instance on the same database changes the settings and raises the stamp in one transaction; this
            // test plays that instance in SQL. This instance has the old settings in its copy.
            try (Connection db = ItDatabase.adminConnection(ItDatabase.NAME)) {
                db.setAutoCommit(false);
                update(db, "update enforcement_settings set grace_minutes = 5 where tenant_id = ?", GENK);
                update(db, "update tenant set change_stamp = change_stamp + 1 where nis_code = ?", GENK);
                db.commit();
            }
            long changed = System.nanoTime();
            await("the other instance's settings seen")
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> check(plate, "zone=" + PAID).getString("verdict"), "NO_RIGHT"::equals);
            long millis = (System.nanoTime() - changed) / 1_000_000;
            assertThat(millis)
                    .as("the stamps are read every second; the copies were kept for a minute")
                    .isLessThan(2_500);
        } finally {
            api.put(
                    settings,
                    admin,
                    Json.createObjectBuilder(current).add("graceMinutes", 15).build());
        }
    }

    static long changeStamp(String nis) {
        try (Connection db = ItDatabase.adminConnection(ItDatabase.NAME);
                PreparedStatement read = db.prepareStatement("select change_stamp from tenant where nis_code = ?")) {
            read.setString(1, nis);
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void update(Connection db, String sql, String nis) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(sql)) {
            update.setString(1, nis);
            assertThat(update.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    static void observe(
            JsonArrayBuilder observations,
            Map<String, String> expected,
            String id,
            String plate,
            String country,
            Instant at,
            double[] point,
            String outcome) {
        observations.add(Json.createObjectBuilder()
                .add("observationId", id)
                .add("plate", plate)
                .add("country", country)
                .add("observedAt", at.toString())
                .add("lat", point[1])
                .add("lon", point[0])
                .add("photoRef", "photo-" + id));
        expected.put(id, outcome);
    }

    Map<String, JsonObject> awaitOutcomes(Set<String> ids) {
        List<JsonObject> seen = await("observations processed in time")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> observationsOf(ids),
                        now -> now.size() == ids.size()
                                && now.stream()
                                        .noneMatch(o -> o.getString("outcome").equals("RECEIVED")));
        Map<String, JsonObject> byId = new HashMap<>();
        seen.forEach(o -> byId.put(o.getString("observationId"), o));
        return byId;
    }

    List<JsonObject> observationsOf(Set<String> ids) {
        return api
                .get("/api/v1/tenants/" + GENK + "/scan-observations?limit=1000", ItTokens.valid("clerk", GENK))
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o -> ids.contains(o.getString("observationId")))
                .toList();
    }

    JsonObject awaitHolder(String plate) {
        return await("holder looked up in time")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(
                        () -> single(retributions("plate=" + plate)),
                        r -> !r.getString("holderStatus").equals("PENDING"));
    }

    JsonArray retributions(String query) {
        Api.Reply reply = api.get("/api/v1/tenants/" + GENK + "/retributions?" + query, ItTokens.valid("clerk", GENK));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array();
    }

    static JsonObject single(JsonArray array) {
        assertThat(array).hasSize(1);
        return array.getJsonObject(0);
    }

    static JsonObject line(double lon1, double lat1, double lon2, double lat2) {
        return Json.createObjectBuilder()
                .add("type", "LineString")
                .add(
                        "coordinates",
                        Json.createArrayBuilder()
                                .add(Json.createArrayBuilder().add(lon1).add(lat1))
                                .add(Json.createArrayBuilder().add(lon2).add(lat2)))
                .build();
    }

    Api.Reply iodPermit(JsonObject body) {
        return api.exchange(
                "POST",
                "/api/v1/tenants/" + GENK + "/iod-permits",
                ItTokens.valid("clerk", GENK),
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json",
                        "Idempotency-Key",
                        "iod-" + UUID.randomUUID()),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    void register(JsonObject body) {
        Api.Reply reply = api.exchange(
                "POST",
                "/api/v1/tenants/" + GENK + "/rights",
                ItTokens.valid("clerk", GENK),
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json",
                        "Idempotency-Key",
                        "right-" + UUID.randomUUID()),
                body.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    JsonObject check(String plate, String where) {
        Api.Reply reply = api.get(
                "/api/v1/tenants/" + GENK + "/enforcement/check?plate="
                        + URLEncoder.encode(plate, StandardCharsets.UTF_8) + "&" + where,
                ItTokens.valid("warden", GENK));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /**
     * The latest day before today on which Genk's shopping zone is paid (Monday to Saturday) and whose day before is
     * paid too: Tuesday to Saturday. At most 3 days ago, well within the retention the tests run with.
     */
    static LocalDate paidDayAfterAPaidDay() {
        LocalDate day = LocalDate.now(BRUSSELS).minusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SUNDAY || day.getDayOfWeek() == DayOfWeek.MONDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** A car linked by its holder to a disabled-person card registered platform-wide (not by Genk). */
    String disabledCardCar(Instant now) {
        String holder = DisabledCardIT.nationalNumber();
        String number = "PK" + (10_000_000 + (int) (Math.random() * 89_999_999));
        Api.Reply card = api.exchange(
                "POST",
                "/api/v1/disabled-cards",
                ItTokens.operator(),
                Map.of("Content-Type", "application/json", "Idempotency-Key", "card-" + UUID.randomUUID()),
                Json.createObjectBuilder()
                        .add("number", number)
                        .add("holderNationalNumber", holder)
                        .add("validFrom", LocalDate.now(BRUSSELS).minusYears(1).toString())
                        .add("validUntil", LocalDate.now(BRUSSELS).plusYears(1).toString())
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(card.status()).as(card.toString()).isEqualTo(201);
        String plate = freshPlate();
        Api.Reply linked = api.post(
                "/api/v1/me/disabled-cards/" + number + "/plates",
                ItTokens.citizen(holder),
                Json.createObjectBuilder().add("plate", plate).build());
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        return plate;
    }

    double[] pointInside(String nis, String zone) {
        return new EnforcementIT.Points(api).inside(nis, zone);
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

    static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject right(String kind, String plate, String zone, Instant from, Instant to) {
        return EnforcementIT.right(kind, plate, zone, from, to);
    }

    static String freshPlate() {
        return EnforcementIT.freshPlate();
    }
}
