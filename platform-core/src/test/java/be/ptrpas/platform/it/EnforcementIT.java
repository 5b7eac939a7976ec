package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The rights registry and the plate check against the real platform on PostgreSQL: every way a plate may be typed,
 * the grace period, zone-bound and municipality-wide rights, revocation taking effect at once, what a warden may
 * see, and municipalities kept apart.
 */
class EnforcementIT extends DeployedPlatform {

    static final String GENK = "71016";
    static final String ANTWERPEN = "11002";
    static final String BLUE = "GNK-BLAUW-CENTRUM";

    @Test
    void aWardenSeesTheRightHoweverThePlateIsTyped() {
        String plate = freshPlate();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Reply registered =
                register(GENK, right("WHITELIST", plate, BLUE, now.minusSeconds(3600), now.plusSeconds(3600)));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        for (String typed :
                new String[] {plate, plate.toLowerCase(), plate.replace("-", " "), plate.replace("-", "")}) {
            JsonObject verdict = check(GENK, typed, "zone=" + BLUE);
            assertThat(verdict.getString("verdict")).as(typed).isEqualTo("RIGHT");
            assertThat(verdict.getString("plate")).isEqualTo(plate);
            assertThat(verdict.getString("rightKind")).isEqualTo("WHITELIST");
            assertThat(Instant.parse(verdict.getString("validUntil"))).isEqualTo(now.plusSeconds(3600));
        }
        assertThat(check(GENK, plate, "zone=GNK-BETAALD-SHOPPING").getString("verdict"))
                .as("a right in the blue zone is no right in the paid zone")
                .isEqualTo("NO_RIGHT");
    }

