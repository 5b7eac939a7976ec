package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rights registry and the plate check against the real platform on PostgreSQL: every way a plate may be typed,
 * the grace period, zone-bound and municipality-wide rights, revocation taking effect at once, what a warden may
 * see, and municipalities kept apart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnforcementIT {

    static final String GENK = "71016";
    static final String ANTWERPEN = "11002";
    static final String BLUE = "GNK-BLAUW-CENTRUM";

    @ArquillianResource
    URL deployment;

    Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PlatformDeployment.war();
    }

    @BeforeEach
    void connect() {
        api = new Api(deployment);
    }

    @Test
    void aWardenSeesTheRightHoweverThePlateIsTyped() {
        String plate = freshPlate();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Reply registered = register(GENK, right("WHITELIST", plate, BLUE, now.minusSeconds(3600), now.plusSeconds(3600)));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        for (String typed : new String[] {plate, plate.toLowerCase(), plate.replace("-", " "), plate.replace("-", "")}) {
            JsonObject verdict = check(GENK, typed, "zone=" + BLUE);
            assertThat(verdict.getString("verdict")).as(typed).isEqualTo("RIGHT");
            assertThat(verdict.getString("plate")).isEqualTo(plate);
            assertThat(verdict.getString("rightKind")).isEqualTo("WHITELIST");
            assertThat(Instant.parse(verdict.getString("validUntil"))).isEqualTo(now.plusSeconds(3600));
        }
        assertThat(check(GENK, plate, "zone=GNK-BETAALD-SHOPPING").getString("verdict"))
                .as("a right in the blue zone is no right in the paid zone").isEqualTo("NO_RIGHT");
    }

    @Test
    void everyKindOfRightInTheRegistryIsAnsweredWithItsKind() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (String kind : List.of("RESIDENT_PERMIT", "EMPLOYEE_PERMIT", "BUSINESS_PERMIT", "CAREGIVER_PERMIT",
                "SECOND_RESIDENCE_PERMIT", "VISITOR", "WHITELIST", "EXEMPTION", "PAID_SESSION")) {
            String plate = freshPlate();
            Api.Reply registered = register(GENK, right(kind, plate, BLUE, now.minusSeconds(60), now.plusSeconds(3600)));
            assertThat(registered.status()).as(kind + " " + registered).isEqualTo(201);
            JsonObject verdict = check(GENK, plate, "zone=" + BLUE);
            assertThat(verdict.getString("verdict")).as(kind).isEqualTo("RIGHT");
            assertThat(verdict.getString("rightKind")).as(kind).isEqualTo(kind);
        }
        // Older Belgian formats and foreign plates (with their country) are rights of their own.
        String old = "ABC-" + (100 + (int) (Math.random() * 899));
        String dutch = "GH-" + (100 + (int) (Math.random() * 899)) + "-K";
        register(GENK, right("VISITOR", old, BLUE, now.minusSeconds(60), now.plusSeconds(3600)));
        Api.Reply foreign = register(GENK, Json.createObjectBuilder(right("VISITOR", dutch, BLUE, now.minusSeconds(60),
                now.plusSeconds(3600))).add("country", "NL").build());
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(201);
        assertThat(check(GENK, old.toLowerCase().replace("-", " "), "zone=" + BLUE).getString("verdict")).isEqualTo("RIGHT");
        assertThat(check(GENK, dutch, "zone=" + BLUE + "&country=NL").getString("verdict")).isEqualTo("RIGHT");
        assertThat(check(GENK, dutch.replace("-", ""), "zone=" + BLUE + "&country=DE").getString("verdict"))
                .as("the same characters from another country").isEqualTo("NO_RIGHT");
        // An IOD kind or a disabled card is never registered by hand: they follow their own source.
        for (String kind : List.of("IOD", "DISABLED_CARD")) {
            assertThat(register(GENK, right(kind, freshPlate(), BLUE, now, now.plusSeconds(60))).status()).as(kind)
                    .isEqualTo(400);
        }
    }

    @Test
    void justAfterTheEndTheVerdictIsRecentlyExpiredThenNoRight() {
        String plate = freshPlate();
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        register(GENK, right("VISITOR", plate, BLUE, end.minusSeconds(7200), end));
        assertThat(check(GENK, plate, "zone=" + BLUE + "&at=" + end.minusSeconds(1)).getString("verdict")).isEqualTo("RIGHT");
        assertThat(check(GENK, plate, "zone=" + BLUE + "&at=" + end).getString("verdict")).as("the end is exclusive")
                .isEqualTo("RECENTLY_EXPIRED");
        assertThat(check(GENK, plate, "zone=" + BLUE + "&at=" + end.plusSeconds(14 * 60)).getString("verdict"))
                .isEqualTo("RECENTLY_EXPIRED");
        assertThat(check(GENK, plate, "zone=" + BLUE + "&at=" + end.plusSeconds(16 * 60)).getString("verdict"))
                .isEqualTo("NO_RIGHT");
        assertThat(check(GENK, plate, "zone=" + BLUE + "&at=" + end.minusSeconds(7300)).getString("verdict"))
                .as("before it started").isEqualTo("NO_RIGHT");
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
        assertThat(check(GENK, plate, "zone=GNK-BETAALD-SHOPPING").getString("verdict")).isEqualTo("RIGHT");
        Api.Reply nowhere = api.get("/api/v1/tenants/" + GENK + "/enforcement/check?plate=" + plate
                + "&lat=51.2194&lon=4.4025", ItTokens.valid("warden", GENK));
        assertThat(nowhere.status()).as("Antwerp's centre is in no zone of Genk").isEqualTo(400);
    }

    @Test
    void aRevokedRightStopsCountingAtOnceAndAHiddenRightRevealsNothing() {
        String plate = freshPlate();
        Instant now = Instant.now();
        String id = register(GENK, right("EXEMPTION", plate, BLUE, now.minusSeconds(60), now.plusSeconds(3600))).json().getString("id");
        assertThat(check(GENK, plate, "zone=" + BLUE).getString("verdict")).isEqualTo("RIGHT");
        assertThat(api.delete("/api/v1/tenants/" + GENK + "/rights/" + id, ItTokens.valid("clerk", GENK)).status()).isEqualTo(200);
        assertThat(check(GENK, plate, "zone=" + BLUE).getString("verdict")).isEqualTo("NO_RIGHT");
        JsonArray audit = api.get("/api/v1/tenants/" + GENK + "/audit?entityType=parking-right&entityId=" + id,
                ItTokens.valid("admin", GENK)).array();
        assertThat(audit).hasSize(2);

        String hidden = freshPlate();
        JsonObjectBuilder discreet = Json.createObjectBuilder(right("CAREGIVER_PERMIT", hidden, null, now.minusSeconds(60),
                now.plusSeconds(3600))).add("revealable", false);
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

        Api.Reply bad = register(GENK, Json.createObjectBuilder().add("kind", "FRIEND_OF_THE_MAYOR").add("plate", "X")
                .add("zone", "NO-SUCH-ZONE").add("validFrom", now.toString()).add("validTo", now.minusSeconds(1).toString())
                .build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("kind").contains("plate").contains("zone").contains("validTo");
        assertThat(api.get("/api/v1/tenants/" + GENK + "/enforcement/check?plate=not+a+plate&zone=" + BLUE,
                ItTokens.valid("warden", GENK)).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/tenants/" + GENK + "/enforcement/check?plate=" + plate, ItTokens.valid("warden", GENK))
                .status()).as("neither zone nor position").isEqualTo(400);
        assertThat(api.get("/api/v1/tenants/" + GENK + "/enforcement/check?plate=" + plate + "&zone=" + BLUE + "&at=yesterday",
                ItTokens.valid("warden", GENK)).status()).isEqualTo(400);
    }

    @Test
    void municipalitiesDoNotSeeEachOthersRights() {
        String plate = freshPlate();
        Instant now = Instant.now();
        register(GENK, right("WHITELIST", plate, null, now.minusSeconds(60), now.plusSeconds(3600)));
        assertThat(api.get("/api/v1/tenants/" + GENK + "/enforcement/check?plate=" + plate + "&zone=" + BLUE,
                ItTokens.valid("warden", ANTWERPEN)).status()).isEqualTo(404);
        assertThat(check(ANTWERPEN, plate, "zone=ANT-ROOD-CENTRUM").getString("verdict"))
                .as("Genk's whitelist is no right in Antwerpen").isEqualTo("NO_RIGHT");
        assertThat(api.get("/api/v1/tenants/" + ANTWERPEN + "/rights?plate=" + plate, ItTokens.valid("clerk", ANTWERPEN))
                .array()).isEmpty();
    }

    @Test
    void checksAreLoggedAndHandheldsCanTakeTheValidRightsOffline() {
        String plate = freshPlate();
        Instant now = Instant.now();
        register(GENK, right("WHITELIST", plate, BLUE, now.minusSeconds(60), now.plusSeconds(3600)));
        Api.Reply checked = api.exchange("GET", "/api/v1/tenants/" + GENK + "/enforcement/check?plate=" + plate + "&zone="
                + BLUE, ItTokens.valid("warden", GENK), Map.of("Accept", "application/json", "X-Device-Id", "handheld-7"), null);
        assertThat(checked.status()).isEqualTo(200);
        String normalized = plate.replace("-", "");
        // The log is written off the request path, in batches: poll for the entry.
        JsonObject logged = null;
        for (long deadline = System.currentTimeMillis() + 10_000; logged == null; ) {
            logged = api.get("/api/v1/tenants/" + GENK + "/enforcement/checks?limit=500", ItTokens.valid("admin", GENK))
                    .array().getValuesAs(JsonObject.class).stream().filter(c -> c.getString("plate").equals(normalized))
                    .findFirst().orElse(null);
            if (logged == null) {
                assertThat(System.currentTimeMillis()).as("the check is logged within 10 s").isLessThan(deadline);
                sleep(100);
            }
        }
        assertThat(logged.getString("device")).isEqualTo("handheld-7");
        assertThat(logged.getString("verdict")).isEqualTo("RIGHT");
        assertThat(logged.getString("zone")).isEqualTo(BLUE);
        assertThat(api.get("/api/v1/tenants/" + ANTWERPEN + "/enforcement/checks", ItTokens.valid("admin", ANTWERPEN)).body())
                .doesNotContain(normalized);

        // The export pages through every valid right of the zone exactly once.
        java.util.Set<String> seen = new java.util.HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = api.get("/api/v1/tenants/" + GENK + "/enforcement/rights-export?zone=" + BLUE + "&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), ItTokens.valid("warden", GENK)).json();
            for (JsonObject item : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                assertThat(seen.add(item.getString("plate") + "|" + item.getString("kind", "?") + "|"
                        + item.getString("validUntil", "?"))).as("no right twice").isTrue();
            }
            cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
            pages++;
        } while (cursor != null && pages < 1000);
        assertThat(seen).anyMatch(entry -> entry.startsWith(plate + "|WHITELIST|"));
        assertThat(api.get("/api/v1/tenants/" + GENK + "/enforcement/rights-export?zone=NOPE", ItTokens.valid("warden", GENK))
                .status()).isEqualTo(400);
    }

    // ---------------------------------------------------------------------------------------------------------------

    static String freshPlate() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
        letters = (letters + "ABC").substring(0, 3);
        return (1 + (int) (Math.random() * 9)) + "-" + letters + "-" + String.format("%03d", (int) (Math.random() * 1000));
    }

    static JsonObject right(String kind, String plate, String zone, Instant from, Instant to) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("kind", kind).add("plate", plate)
                .add("validFrom", from.toString()).add("validTo", to.toString());
        if (zone != null) {
            body.add("zone", zone);
        }
        return body.build();
    }

    Api.Reply register(String nis, JsonObject body) {
        return register(nis, body, "right-" + UUID.randomUUID());
    }

    Api.Reply register(String nis, JsonObject body, String key) {
        return api.exchange("POST", "/api/v1/tenants/" + nis + "/rights", ItTokens.valid("clerk", nis),
                Map.of("Content-Type", "application/json", "Accept", "application/json", "Idempotency-Key", key),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void metricsCountChecksPerVerdictWithoutPlatesOrPeopleInTheirLabels() {
        String plate = freshPlate();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(register(GENK, right("WHITELIST", plate, BLUE, now.minusSeconds(60), now.plusSeconds(3600))).status())
                .isEqualTo(201);
        double rightBefore = metric("ptr_plate_checks_total", "verdict=\"right\"");
        double noRightBefore = metric("ptr_plate_checks_total", "verdict=\"no_right\"");
        check(GENK, plate, "zone=" + BLUE);
        check(GENK, plate, "zone=" + BLUE);
        check(GENK, freshPlate(), "zone=" + BLUE);
        assertThat(metric("ptr_plate_checks_total", "verdict=\"right\"") - rightBefore).isEqualTo(2.0);
        assertThat(metric("ptr_plate_checks_total", "verdict=\"no_right\"") - noRightBefore).isEqualTo(1.0);

        String metrics = api.send("GET", "/metrics", null, null, "text/plain").body();
        assertThat(metrics).contains("ptr_plate_check_duration_count", "ptr_observations_received_total",
                "ptr_observations_settled_total", "ptr_plugin_calls_total", "ptr_plugin_circuits_open",
                "ptr_outbox_backlog", "ptr_outbox_dead_letters", "ptr_payments");
        assertThat(metrics).as("no plate in any label").doesNotContain(plate, plate.replace("-", ""));
        assertThat(metrics.lines().filter(line -> line.startsWith("ptr_")).map(line -> line.replaceAll("\\s.*", "")))
                .as("labels are closed sets").allSatisfy(series -> assertThat(series).doesNotContainPattern("nis=|plate=|tenant="));
    }

    /** The value of one series of /metrics, e.g. ptr_plate_checks_total{…verdict="right"…}; 0 when it has none yet. */
    double metric(String name, String label) {
        return api.send("GET", "/metrics", null, null, "text/plain").body().lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0.0);
    }

    JsonObject check(String nis, String plate, String where) {
        Api.Reply reply = api.get("/api/v1/tenants/" + nis + "/enforcement/check?plate="
                + java.net.URLEncoder.encode(plate, StandardCharsets.UTF_8) + "&" + where, ItTokens.valid("warden", nis));
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
        JsonObject feature = api.get("/api/v1/public/tenants/" + nis + "/zones", null).json().getJsonArray("features")
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getString("id").equals(zone)).findFirst().orElseThrow();
        JsonArray ring = feature.getJsonObject("geometry").getJsonArray("coordinates").getJsonArray(0);
        double lon = 0;
        double lat = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            lon += ((JsonNumber) ring.getJsonArray(i).get(0)).doubleValue();
            lat += ((JsonNumber) ring.getJsonArray(i).get(1)).doubleValue();
        }
        double[] point = {lon / (ring.size() - 1), lat / (ring.size() - 1)};
        assertThat(api.get("/api/v1/public/tenants/" + nis + "/zones/lookup?lat=" + point[1] + "&lon=" + point[0], null).body())
                .as("the test point lies in " + zone).contains(zone);
        return point;
    }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
