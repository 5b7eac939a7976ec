package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The plate check keeps per-municipality copies of zones, IOD permits and enforcement settings; every path that changes
 * one of them must drop the copies (at once on this instance) and raise the municipality's change stamp (for the
 * others). Each test first lets the check read its copy, then changes through one path, then checks again at once
 * (the stamps are re-read only every second, so a path that forgot would be answered from the old copy) and reads the
 * stamp in the database. One mechanism does this (the entity listener on the copied entities); this test fails for
 * any create, update, revoke or delete path that escapes it.
 */
class CachedCopiesIT extends DeployedPlatform {

    static final String GENK = EnforcementIT.GENK;
    static final String BLUE = EnforcementIT.BLUE;

    @Test
    void creatingUpdatingAndDeletingAZoneReachTheCheckAtOnce() {
        String admin = ItTokens.valid("admin", GENK);
        String code =
                "GNK-IT-COPY-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        // A spot south of Genk's demo zones, drawn anew each run so leftovers of an earlier run are not in the way.
        double lon = 5.40 + ThreadLocalRandom.current().nextInt(500) * 0.0001;
        double lat = 50.90 + ThreadLocalRandom.current().nextInt(200) * 0.0001;
        String at = "lat=" + (lat + 0.00002) + "&lon=" + (lon + 0.00002);
        String plate = EnforcementIT.freshPlate();
        assertThat(check(plate, at).getString("verdict"))
                .as("no zone there yet (the copy is read now)")
                .isEqualTo("NO_REGULATED_ZONE");

        long stamp = ScanEnforcementIT.changeStamp(GENK);
        Api.Reply created = api.post(
                "/api/v1/tenants/" + GENK + "/zones",
                admin,
                zone(code, lon, lat).toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(check(plate, at).getString("zone"))
                .as("the new zone, at once")
                .isEqualTo(code);
        stamp = raised(stamp, "creating a zone");

        Api.Reply moved = api.put("/api/v1/tenants/" + GENK + "/zones/" + code, admin, zone(code, lon + 0.01, lat));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(check(plate, at).getString("verdict"))
                .as("the zone moved away, at once")
                .isEqualTo("NO_REGULATED_ZONE");
        stamp = raised(stamp, "updating a zone");

        Api.Reply back = api.put("/api/v1/tenants/" + GENK + "/zones/" + code, admin, zone(code, lon, lat));
        assertThat(back.status()).as(back.toString()).isEqualTo(200);
        assertThat(check(plate, at).getString("zone")).isEqualTo(code);
        stamp = raised(stamp, "updating a zone again");

        Api.Reply deleted = api.delete("/api/v1/tenants/" + GENK + "/zones/" + code, admin);
        assertThat(deleted.status()).as(deleted.toString()).isIn(200, 204);
        assertThat(check(plate, at).getString("verdict"))
                .as("the zone is gone, at once")
                .isEqualTo("NO_REGULATED_ZONE");
        raised(stamp, "deleting a zone");
    }

    @Test
    void registeringAndRevokingAnAnyVehicleIodPermitReachTheCheckAtOnce() {
        double lon = 5.45 + ThreadLocalRandom.current().nextInt(500) * 0.0001;
        double lat = 50.90 + ThreadLocalRandom.current().nextInt(200) * 0.0001;
        String at = "lat=" + lat + "&lon=" + lon;
        String plate = EnforcementIT.freshPlate();
        assertThat(check(plate, at).getString("verdict"))
                .as("no permit there yet (the copy is read now)")
                .isEqualTo("NO_REGULATED_ZONE");

        long stamp = ScanEnforcementIT.changeStamp(GENK);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Reply registered = api.exchange(
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
                        .add(
                                "reference",
                                "IOD-COPY-" + UUID.randomUUID().toString().substring(0, 8))
                        .add("holder", "Containerverhuur bv")
                        .add("holderCompanyNumber", "0207183486")
                        .add("purpose", "container")
                        .add("area", ScanEnforcementIT.line(lon - 0.00014, lat, lon + 0.00014, lat))
                        .add("widthMetres", 6)
                        .add("validFrom", now.minusSeconds(3600).toString())
                        .add("validTo", now.plusSeconds(3600).toString())
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        JsonObject covered = check(plate, at);
        assertThat(covered.getString("verdict"))
                .as("any vehicle on the permit's place, at once")
                .isEqualTo("RIGHT");
        assertThat(covered.getString("rightKind")).isEqualTo("IOD");
        stamp = raised(stamp, "registering an IOD permit");

        String id = registered.json().getString("id");
        Api.Reply revoked = api.delete("/api/v1/tenants/" + GENK + "/iod-permits/" + id, ItTokens.valid("clerk", GENK));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(check(plate, at).getString("verdict")).as("revoked, at once").isEqualTo("NO_REGULATED_ZONE");
        raised(stamp, "revoking an IOD permit");
    }

    @Test
    void changingTheEnforcementSettingsReachesTheCheckAtOnce() {
        String plate = EnforcementIT.freshPlate();
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
        Api.Reply right = api.exchange(
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
                EnforcementIT.right("VISITOR", plate, BLUE, end.minusSeconds(3600), end)
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(right.status()).as(right.toString()).isEqualTo(201);
        String settings = "/api/v1/tenants/" + GENK + "/enforcement-settings";
        String admin = ItTokens.valid("admin", GENK);
        JsonObject current = api.get(settings, admin).json();
        try {
            assertThat(api.put(
                                    settings,
                                    admin,
                                    Json.createObjectBuilder(current)
                                            .add("graceMinutes", 15)
                                            .build())
                            .status())
                    .isEqualTo(200);
            assertThat(check(plate, "zone=" + BLUE).getString("verdict"))
                    .as("within 15 minutes' grace (copy read now)")
                    .isEqualTo("RECENTLY_EXPIRED");
            long stamp = ScanEnforcementIT.changeStamp(GENK);
            JsonObject shorter = api.get(settings, admin).json();
            assertThat(api.put(
                                    settings,
                                    admin,
                                    Json.createObjectBuilder(shorter)
                                            .add("graceMinutes", 5)
                                            .build())
                            .status())
                    .isEqualTo(200);
            assertThat(check(plate, "zone=" + BLUE).getString("verdict"))
                    .as("5 minutes' grace, at once")
                    .isEqualTo("NO_RIGHT");
            raised(stamp, "updating the enforcement settings");
        } finally {
            JsonObject latest = api.get(settings, admin).json();
            api.put(
                    settings,
                    admin,
                    Json.createObjectBuilder(latest)
                            .add("graceMinutes", current.getInt("graceMinutes"))
                            .build());
        }
    }

    private long raised(long before, String path) {
        long after = ScanEnforcementIT.changeStamp(GENK);
        assertThat(after)
                .as(path + " raises the municipality's change stamp (for the other instances)")
                .isGreaterThan(before);
        return after;
    }

    private JsonObject check(String plate, String where) {
        Api.Reply reply = api.get(
                "/api/v1/tenants/" + GENK + "/enforcement/check?plate="
                        + URLEncoder.encode(plate, StandardCharsets.UTF_8) + "&" + where,
                ItTokens.valid("warden", GENK));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** A resident zone: a square of about 140 m with its south-west corner here. */
    private static JsonObject zone(String code, double lon, double lat) {
        JsonArrayBuilder ring = Json.createArrayBuilder()
                .add(Json.createArrayBuilder().add(lon).add(lat))
                .add(Json.createArrayBuilder().add(lon + 0.002).add(lat))
                .add(Json.createArrayBuilder().add(lon + 0.002).add(lat + 0.00125))
                .add(Json.createArrayBuilder().add(lon).add(lat + 0.00125))
                .add(Json.createArrayBuilder().add(lon).add(lat));
        return Json.createObjectBuilder()
                .add("code", code)
                .add("kind", "RESIDENT")
                .add("name", Json.createObjectBuilder().add("nl", "Testzone " + code))
                .add(
                        "geometry",
                        Json.createObjectBuilder()
                                .add("type", "Polygon")
                                .add("coordinates", Json.createArrayBuilder().add(ring)))
                .build();
    }
}