    @Test
    void everyKindOfRightInTheRegistryIsAnsweredWithItsKind() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (String kind : List.of(
                "RESIDENT_PERMIT",
                "EMPLOYEE_PERMIT",
                "BUSINESS_PERMIT",
                "CAREGIVER_PERMIT",
                "SECOND_RESIDENCE_PERMIT",
                "VISITOR",
                "WHITELIST",
                "EXEMPTION",
                "PAID_SESSION")) {
            String plate = freshPlate();
            Api.Reply registered =
                    register(GENK, right(kind, plate, BLUE, now.minusSeconds(60), now.plusSeconds(3600)));
            assertThat(registered.status()).as(kind + " " + registered).isEqualTo(201);
            JsonObject verdict = check(GENK, plate, "zone=" + BLUE);
            assertThat(verdict.getString("verdict")).as(kind).isEqualTo("RIGHT");
            assertThat(verdict.getString("rightKind")).as(kind).isEqualTo(kind);
        }
        // Older Belgian formats and foreign plates (with their country) are rights of their own.
        String old = "ABC-" + (100 + (int) (Math.random() * 899));
        String dutch = "GH-" + (100 + (int) (Math.random() * 899)) + "-K";
        register(GENK, right("VISITOR", old, BLUE, now.minusSeconds(60), now.plusSeconds(3600)));
        Api.Reply foreign = register(
                GENK,
                Json.createObjectBuilder(right("VISITOR", dutch, BLUE, now.minusSeconds(60), now.plusSeconds(3600)))
                        .add("country", "NL")
                        .build());
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(201);
        assertThat(check(GENK, old.toLowerCase().replace("-", " "), "zone=" + BLUE)
                        .getString("verdict"))
                .isEqualTo("RIGHT");
        assertThat(check(GENK, dutch, "zone=" + BLUE + "&country=NL").getString("verdict"))
                .isEqualTo("RIGHT");
        assertThat(check(GENK, dutch.replace("-", ""), "zone=" + BLUE + "&country=DE")
                        .getString("verdict"))
                .as("the same characters from another country")
                .isEqualTo("NO_RIGHT");
        // An IOD kind or a disabled card is never registered by hand: they follow their own source.
        for (String kind : List.of("IOD", "DISABLED_CARD")) {
            assertThat(register(GENK, right(kind, freshPlate(), BLUE, now, now.plusSeconds(60)))
                            .status())
                    .as(kind)
                    .isEqualTo(400);
        }
    }

    @Test
    void justAfterTheEndTheVerdictIsRecentlyExpiredThenNoRight() {
        String plate = freshPlate();
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        register(GENK, right("VISITOR", plate, BLUE, end.minusSeconds(7200), end));
        assertThat(check(GENK, plate, "zone=" + BLUE + "&at=" + end.minusSeconds(1))
                        .getString("verdict"))
                .isEqualTo("RIGHT");
        assertThat(check(GENK, plate, "zone=" + BLUE + "&at=" + end).getString("verdict"))
                .as("the end is exclusive")
                .isEqualTo("RECENTLY_EXPIRED");
        assertThat(check(GENK, plate, "zone=" + BLUE + "&at=" + end.plusSeconds(14 * 60))
                        .getString("verdict"))
                .isEqualTo("RECENTLY_EXPIRED");
        assertThat(check(GENK, plate, "zone=" + BLUE + "&at=" + end.plusSeconds(16 * 60))
                        .getString("verdict"))
                .isEqualTo("NO_RIGHT");
        assertThat(check(GENK, plate, "zone=" + BLUE + "&at=" + end.minusSeconds(7300))
                        .getString("verdict"))
                .as("before it started")
                .isEqualTo("NO_RIGHT");
    }

    @Test
    void aMunicipalityWideRightCountsInEveryZoneAndTheZoneFollowsFromThePosition() {
        String plate = freshPlate();
        Instant now = Instant.now();
        register(GENK, right("EXEMPTION", plate, null, now.minusSeconds(60), now.plusSeconds(3600)));
        double[] inside = pointInside(GENK, BLUE);
        JsonObject byPosition = check(GENK, plate, "lat=" + inside[1] + "&lon=" + inside[0]);
        assertThat(byPosition.getString("verdict")).isEqualTo("RIGHT");
        assertThat(byPosition.getString("zone")).isEqualTo(BLUE);
        assertThat(check(GENK, plate, "zone=GNK-BETAALD-SHOPPING").getString("verdict"))
                .isEqualTo("RIGHT");
        JsonObject nowhere = check(GENK, plate, "lat=51.2194&lon=4.4025");
        assertThat(nowhere.getString("verdict"))
                .as("Antwerp's centre is in no zone of Genk")
                .isEqualTo("NO_REGULATED_ZONE");
        assertThat(nowhere.containsKey("zone")).isFalse();
    }

    /** Issue 13 (from parkkihubi's tests): a paid zone overlapping a resident zone must not fine the resident. */
    @Test
    void aRightCountsWhereverItsZoneHoldsTheCarWhateverZoneOverlapsThere() {
        // Antwerpen's demo data: the paid zone ANT-GEEL-ZUID (tier 1) overlaps the resident zone ANT-BEW-ZUID here.
        double lat = 51.2088583;
        double lon = 4.3933205;
        String zonesHere = api.get(
                        "/api/v1/public/tenants/" + ANTWERPEN + "/zones/lookup?lat=" + lat + "&lon=" + lon, null)
                .body();
        assertThat(zonesHere).contains("ANT-GEEL-ZUID").contains("ANT-BEW-ZUID");
        String resident = freshPlate();
        Instant now = Instant.now();
        assertThat(register(
                                ANTWERPEN,
                                right(
                                        "RESIDENT_PERMIT",
                                        resident,
                                        "ANT-BEW-ZUID",
                                        now.minusSeconds(60),
                                        now.plusSeconds(3600)))
                        .status())
                .isEqualTo(201);
        JsonObject verdict = check(ANTWERPEN, resident, "lat=" + lat + "&lon=" + lon);
        assertThat(verdict.getString("verdict")).isEqualTo("RIGHT");
        assertThat(verdict.getString("zone")).as("the zone that gave the right").isEqualTo("ANT-BEW-ZUID");
        assertThat(verdict.getString("rightKind")).isEqualTo("RESIDENT_PERMIT");
        JsonObject stranger = check(ANTWERPEN, freshPlate(), "lat=" + lat + "&lon=" + lon);
        assertThat(stranger.getString("verdict")).isEqualTo("NO_RIGHT");
        assertThat(stranger.getString("zone"))
                .as("without a right the highest tier decides")
                .isEqualTo("ANT-GEEL-ZUID");
        assertThat(check(ANTWERPEN, resident, "zone=ANT-GEEL-ZUID").getString("verdict"))
                .as("named zone: the resident zone's right is still no right in the paid zone elsewhere")
                .isEqualTo("NO_RIGHT");
    }

    @Test
    void outsideEveryZoneTheCheckSaysSoListsNearbyRightsAndAnIodPermitHoldsOnItsPlace() {
        // 70 m west of Genk's blue zone, in no zone of Genk.
        double[] near = {5.488328, 50.967542};
        String plate = freshPlate();
        Instant now = Instant.now();
        register(GENK, right("WHITELIST", plate, BLUE, now.minusSeconds(60), now.plusSeconds(3600)));
        JsonObject outside = check(GENK, plate, "lat=" + near[1] + "&lon=" + near[0]);
        assertThat(outside.getString("verdict")).isEqualTo("NO_REGULATED_ZONE");
        assertThat(outside.containsKey("zone")).isFalse();
        assertThat(outside.getJsonArray("nearbyRights").getValuesAs(JsonObject.class))
                .anyMatch(r -> r.getString("zone").equals(BLUE)
                        && r.getString("rightKind").equals("WHITELIST"));
        JsonObject nobody = check(GENK, freshPlate(), "lat=" + near[1] + "&lon=" + near[0]);
        assertThat(nobody.getString("verdict")).isEqualTo("NO_REGULATED_ZONE");
        assertThat(nobody.getJsonArray("nearbyRights")).isEmpty();

        // An IOD permit for a named van, on 20 m of kerb 280 m west of the blue zone, outside every zone.
        String van = freshPlate();
        double[] spot = {5.485328, 50.967542};
        Api.Reply iod = api.exchange(
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
                Json.createObjectBuilder()
                        .add("reference", "IOD-" + UUID.randomUUID().toString().substring(0, 8))
                        .add("holder", "Verhuisfirma Snel bv")
                        .add("holderCompanyNumber", "0207183486")
                        .add("purpose", "verhuis")
                        .add("area", ScanEnforcementIT.line(spot[0] - 0.00014, spot[1], spot[0] + 0.00014, spot[1]))
                        .add("widthMetres", 6)
                        .add("validFrom", now.minusSeconds(3600).toString())
                        .add("validTo", now.plusSeconds(3600).toString())
                        .add(
                                "plates",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder().add("plate", van)))
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(iod.status()).as(iod.toString()).isEqualTo(201);
        JsonObject onItsPlace = check(GENK, van, "lat=" + spot[1] + "&lon=" + spot[0]);
        assertThat(onItsPlace.getString("verdict")).isEqualTo("RIGHT");
        assertThat(onItsPlace.getString("rightKind")).isEqualTo("IOD");
        assertThat(check(GENK, van, "lat=" + near[1] + "&lon=" + near[0]).getString("verdict"))
                .as("not on its place")
                .isEqualTo("NO_REGULATED_ZONE");
    }

    @Test
    void inABlueZoneNoRightStillSaysADiscAllowsTheMaximumStay() {
        JsonObject verdict = check(GENK, freshPlate(), "zone=" + BLUE);
        assertThat(verdict.getString("verdict")).isEqualTo("NO_RIGHT");
        assertThat(verdict.getInt("discMaxStayMinutes"))
                .as("Genk's blue zone: 2 h with a parking disc")
                .isEqualTo(120);
        assertThat(check(GENK, freshPlate(), "zone=GNK-BETAALD-SHOPPING").containsKey("discMaxStayMinutes"))
                .as("a paid zone has no disc")
                .isFalse();
    }

    @Test
    void germanPlatesWithUmlautsAreRightsAndChecksOfTheirOwn() {
        String plate = "GÖ-" + freshPlate().substring(2, 5) + " " + (10 + (int) (Math.random() * 89));
        Instant now = Instant.now();
        Api.Reply registered = register(
                GENK,
                Json.createObjectBuilder(right("VISITOR", plate, BLUE, now.minusSeconds(60), now.plusSeconds(3600)))
                        .add("country", "DE")
                        .build());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        JsonObject verdict = check(GENK, plate.toLowerCase(Locale.ROOT), "zone=" + BLUE + "&country=DE");
        assertThat(verdict.getString("verdict")).isEqualTo("RIGHT");
        assertThat(verdict.getString("plate")).isEqualTo(plate.replace("-", "").replace(" ", ""));
        assertThat(check(GENK, plate.replace("Ö", "O"), "zone=" + BLUE + "&country=DE")
                        .getString("verdict"))
                .as("GO is another district than GÖ")
                .isEqualTo("NO_RIGHT");
    }

    @Test
    void aZoneThatLiveRightsNameCannotBeDeleted() {
        String code =
                "GNK-IT-WEG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        double lon = 5.53;
        double lat = 50.95;
        JsonObject zone = Json.createObjectBuilder()
                .add("code", code)
                .add("kind", "RESIDENT")
                .add("name", Json.createObjectBuilder().add("nl", "Testzone " + code))
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
                                                                .add(lon + 0.002)
                                                                .add(lat))
                                                        .add(Json.createArrayBuilder()
                                                                .add(lon + 0.002)
                                                                .add(lat + 0.002))
                                                        .add(Json.createArrayBuilder()
                                                                .add(lon)
                                                                .add(lat + 0.002))
                                                        .add(Json.createArrayBuilder()
                                                                .add(lon)
                                                                .add(lat)))))
                .build();
        Api.Reply created =
                api.post("/api/v1/tenants/" + GENK + "/zones", ItTokens.valid("admin", GENK), zone.toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Instant now = Instant.now();
        String resident = freshPlate();
        String first = register(
                        GENK, right("RESIDENT_PERMIT", resident, code, now.minusSeconds(60), now.plusSeconds(3600)))
                .json()
                .getString("id");
        String second = register(
                        GENK, right("VISITOR", freshPlate(), code, now.minusSeconds(60), now.plusSeconds(3600)))
                .json()
                .getString("id");
        register(GENK, right("VISITOR", freshPlate(), code, now.minusSeconds(7200), now.minusSeconds(3600)));

        Api.Reply refused = api.delete("/api/v1/tenants/" + GENK + "/zones/" + code, ItTokens.valid("admin", GENK));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("https://ptr-pas.be/problems/conflict");
        assertThat(refused.json().getString("detail")).contains("2 ");
        assertThat(check(GENK, resident, "zone=" + code).getString("verdict"))
                .as("its rights stay checkable")
                .isEqualTo("RIGHT");

        for (String id : List.of(first, second)) {
            assertThat(api.delete("/api/v1/tenants/" + GENK + "/rights/" + id, ItTokens.valid("clerk", GENK))
                            .status())
                    .isEqualTo(200);
        }
        Api.Reply deleted = api.delete("/api/v1/tenants/" + GENK + "/zones/" + code, ItTokens.valid("admin", GENK));
        assertThat(deleted.status()).as(deleted.toString()).isIn(200, 204);
    }

    @Test
    void aRevokedRightStopsCountingAtOnceAndAHiddenRightRevealsNothing() {
        String plate = freshPlate();
        Instant now = Instant.now();
        String id = register(GENK, right("EXEMPTION", plate, BLUE, now.minusSeconds(60), now.plusSeconds(3600)))
                .json()
                .getString("id");
        assertThat(check(GENK, plate, "zone=" + BLUE).getString("verdict")).isEqualTo("RIGHT");
        assertThat(api.delete("/api/v1/tenants/" + GENK + "/rights/" + id, ItTokens.valid("clerk", GENK))
                        .status())
                .isEqualTo(200);
        assertThat(check(GENK, plate, "zone=" + BLUE).getString("verdict")).isEqualTo("NO_RIGHT");
        JsonArray audit = api.get(
                        "/api/v1/tenants/" + GENK + "/audit?entityType=parking-right&entityId=" + id,
                        ItTokens.valid("admin", GENK))
                .array();
        assertThat(audit).hasSize(2);

        String hidden = freshPlate();
        JsonObjectBuilder discreet = Json.createObjectBuilder(
                        right("CAREGIVER_PERMIT", hidden, null, now.minusSeconds(60), now.plusSeconds(3600)))
                .add("revealable", false);
        register(GENK, discreet.build());
        JsonObject verdict = check(GENK, hidden, "zone=" + BLUE);
        assertThat(verdict.getString("verdict")).isEqualTo("RIGHT");
        assertThat(verdict.containsKey("rightKind")).as("the kind stays hidden").isFalse();
        assertThat(verdict.containsKey("validUntil")).isFalse();
    }

    @Test
    void registeringIsIdempotentAndBadInputIsExplained() {
        String plate = freshPlate();
        Instant now = Instant.now();
        JsonObject body = right("WHITELIST", plate, BLUE, now, now.plusSeconds(60));
        String key = "right-" + UUID.randomUUID();
        Api.Reply first = register(GENK, body, key);
        Api.Reply again = register(GENK, body, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getString("id")).isEqualTo(first.json().getString("id"));

        Api.Reply bad = register(
                GENK,
                Json.createObjectBuilder()
                        .add("kind", "FRIEND_OF_THE_MAYOR")
                        .add("plate", "X")
                        .add("zone", "NO-SUCH-ZONE")
                        .add("validFrom", now.toString())
                        .add("validTo", now.minusSeconds(1).toString())
                        .build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body())
                .contains("kind")
                .contains("plate")
                .contains("zone")
                .contains("validTo");
        assertThat(api.get(
                                "/api/v1/tenants/" + GENK + "/enforcement/check?plate=not+a+plate&zone=" + BLUE,
                                ItTokens.valid("warden", GENK))
                        .status())
                .isEqualTo(400);
        assertThat(api.get(
                                "/api/v1/tenants/" + GENK + "/enforcement/check?plate=" + plate,
                                ItTokens.valid("warden", GENK))
                        .status())
                .as("neither zone nor position")
                .isEqualTo(400);
        assertThat(api.get(
                                "/api/v1/tenants/" + GENK + "/enforcement/check?plate=" + plate + "&zone=" + BLUE
                                        + "&at=yesterday",
                                ItTokens.valid("warden", GENK))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void municipalitiesDoNotSeeEachOthersRights() {
        String plate = freshPlate();
        Instant now = Instant.now();
        register(GENK, right("WHITELIST", plate, null, now.minusSeconds(60), now.plusSeconds(3600)));
        assertThat(api.get(
                                "/api/v1/tenants/" + GENK + "/enforcement/check?plate=" + plate + "&zone=" + BLUE,
                                ItTokens.valid("warden", ANTWERPEN))
                        .status())
                .isEqualTo(404);
        assertThat(check(ANTWERPEN, plate, "zone=ANT-ROOD-CENTRUM").getString("verdict"))
                .as("Genk's whitelist is no right in Antwerpen")
                .isEqualTo("NO_RIGHT");
        assertThat(api.get(
                                "/api/v1/tenants/" + ANTWERPEN + "/rights?plate=" + plate,
                                ItTokens.valid("clerk", ANTWERPEN))
                        .array())
                .isEmpty();
    }

    @Test
    void checksAreLoggedAndHandheldsCanTakeTheValidRightsOffline() {
        String plate = freshPlate();
        Instant now = Instant.now();
        register(GENK, right("WHITELIST", plate, BLUE, now.minusSeconds(60), now.plusSeconds(3600)));
        Api.Reply checked = api.exchange(
                "GET",
                "/api/v1/tenants/" + GENK + "/enforcement/check?plate=" + plate + "&zone=" + BLUE,
                ItTokens.valid("warden", GENK),
                Map.of("Accept", "application/json", "X-Device-Id", "handheld-7"),
                null);
        assertThat(checked.status()).isEqualTo(200);
        String normalized = plate.replace("-", "");
        // The log is written off the request path, in batches: poll for the entry.
        JsonObject logged = await("the check is logged within 10 s")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> api
                                .get(
                                        "/api/v1/tenants/" + GENK + "/enforcement/checks?limit=500",
                                        ItTokens.valid("admin", GENK))
                                .array()
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(c -> c.getString("plate").equals(normalized))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(logged.getString("device")).isEqualTo("handheld-7");
        assertThat(logged.getString("verdict")).isEqualTo("RIGHT");
        assertThat(logged.getString("zone")).isEqualTo(BLUE);

        // A check by position for another moment keeps both the position and the moment checked for.
        double[] inside = pointInside(GENK, BLUE);
        Instant checkedFor = now.plusSeconds(1800).truncatedTo(ChronoUnit.SECONDS);
        check(GENK, plate, "lat=" + inside[1] + "&lon=" + inside[0] + "&at=" + checkedFor);
        JsonObject positioned = await("the positioned check is logged within 10 s")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> api
                                .get(
                                        "/api/v1/tenants/" + GENK + "/enforcement/checks?limit=500",
                                        ItTokens.valid("admin", GENK))
                                .array()
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(c -> c.getString("plate").equals(normalized) && c.containsKey("lat"))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(positioned.getJsonNumber("lat").doubleValue()).isEqualTo(inside[1]);
        assertThat(positioned.getJsonNumber("lon").doubleValue()).isEqualTo(inside[0]);
        assertThat(Instant.parse(positioned.getString("at"))).isEqualTo(checkedFor);
        assertThat(api.get("/api/v1/tenants/" + ANTWERPEN + "/enforcement/checks", ItTokens.valid("admin", ANTWERPEN))
                        .body())
                .doesNotContain(normalized);

        // The export pages through every valid right of the zone exactly once.
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = api.get(
                            "/api/v1/tenants/" + GENK + "/enforcement/rights-export?zone=" + BLUE + "&limit=2"
                                    + (cursor == null ? "" : "&cursor=" + cursor),
                            ItTokens.valid("warden", GENK))
                    .json();
            for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertThat(seen.add(item.getString("plate") + "|" + item.getString("kind", "?") + "|"
                                + item.getString("validUntil", "?")))
                        .as("no right twice")
                        .isTrue();
            }
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
            pages++;
        } while (cursor != null && pages < 1000);
        assertThat(seen).anyMatch(entry -> entry.startsWith(plate + "|WHITELIST|"));
        assertThat(api.get(
                                "/api/v1/tenants/" + GENK + "/enforcement/rights-export?zone=NOPE",
                                ItTokens.valid("warden", GENK))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aBatchOfRightsIsRegisteredOnceWithAnOutcomePerLine() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String ref = "it-" + UUID.randomUUID() + "-";
        String resident = freshPlate();
        String visitor = freshPlate();
        JsonObject body = batch(List.of(
                line(ref + "1", right("RESIDENT_PERMIT", resident, BLUE, now.minusSeconds(60), now.plusSeconds(3600))),
                line(ref + "2", right("VISITOR", visitor, null, now.minusSeconds(60), now.plusSeconds(3600))),
                line(ref + "1", right("RESIDENT_PERMIT", resident, BLUE, now.minusSeconds(60), now.plusSeconds(3600))),
                line(
                        ref + "3",
                        Json.createObjectBuilder()
                                .add("kind", "FRIEND_OF_THE_MAYOR")
                                .add("plate", "X")
                                .add("validFrom", now.toString())
                                .add("validTo", now.plusSeconds(60).toString())
                                .build()),
                right("VISITOR", freshPlate(), BLUE, now, now.plusSeconds(60))));
        String key = "batch-" + UUID.randomUUID();
        Api.Reply first = registerBatch(GENK, body, key, ItTokens.valid("clerk", GENK));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonObject result = first.json();
        assertThat(result.getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("outcome"))
                .containsExactly("created", "created", "duplicate", "invalid", "invalid");
        assertThat(result.getInt("created")).isEqualTo(2);
        assertThat(result.getInt("duplicate")).isEqualTo(1);
        assertThat(result.getInt("invalid")).isEqualTo(2);
        JsonArray lines = result.getJsonArray("lines");
        String residentId = lines.getJsonObject(0).getString("id");
        assertThat(lines.getJsonObject(2).getString("id"))
                .as("the same reference twice: one right")
                .isEqualTo(residentId);
        assertThat(lines.getJsonObject(3).getJsonArray("errors").toString())
                .contains("kind")
                .contains("plate");
        assertThat(lines.getJsonObject(4).getJsonArray("errors").toString()).contains("externalRef");
        JsonObject verdict = check(GENK, resident, "zone=" + BLUE);
        assertThat(verdict.getString("verdict")).isEqualTo("RIGHT");
        assertThat(verdict.getString("rightKind")).isEqualTo("RESIDENT_PERMIT");
        assertThat(check(GENK, visitor, "zone=GNK-BETAALD-SHOPPING").getString("verdict"))
                .isEqualTo("RIGHT");

        Api.Reply replay = registerBatch(GENK, body, key, ItTokens.valid("clerk", GENK));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(replay.json()).isEqualTo(result);
        Api.Reply otherBody = registerBatch(
                GENK,
                batch(List.of(line(ref + "9", right("VISITOR", freshPlate(), BLUE, now, now.plusSeconds(60))))),
                key,
                ItTokens.valid("clerk", GENK));
        assertThat(otherBody.status()).as(otherBody.toString()).isEqualTo(422);
        assertThat(otherBody.problemType()).endsWith("/idempotency-key-reused");
        assertThat(otherBody.json().getString("detail"))
                .as("the shared rule of every Idempotency-Key, in its words")
                .contains("was used for another batch; use a new key for a new request.");
        Api.Reply newKey = registerBatch(GENK, body, "batch-" + UUID.randomUUID(), ItTokens.valid("admin", GENK));
        assertThat(newKey.status()).as(newKey.toString()).isEqualTo(200);
        assertThat(newKey.json().getJsonArray("lines").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("outcome"))
                .as("a replay under another key duplicates nothing")
                .containsExactly("duplicate", "duplicate", "duplicate", "invalid", "invalid");
        assertThat(newKey.json().getJsonArray("lines").getJsonObject(0).getString("id"))
                .isEqualTo(residentId);
        assertThat(api.get("/api/v1/tenants/" + GENK + "/rights?plate=" + resident, ItTokens.valid("clerk", GENK))
                        .array())
                .hasSize(1);
        JsonArray audit = api.get(
                        "/api/v1/tenants/" + GENK + "/audit?entityType=parking-right&entityId=" + residentId,
                        ItTokens.valid("admin", GENK))
                .array();
        assertThat(audit).hasSize(1);
        assertThat(audit.getJsonObject(0).getString("action")).isEqualTo("create");
        assertThat(audit.getJsonObject(0).getJsonObject("after").getString("externalRef"))
                .isEqualTo(ref + "1");
        assertThat(api.get(
                                "/api/v1/tenants/" + GENK + "/audit?entityType=parking-right-batch&limit=500",
                                ItTokens.valid("admin", GENK))
                        .body())
                .contains(key);

        // References belong to one municipality: Antwerpen's own "1" is another right; Genk cannot write Antwerpen's.
        String antwerp = freshPlate();
        Api.Reply elsewhere = registerBatch(
                ANTWERPEN,
                batch(List.of(line(
                        ref + "1",
                        right("VISITOR", antwerp, "ANT-BEW-ZUID", now.minusSeconds(60), now.plusSeconds(3600))))),
                key,
                ItTokens.valid("clerk", ANTWERPEN));
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(200);
        assertThat(elsewhere.json().getJsonArray("lines").getJsonObject(0).getString("outcome"))
                .isEqualTo("created");
        assertThat(elsewhere.json().getJsonArray("lines").getJsonObject(0).getString("id"))
                .isNotEqualTo(residentId);
        Api.Reply intruder = registerBatch(
                ANTWERPEN,
                batch(List.of(line(ref + "x", right("WHITELIST", freshPlate(), null, now, now.plusSeconds(3600))))),
                "batch-" + UUID.randomUUID(),
                ItTokens.valid("clerk", GENK));
        assertThat(intruder.status()).isIn(403, 404);
        assertThat(intruder.isProblem()).isTrue();
        assertThat(registerBatch(GENK, body, "batch-" + UUID.randomUUID(), ItTokens.valid("warden", GENK))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/tenants/" + GENK + "/rights/batch", ItTokens.valid("clerk", GENK), body)
                        .status())
                .as("no Idempotency-Key")
                .isEqualTo(400);
        Api.Reply empty =
                registerBatch(GENK, batch(List.of()), "batch-" + UUID.randomUUID(), ItTokens.valid("clerk", GENK));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.problemType()).endsWith("/validation");
    }

    /**
     * Two requests with the same batch and Idempotency-Key at once (a migration script that timed out and retried):
     * before, both did the work and the second failed on the key's unique constraint (409 conflict, "nothing was
     * changed", although the first had registered the batch). Now the second waits for the first and replays its answer.
     */
    @Test
    void theSameBatchSentTwiceAtOnceIsRegisteredOnceAndAnsweredTwice() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String clerk = ItTokens.valid("clerk", ANTWERPEN);
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String ref = "it-" + UUID.randomUUID() + "-";
                List<JsonObject> lines = new ArrayList<>();
                for (int i = 0; i < 2_000; i++) {
                    lines.add(line(
                            ref + i,
                            right(
                                    "RESIDENT_PERMIT",
                                    freshPlate(),
                                    "ANT-BEW-ZUID",
                                    now.minusSeconds(86_400 * 30),
                                    now.minusSeconds(86_400))));
                }
                JsonObject body = batch(lines);
                String key = "batch-" + UUID.randomUUID();
                CountDownLatch start = new CountDownLatch(1);
                Callable<Api.Reply> send = () -> {
                    start.await();
                    return registerBatch(ANTWERPEN, body, key, clerk);
                };
                Future<Api.Reply> first = senders.submit(send);
                Future<Api.Reply> second = senders.submit(send);
                start.countDown();
                List<Api.Reply> replies = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
                for (Api.Reply reply : replies) {
                    assertThat(reply.status())
                            .as("round " + round + ": " + reply.status() + " "
                                    + reply.body()
                                            .substring(
                                                    0,
                                                    Math.min(300, reply.body().length())))
                            .isEqualTo(200);
                    assertThat(reply.json().getInt("created"))
                            .as("both answers are the first one's")
                            .isEqualTo(2_000);
                }
                assertThat(replies)
                        .filteredOn(r -> r.raw()
                                .headers()
                                .firstValue("Idempotent-Replayed")
                                .isPresent())
                        .as("one did the work, the other replays it")
                        .hasSize(1);
                assertThat(replies.get(0).json()).isEqualTo(replies.get(1).json());
            }
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void tenThousandRightsAreRegisteredSetBasedAndALargerBatchIsRefused() {
        // A municipality moving from another system: rights that already ended (they never disturb other checks).
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String ref = "it-" + UUID.randomUUID() + "-";
        List<JsonObject> lines = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            lines.add(line(
                    ref + i,
                    right(
                            "RESIDENT_PERMIT",
                            freshPlate(),
                            "ANT-BEW-ZUID",
                            now.minusSeconds(86_400 * 30),
                            now.minusSeconds(86_400))));
        }
        JsonObject body = batch(lines);
        String clerk = ItTokens.valid("clerk", ANTWERPEN);
        long started = System.nanoTime();
        Api.Reply reply = registerBatch(ANTWERPEN, body, "batch-" + UUID.randomUUID(), clerk);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(reply.status())
                .as(reply.status() + " "
                        + reply.body().substring(0, Math.min(500, reply.body().length())))
                .isEqualTo(200);
        assertThat(reply.json().getInt("created")).isEqualTo(10_000);
        System.out.println("BATCH-TIMING 10,000 rights created in one batch on PostgreSQL: " + millis + " ms");
        assertThat(millis).as("one set-based insert, not 10,000 transactions").isLessThan(30_000);

        started = System.nanoTime();
        Api.Reply again = registerBatch(ANTWERPEN, body, "batch-" + UUID.randomUUID(), clerk);
        millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getInt("duplicate")).isEqualTo(10_000);
        assertThat(again.json().getInt("created")).isZero();
        System.out.println("BATCH-TIMING the same 10,000 again under another key (all duplicates): " + millis + " ms");

        List<JsonObject> tooMany = new ArrayList<>(lines);
        tooMany.add(line(
                ref + "extra",
                right(
                        "RESIDENT_PERMIT",
                        freshPlate(),
                        "ANT-BEW-ZUID",
                        now.minusSeconds(86_400 * 30),
                        now.minusSeconds(86_400))));
        Api.Reply refused = registerBatch(ANTWERPEN, batch(tooMany), "batch-" + UUID.randomUUID(), clerk);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.problemType()).endsWith("/content-too-large");
        assertThat(refused.json().getString("detail")).contains("10001").contains("10000");
    }

    // ---------------------------------------------------------------------------------------------------------------

    static String freshPlate() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
        letters = (letters + "ABC").substring(0, 3);
        return (1 + (int) (Math.random() * 9)) + "-" + letters + "-"
                + String.format("%03d", (int) (Math.random() * 1000));
    }

    static JsonObject right(String kind, String plate, String zone, Instant from, Instant to) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("kind", kind)
                .add("plate", plate)
                .add("validFrom", from.toString())
                .add("validTo", to.toString());
        if (zone != null) {
            body.add("zone", zone);
        }
        return body.build();
    }

    static JsonObject line(String externalRef, JsonObject right) {
        return Json.createObjectBuilder(right).add("externalRef", externalRef).build();
    }

    static JsonObject batch(List<JsonObject> lines) {
        JsonArrayBuilder rights = Json.createArrayBuilder();
        lines.forEach(rights::add);
        return Json.createObjectBuilder().add("rights", rights).build();
    }

    Api.Reply registerBatch(String nis, JsonObject body, String key, String token) {
        return api.exchange(
                "POST",
                "/api/v1/tenants/" + nis + "/rights/batch",
                token,
                Map.of("Content-Type", "application/json", "Accept", "application/json", "Idempotency-Key", key),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    Api.Reply register(String nis, JsonObject body) {
        return register(nis, body, "right-" + UUID.randomUUID());
    }

    Api.Reply register(String nis, JsonObject body, String key) {
        return api.exchange(
                "POST",
                "/api/v1/tenants/" + nis + "/rights",
                ItTokens.valid("clerk", nis),
                Map.of("Content-Type", "application/json", "Accept", "application/json", "Idempotency-Key", key),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void metricsCountChecksPerVerdictWithoutPlatesOrPeopleInTheirLabels() {
        String plate = freshPlate();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(register(GENK, right("WHITELIST", plate, BLUE, now.minusSeconds(60), now.plusSeconds(3600)))
                        .status())
                .isEqualTo(201);
        double rightBefore = metric("ptr_plate_checks_total", "verdict=\"right\"");
        double noRightBefore = metric("ptr_plate_checks_total", "verdict=\"no_right\"");
        check(GENK, plate, "zone=" + BLUE);
        check(GENK, plate, "zone=" + BLUE);
        check(GENK, freshPlate(), "zone=" + BLUE);
        assertThat(metric("ptr_plate_checks_total", "verdict=\"right\"") - rightBefore)
                .isEqualTo(2.0);
        assertThat(metric("ptr_plate_checks_total", "verdict=\"no_right\"") - noRightBefore)
                .isEqualTo(1.0);

        double forgedBefore = metric("ptr_callbacks_rejected_total", "reason=\"not_verified\"");
        Api.Reply forged = api.exchange(
                "POST",
                "/api/v1/callbacks/" + GENK + "/enforcement",
                null,
                Map.of("Content-Type", "application/json", "X-Signature", "sha256=00"),
                "{\"batchId\":\"forged\",\"observations\":[]}".getBytes(StandardCharsets.UTF_8));
        assertThat(forged.status()).as(forged.toString()).isBetween(400, 499);
        assertThat(metric("ptr_callbacks_rejected_total", "reason=\"not_verified\"") - forgedBefore)
                .isEqualTo(1.0);

        String metrics = api.send("GET", "/metrics", null, null, "text/plain").body();
        assertThat(metrics)
                .contains(
                        "ptr_plate_check_duration_count",
                        "ptr_observations_received_total",
                        "ptr_observations_settled_total",
                        "ptr_plugin_calls_total",
                        "ptr_plugin_circuits_open",
                        "ptr_outbox_backlog",
                        "ptr_outbox_dead_letters",
                        "ptr_payments",
                        "ptr_callbacks_rejected_total");
        assertThat(metrics).as("no plate in any label").doesNotContain(plate, plate.replace("-", ""));
        assertThat(metrics.lines().filter(line -> line.startsWith("ptr_")).map(line -> line.replaceAll("\\s.*", "")))
                .as("labels are closed sets")
                .allSatisfy(series -> assertThat(series).doesNotContainPattern("nis=|plate=|tenant="));
    }

    /** The value of one series of /metrics, e.g. ptr_plate_checks_total{…verdict="right"…}; 0 when it has none yet. */
    double metric(String name, String label) {
        return api.send("GET", "/metrics", null, null, "text/plain")
                .body()
                .lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(0.0);
    }

    JsonObject check(String nis, String plate, String where) {
        Api.Reply reply = api.get(
                "/api/v1/tenants/" + nis + "/enforcement/check?plate="
                        + URLEncoder.encode(plate, StandardCharsets.UTF_8) + "&" + where,
                ItTokens.valid("warden", nis));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    double[] pointInside(String nis, String zone) {
        return new Points(api).inside(nis, zone);
    }

    /** Points of zones, for tests that need a car to stand somewhere. */
    record Points(Api api) {

        /** A point of the zone, checked with the public look-up: the average of its outer ring's corners. */
        double[] inside(String nis, String zone) {
            JsonObject feature = api
                    .get("/api/v1/public/tenants/" + nis + "/zones", null)
                    .json()
                    .getJsonArray("features")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(f -> f.getString("id").equals(zone))
                    .findFirst()
                    .orElseThrow();
            JsonArray ring = feature.getJsonObject("geometry")
                    .getJsonArray("coordinates")
                    .getJsonArray(0);
            double lon = 0;
            double lat = 0;
            for (int i = 0; i < ring.size() - 1; i++) {
                lon += ((JsonNumber) ring.getJsonArray(i).get(0)).doubleValue();
                lat += ((JsonNumber) ring.getJsonArray(i).get(1)).doubleValue();
            }
            double[] point = {lon / (ring.size() - 1), lat / (ring.size() - 1)};
            assertThat(api.get(
                                    "/api/v1/public/tenants/" + nis + "/zones/lookup?lat=" + point[1] + "&lon="
                                            + point[0],
                                    null)
                            .body())
                    .as("the test point lies in " + zone)
                    .contains(zone);
            return point;
        }
    }
}
