package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Paid parking sessions (F-32) through the real platform on PostgreSQL, in Antwerpen's paid zones: operators
 * admitted per municipality, a session's right in the plate check from the moment it starts, the fee from the demo
 * tariffs, extension, stop, corrections and cancellation within the edit window, idempotent starts, operators and
 * municipalities kept apart, and a session in a higher tier covering lower tiers where the municipality says so.
 */
class ParkingSessionIT extends DeployedPlatform {

    static final String ANTWERPEN = "11002";
    static final String GENK = "71016";
    static final String SCHILDE = "11039";
    /** Antwerpen's zones by tier: red (3, dearest) › orange (2) › yellow (1). */
    static final String RED = "ANT-ROOD-CENTRUM";

    static final String ORANGE = "ANT-ORANJE-STATION";
    static final String YELLOW = "ANT-GEEL-ZUID";
    static final String SESSIONS = "/api/v1/tenants/" + ANTWERPEN + "/parking-sessions";
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final String OP = ItTokens.PARKING_OPERATOR_ID;

    @Test
    void aStartedSessionIsARightAtOnceAndARetryGetsTheFirstAnswer() {
        String plate = EnforcementIT.freshPlate();
        Instant end = now().plusSeconds(1800);
        JsonObject body = session(plate, RED, null, end);
        String key = "start-" + UUID.randomUUID();
        Api.Reply started = start(OP, ANTWERPEN, body, key);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        JsonObject session = started.json();
        String id = session.getString("id");
        assertThat(started.raw().headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(id));
        assertThat(started.raw().headers().firstValue("ETag")).hasValue("\"" + session.getJsonNumber("version") + "\"");
        assertThat(session.getString("plate")).isEqualTo(plate);
        assertThat(session.getString("zone")).isEqualTo(RED);
        assertThat(session.getString("operatorId")).isEqualTo(OP);
        assertThat(session.getString("status")).isEqualTo("ACTIVE");
        assertThat(Instant.parse(session.getString("end"))).isEqualTo(end);
        assertThat(session.getJsonObject("fee").getString("currency")).isEqualTo("EUR");

        JsonObject verdict = check(plate, RED, null);
        assertThat(verdict.getString("verdict")).isEqualTo("RIGHT");
        assertThat(verdict.getString("rightKind")).isEqualTo("PAID_SESSION");
        assertThat(Instant.parse(verdict.getString("validUntil"))).isEqualTo(end);
        assertThat(check(plate, ORANGE, null).getString("verdict"))
                .as("only in its own zone")
                .isEqualTo("NO_RIGHT");

        Api.Reply retry = start(OP, ANTWERPEN, body, key);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(session);
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        Api.Reply otherBody = start(OP, ANTWERPEN, session(plate, RED, null, end.plusSeconds(60)), key);
        assertThat(otherBody.status()).as(otherBody.toString()).isEqualTo(422);
        assertThat(otherBody.problemType()).endsWith("/idempotency-key-reused");
        Api.Reply otherOperator = start("easypark", ANTWERPEN, body, key);
        assertThat(otherOperator.status()).as("keys are per operator").isEqualTo(201);
        assertThat(otherOperator.json().getString("id")).isNotEqualTo(id);
        Api.Reply noKey = api.post(SESSIONS, ItTokens.parkingOperator(OP), body);
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.body()).contains("Idempotency-Key");

        JsonArray audit = api.get(
                        "/api/v1/tenants/" + ANTWERPEN + "/audit?kind=changes&entityType=parking-session&entityId="
                                + id,
                        ItTokens.valid("admin", ANTWERPEN))
                .array();
        assertThat(audit).hasSize(1);
        assertThat(audit.getJsonObject(0).getString("action")).isEqualTo("start");
        assertThat(audit.getJsonObject(0).getString("actor")).startsWith("parking-operator:" + OP + ":");
    }

    @Test
    void theFeeFollowsTheMunicipalitysTariffs() {
        LocalDate weekday = LocalDate.now(BRUSSELS).plusDays(1);
        while (weekday.getDayOfWeek() == DayOfWeek.SATURDAY || weekday.getDayOfWeek() == DayOfWeek.SUNDAY) {
            weekday = weekday.plusDays(1);
        }
        // Red: 1.10 a quarter for the first hour, then 1.60 (2026 tariff); at most two hours.
        JsonObject red = startOk(session(EnforcementIT.freshPlate(), RED, at(weekday, "10:00"), at(weekday, "11:30")));
        assertThat(fee(red)).isEqualByComparingTo("7.60");
        assertThat(red.getString("status")).isEqualTo("SCHEDULED");
        JsonObject line = red.getJsonObject("fee").getJsonArray("lines").getJsonObject(0);
        assertThat(line.getString("frame")).isEqualTo("09:00-19:00");
        assertThat(line.getJsonNumber("minutes").longValue()).isEqualTo(90);
        assertThat(line.getJsonNumber("steps").longValue()).isEqualTo(6);
        assertThat(line.getString("date")).isEqualTo(weekday.toString());
        assertThat(line.getString("tariffValidFrom")).isEqualTo("2026-01-01");
        // Orange: 1.40 per half hour for two hours; yellow: 1.50 an hour for two hours, then 2.00.
        assertThat(fee(startOk(
                        session(EnforcementIT.freshPlate(), ORANGE, at(weekday, "10:00"), at(weekday, "12:00")))))
                .isEqualByComparingTo("5.60");
        assertThat(fee(startOk(
                        session(EnforcementIT.freshPlate(), YELLOW, at(weekday, "10:00"), at(weekday, "13:30")))))
                .isEqualByComparingTo("7.00");
        // Before 09:00 parking is free: only 09:00–09:30 is paid.
        JsonObject early =
                startOk(session(EnforcementIT.freshPlate(), RED, at(weekday, "08:00"), at(weekday, "09:30")));
        assertThat(fee(early)).isEqualByComparingTo("2.20");
        assertThat(early.getJsonObject("fee").getJsonArray("lines")).hasSize(1);

        Api.Reply tooLong = start(
                OP,
                ANTWERPEN,
                session(EnforcementIT.freshPlate(), RED, at(weekday, "10:00"), at(weekday, "12:01")),
                key());
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(422);
        assertThat(tooLong.problemType()).endsWith("/parking-stay-too-long");
        assertThat(tooLong.isProblem()).isTrue();
        Api.Reply residentZone = start(
                OP,
                ANTWERPEN,
                session(EnforcementIT.freshPlate(), "ANT-BEW-ZUID", null, now().plusSeconds(600)),
                key());
        assertThat(residentZone.status()).as(residentZone.toString()).isEqualTo(422);
        assertThat(residentZone.problemType()).endsWith("/no-parking-tariff");
        Api.Reply invalid = start(
                OP,
                ANTWERPEN,
                Json.createObjectBuilder()
                        .add("plate", "not a plate")
                        .add("zone", "NOPE")
                        .add("start", now().minusSeconds(3600).toString())
                        .add("end", now().minusSeconds(1800).toString())
                        .build(),
                key());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body())
                .contains("plate")
                .contains("zone")
                .contains("start")
                .contains("end");
    }

    @Test
    void extendingAndStoppingMoveTheRightAlong() {
        String plate = EnforcementIT.freshPlate();
        Instant start = now();
        JsonObject session = startOk(session(plate, RED, null, start.plusSeconds(1200)));
        String path = SESSIONS + "/" + session.getString("id");
        String operator = ItTokens.parkingOperator(OP);

        Api.Reply stale = api.send(
                "POST",
                path + "/extension",
                operator,
                "{\"end\":\"" + start.plusSeconds(3000) + "\"}",
                "application/json",
                "\"" + (session.getJsonNumber("version").longValue() + 7) + "\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        Instant later = start.plusSeconds(2400);
        Api.Reply extended = api.send(
                "POST",
                path + "/extension",
                operator,
                "{\"end\":\"" + later + "\"}",
                "application/json",
                etag(session));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(Instant.parse(extended.json().getString("end"))).isEqualTo(later);
        assertThat(Instant.parse(extended.json().getString("plannedEnd"))).isEqualTo(later);
        assertThat(check(plate, RED, start.plusSeconds(1800)).getString("verdict"))
                .as("after the first end")
                .isEqualTo("RIGHT");
        assertThat(Instant.parse(check(plate, RED, null).getString("validUntil")))
                .isEqualTo(later);
        assertThat(api.send(
                                "POST",
                                path + "/extension",
                                operator,
                                "{\"end\":\"" + start.plusSeconds(600) + "\"}",
                                "application/json",
                                null)
                        .status())
                .as("an extension never shortens")
                .isEqualTo(400);

        Api.Reply stopped = api.send("POST", path + "/stop", operator, null, "application/json", etag(extended.json()));
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(200);
        JsonObject after = stopped.json();
        assertThat(after.getString("status")).isEqualTo("STOPPED");
        Instant stoppedAt = Instant.parse(after.getString("stoppedAt"));
        Instant end = Instant.parse(after.getString("end"));
        JsonArray lines = after.getJsonObject("fee").getJsonArray("lines");
        if (lines.isEmpty()) {
            // Stopped while parking was free: nothing paid, the right ends with the stop.
            assertThat(end).isEqualTo(stoppedAt);
            assertThat(fee(after)).isEqualByComparingTo("0");
        } else {
            // The first quarter was started and paid: the right lasts to its end (or to the frame's end), unless the
            // paid frame ended before the stop (a session across 19:00): then it ends with the stop.
            JsonObject line = lines.getJsonObject(lines.size() - 1);
            Instant frameEnd = at(
                    LocalDate.parse(line.getString("date")),
                    line.getString("frame").substring(6));
            Instant quarterEnd = Instant.parse(line.getString("from")).plusSeconds(900);
            Instant paidThrough = quarterEnd.isBefore(frameEnd) ? quarterEnd : frameEnd;
            assertThat(end).isEqualTo(paidThrough.isAfter(stoppedAt) ? paidThrough : stoppedAt);
            assertThat(fee(after)).isEqualByComparingTo("1.10");
        }
        assertThat(end).isBeforeOrEqualTo(later).isAfterOrEqualTo(stoppedAt);
        if (end.isAfter(stoppedAt)) {
            assertThat(check(plate, RED, end.minusSeconds(1)).getString("verdict"))
                    .as("a stopped session stays a right " + "until its end")
                    .isEqualTo("RIGHT");
        }
        assertThat(check(plate, RED, end).getString("verdict")).isEqualTo("RECENTLY_EXPIRED");
        assertThat(check(plate, RED, end.plusSeconds(16 * 60)).getString("verdict"))
                .isEqualTo("NO_RIGHT");

        Api.Reply again = api.send("POST", path + "/stop", operator, null, "application/json", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).as("stopping twice changes nothing").isEqualTo(after);
        Api.Reply closed = api.send(
                "POST",
                path + "/extension",
                operator,
                "{\"end\":\"" + start.plusSeconds(3000) + "\"}",
                "application/json",
                null);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.problemType()).endsWith("/parking-session-closed");
        assertThat(api.get(
                                "/api/v1/tenants/" + ANTWERPEN
                                        + "/audit?kind=changes&entityType=parking-session&entityId="
                                        + session.getString("id"),
                                ItTokens.valid("admin", ANTWERPEN))
                        .array())
                .extracting(v -> v.asJsonObject().getString("action"))
                .containsExactly("stop", "extend", "start");
    }

    @Test
    void anOpenSessionIsARightUpToTheMaxStayAndTheStopChargesTheTimeParked() {
        String plate = EnforcementIT.freshPlate();
        Api.Reply started = start(
                OP,
                ANTWERPEN,
                Json.createObjectBuilder().add("plate", plate).add("zone", RED).build(),
                key());
        assertThat(started.status()).as("a session without an end: " + started).isEqualTo(201);
        JsonObject session = started.json();
        Instant start = Instant.parse(session.getString("start"));
        // Red allows two hours: the open session's right covers the start up to two hours later.
        Instant latest = start.plusSeconds(120 * 60);
        assertThat(session.getBoolean("openEnded")).isTrue();
        assertThat(session.containsKey("plannedEnd")).isFalse();
        assertThat(Instant.parse(session.getString("end"))).isEqualTo(latest);
        assertThat(session.getString("status")).isEqualTo("ACTIVE");
        assertThat(fee(session)).as("the fee is computed at the stop").isEqualByComparingTo("0");

        JsonObject verdict = check(plate, RED, null);
        assertThat(verdict.getString("verdict")).isEqualTo("RIGHT");
        assertThat(verdict.getString("rightKind")).isEqualTo("PAID_SESSION");
        assertThat(Instant.parse(verdict.getString("validUntil"))).isEqualTo(latest);
        assertThat(check(plate, RED, latest.minusSeconds(1)).getString("verdict"))
                .isEqualTo("RIGHT");
        assertThat(check(plate, RED, latest).getString("verdict"))
                .as("not covered after the maximum stay")
                .isEqualTo("RECENTLY_EXPIRED");

        String path = SESSIONS + "/" + session.getString("id");
        String operator = ItTokens.parkingOperator(OP);
        Api.Reply extended = api.send(
                "POST",
                path + "/extension",
                operator,
                "{\"end\":\"" + start.plusSeconds(3600) + "\"}",
                "application/json",
                null);
        assertThat(extended.status())
                .as("an open session has no end to extend: " + extended)
                .isEqualTo(409);
        assertThat(extended.isProblem()).isTrue();

        Api.Reply stopped = api.send("POST", path + "/stop", operator, null, "application/json", etag(session));
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(200);
        JsonObject after = stopped.json();
        assertThat(after.getString("status")).isEqualTo("STOPPED");
        Instant stoppedAt = Instant.parse(after.getString("stoppedAt"));
        Instant end = Instant.parse(after.getString("end"));
        JsonArray lines = after.getJsonObject("fee").getJsonArray("lines");
        if (lines.isEmpty()) {
            assertThat(end).as("stopped while parking is free").isEqualTo(stoppedAt);
            assertThat(fee(after)).isEqualByComparingTo("0");
        } else {
            // Seconds after the start: one started quarter of the frame the stop fell in.
            assertThat(fee(after)).isIn(new BigDecimal("1.10"), new BigDecimal("1.60"));
            assertThat(lines).hasSize(1);
        }
        assertThat(end).isBeforeOrEqualTo(latest).isAfterOrEqualTo(stoppedAt);
        assertThat(check(plate, RED, end).getString("verdict")).isEqualTo("RECENTLY_EXPIRED");

        Api.Reply retried = api.send("POST", path + "/stop", operator, null, "application/json", etag(session));
        assertThat(retried.status())
                .as("a retried stop with the ETag it was first sent with: " + retried)
                .isEqualTo(200);
        assertThat(retried.json()).as("stopping twice changes nothing").isEqualTo(after);
        assertThat(api.get(
                                "/api/v1/tenants/" + ANTWERPEN + "/audit?entityType=parking-session&entityId="
                                        + session.getString("id"),
                                ItTokens.valid("admin", ANTWERPEN))
                        .array())
                .extracting(v -> v.asJsonObject().getString("action"))
                .containsExactly("stop", "start");
    }

    @Test
    void aSessionInABlueZoneIsAFreeParkingDiscRoundedUpToTheNextHalfHour() {
        String blue = "GNK-BLAUW-CENTRUM";
        String plate = EnforcementIT.freshPlate();
        Api.Reply started = start(
                OP,
                GENK,
                Json.createObjectBuilder().add("plate", plate).add("zone", blue).build(),
                key());
        assertThat(started.status()).as("a digital parking disc: " + started).isEqualTo(201);
        JsonObject session = started.json();
        Instant arrival = Instant.parse(session.getString("start"));
        // Art. 27.1.2: the arrow on the half-hour mark that follows the arrival; Genk's blue zone allows 120 minutes.
        Instant disc = Instant.ofEpochSecond((arrival.getEpochSecond() / 1800 + 1) * 1800);
        assertThat(Instant.parse(session.getString("discTime"))).isEqualTo(disc);
        assertThat(Instant.parse(session.getString("end"))).isEqualTo(disc.plusSeconds(120 * 60));
        assertThat(fee(session)).isEqualByComparingTo("0");
        assertThat(session.getJsonObject("fee").getJsonArray("lines")).isEmpty();

        Api.Reply verdict = api.get(
                "/api/v1/tenants/" + GENK + "/enforcement/check?plate=" + plate + "&zone=" + blue,
                ItTokens.valid("warden", GENK));
        assertThat(verdict.json().getString("verdict")).isEqualTo("RIGHT");
        assertThat(verdict.json().getString("rightKind")).isEqualTo("PARKING_DISC");
        assertThat(Instant.parse(verdict.json().getString("validUntil"))).isEqualTo(disc.plusSeconds(120 * 60));
        Api.Reply expired = api.get(
                "/api/v1/tenants/" + GENK + "/enforcement/check?plate=" + plate + "&zone=" + blue + "&at="
                        + disc.plusSeconds(120 * 60),
                ItTokens.valid("warden", GENK));
        assertThat(expired.json().getString("verdict")).isEqualTo("RECENTLY_EXPIRED");

        String path = "/api/v1/tenants/" + GENK + "/parking-sessions/" + session.getString("id");
        String operator = ItTokens.parkingOperator(OP);
        Api.Reply redialled = api.send(
                "PATCH", path, operator, "{\"start\":\"" + arrival.plusSeconds(60) + "\"}", "application/json", null);
        assertThat(redialled.status())
                .as("the disc's time never changes (art. 27.1.3): " + redialled)
                .isEqualTo(409);
        Api.Reply tooLong =
                start(OP, GENK, session(EnforcementIT.freshPlate(), blue, null, disc.plusSeconds(151 * 60)), key());
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(422);
        assertThat(tooLong.problemType()).endsWith("/parking-stay-too-long");
        Api.Reply withEnd =
                start(OP, GENK, session(EnforcementIT.freshPlate(), blue, null, disc.plusSeconds(60 * 60)), key());
        assertThat(withEnd.status()).as(withEnd.toString()).isEqualTo(201);
        assertThat(Instant.parse(withEnd.json().getString("end"))).isEqualTo(disc.plusSeconds(60 * 60));

        Api.Reply stopped = api.send("POST", path + "/stop", operator, null, "application/json", etag(session));
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(200);
        assertThat(stopped.json().getString("end"))
                .as("the car left")
                .isEqualTo(stopped.json().getString("stoppedAt"));
        assertThat(fee(stopped.json())).isEqualByComparingTo("0");
    }

    @Test
    void plateZoneAndStartCanBeCorrectedOnlyWithinTheEditWindow() {
        Map<String, Object> restore = settings(Map.of("sessionEditMinutes", 5, "higherTierCoversLower", false));
        try {
            String typo = EnforcementIT.freshPlate();
            String right = EnforcementIT.freshPlate();
            JsonObject session = startOk(session(typo, RED, null, now().plusSeconds(1800)));
            String path = SESSIONS + "/" + session.getString("id");
            String operator = ItTokens.parkingOperator(OP);
            assertThat(Instant.parse(session.getString("editableUntil")))
                    .isAfter(Instant.parse(session.getString("createdAt")).plusSeconds(4 * 60));

            Api.Reply corrected = api.send(
                    "PATCH", path, operator, "{\"plate\":\"" + right + "\"}", "application/json", etag(session));
            assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
            assertThat(corrected.json().getString("plate")).isEqualTo(right);
            assertThat(check(typo, RED, null).getString("verdict"))
                    .as("the mistyped plate")
                    .isEqualTo("NO_RIGHT");
            assertThat(check(right, RED, null).getString("verdict")).isEqualTo("RIGHT");

            Api.Reply moved = api.send(
                    "PATCH",
                    path,
                    operator,
                    "{\"zone\":\"" + ORANGE + "\"}",
                    "application/json",
                    etag(corrected.json()));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            assertThat(check(right, ORANGE, null).getString("verdict")).isEqualTo("RIGHT");
            assertThat(check(right, RED, null).getString("verdict")).isEqualTo("NO_RIGHT");
            Api.Reply back =
                    api.send("PATCH", path, operator, "{\"plate\":\"" + typo + "\"}", "application/json", null);
            assertThat(back.status()).as("a revoked right does not come back").isEqualTo(409);
            Api.Reply backdated = api.send(
                    "PATCH",
                    path,
                    operator,
                    "{\"start\":\"" + now().minusSeconds(3600) + "\"}",
                    "application/json",
                    null);
            assertThat(backdated.status()).as("no backdating").isEqualTo(400);

            settings(Map.of("sessionEditMinutes", 0));
            Api.Reply frozen =
                    api.send("PATCH", path, operator, "{\"zone\":\"" + RED + "\"}", "application/json", null);
            assertThat(frozen.status()).as(frozen.toString()).isEqualTo(409);
            assertThat(frozen.problemType()).endsWith("/session-edit-window-closed");
            Api.Reply late = api.send("POST", path + "/cancellation", operator, null, "application/json", null);
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.problemType()).endsWith("/session-edit-window-closed");
            assertThat(check(right, ORANGE, null).getString("verdict")).isEqualTo("RIGHT");

            settings(Map.of("sessionEditMinutes", 5));
            String cancelledPlate = EnforcementIT.freshPlate();
            JsonObject toCancel = startOk(session(cancelledPlate, RED, null, now().plusSeconds(1800)));
            Api.Reply cancelled = api.send(
                    "POST",
                    SESSIONS + "/" + toCancel.getString("id") + "/cancellation",
                    operator,
                    null,
                    "application/json",
                    etag(toCancel));
            assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
            assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
            assertThat(fee(cancelled.json())).isEqualByComparingTo("0");
            assertThat(cancelled.json().getJsonObject("fee").getJsonArray("lines"))
                    .isEmpty();
            assertThat(check(cancelledPlate, RED, null).getString("verdict")).isEqualTo("NO_RIGHT");
            assertThat(api.send(
                                    "POST",
                                    SESSIONS + "/" + toCancel.getString("id") + "/stop",
                                    operator,
                                    null,
                                    "application/json",
                                    null)
                            .status())
                    .isEqualTo(409);
        } finally {
            settings(restore);
        }
    }

    @Test
    void onlyAdmittedOperatorsGetInAndEachSeesOnlyItsOwnSessions() {
        String newcomer = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply refused = api.get(SESSIONS, ItTokens.parkingOperator(newcomer));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.problemType()).endsWith("/parking-operator-not-admitted");
        assertThat(api.get("/api/v1/tenants/" + SCHILDE + "/parking-sessions", ItTokens.parkingOperator(OP))
                        .status())
                .as("Schilde has no paid zones and admits nobody")
                .isEqualTo(403);

        String operators = "/api/v1/tenants/" + ANTWERPEN + "/parking-operators";
        String admin = ItTokens.valid("admin", ANTWERPEN);
        assertThat(api.get(operators, admin).array())
                .extracting(v -> v.asJsonObject().getString("operatorId"))
                .contains("4411", "easypark");
        Api.Reply admitted = api.put(operators + "/" + newcomer, admin, "{\"name\":\"Newcomer\"}");
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);
        assertThat(api.get(SESSIONS, ItTokens.parkingOperator(newcomer)).status())
                .isEqualTo(200);
        assertThat(api.putIfMatch(
                                operators + "/" + newcomer,
                                admin,
                                Json.createObjectBuilder()
                                        .add("name", "Renamed")
                                        .build(),
                                etag(admitted.json()))
                        .status())
                .isEqualTo(200);
        assertThat(api.put(operators + "/" + newcomer, ItTokens.valid("clerk", ANTWERPEN), "{\"name\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.get(operators, ItTokens.valid("admin", GENK)).body()).doesNotContain(newcomer);
        assertThat(api.delete(operators + "/" + newcomer, admin).status()).isEqualTo(204);
        assertThat(api.get(SESSIONS, ItTokens.parkingOperator(newcomer)).status())
                .as("withdrawn")
                .isEqualTo(403);

        // 4411's session is invisible to EasyPark, visible to Antwerpen's staff, unknown to Genk.
        JsonObject mine = startOk(session(EnforcementIT.freshPlate(), RED, null, now().plusSeconds(1200)));
        String path = SESSIONS + "/" + mine.getString("id");
        String rival = ItTokens.parkingOperator("easypark");
        assertThat(api.get(path, rival).status()).isEqualTo(404);
        assertThat(api.send(
                                "POST",
                                path + "/extension",
                                rival,
                                "{\"end\":\"" + now().plusSeconds(2400) + "\"}",
                                "application/json",
                                null)
                        .status())
                .isEqualTo(404);
        assertThat(api.send("POST", path + "/stop", rival, null, "application/json", null)
                        .status())
                .isEqualTo(404);
        assertThat(api.send("POST", path + "/cancellation", rival, null, "application/json", null)
                        .status())
                .isEqualTo(404);
        assertThat(api.send("PATCH", path, rival, "{\"zone\":\"" + ORANGE + "\"}", "application/json", null)
                        .status())
                .isEqualTo(404);
        assertThat(api.get(SESSIONS + "?limit=1000", rival).body()).doesNotContain(mine.getString("id"));
        assertThat(api.get(SESSIONS + "?limit=1000", ItTokens.parkingOperator(OP))
                        .body())
                .contains(mine.getString("id"));
        assertThat(api.get(path, ItTokens.parkingOperator(OP)).json().getString("status"))
                .isEqualTo("ACTIVE");
        for (String role : List.of("clerk", "admin", "warden")) {
            assertThat(api.get(path, ItTokens.valid(role, ANTWERPEN)).status())
                    .as(role)
                    .isEqualTo(200);
        }
        assertThat(api.get(
                                SESSIONS + "?activeAt=" + now() + "&plate=" + mine.getString("plate"),
                                ItTokens.valid("clerk", ANTWERPEN))
                        .array())
                .hasSize(1);
        assertThat(api.get(path, ItTokens.valid("clerk", GENK)).status()).isIn(403, 404);
        assertThat(api.get(
                                "/api/v1/tenants/" + GENK + "/parking-sessions/" + mine.getString("id"),
                                ItTokens.parkingOperator(OP))
                        .status())
                .as("4411 is admitted in Genk, but this is Antwerpen's")
                .isEqualTo(404);
        assertThat(api.get(SESSIONS, ItTokens.valid("citizen", null)).status()).isEqualTo(403);
        assertThat(start(
                                "clerk-token",
                                ANTWERPEN,
                                session(EnforcementIT.freshPlate(), RED, null, now().plusSeconds(600)),
                                key())
                        .status())
                .as("staff do not sell sessions")
                .isEqualTo(403);
    }

    @Test
    void aParkingOperatorsTokenNamesItsOperatorAndNothingElse() {
        Api.Reply anonymous = api.get(SESSIONS, ItTokens.parkingOperator(null));
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);
        assertThat(anonymous.body()).contains("operator_id");
        Api.Reply mixed = api.get(SESSIONS, ItTokens.withRoles(List.of("parking-operator", "clerk"), ANTWERPEN, OP));
        assertThat(mixed.status()).as(mixed.toString()).isEqualTo(401);
        assertThat(api.get(
                                "/api/v1/tenants/" + ANTWERPEN + "/zones",
                                ItTokens.withRoles(List.of("clerk", "parking-operator"), ANTWERPEN, OP))
                        .status())
                .as("not even for what the other role may do")
                .isEqualTo(401);
        assertThat(api.get(SESSIONS, ItTokens.parkingOperator("not an id!")).status())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/tenants/" + ANTWERPEN + "/zones", ItTokens.parkingOperator(OP))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aSessionInAHigherTierCoversLowerTiersWhereTheMunicipalitySaysSo() {
        Map<String, Object> restore = settings(Map.of("higherTierCoversLower", true));
        try {
            String central = EnforcementIT.freshPlate();
            startOk(session(central, RED, null, now().plusSeconds(1800)));
            String outer = EnforcementIT.freshPlate();
            startOk(session(outer, YELLOW, null, now().plusSeconds(1800)));
            JsonObject covered = check(central, YELLOW, null);
            assertThat(covered.getString("verdict"))
                    .as("red (tier 3) covers yellow (tier 1)")
                    .isEqualTo("RIGHT");
            assertThat(covered.getString("rightKind")).isEqualTo("PAID_SESSION");
            assertThat(check(central, ORANGE, null).getString("verdict"))
                    .as("and orange (tier 2)")
                    .isEqualTo("RIGHT");
            assertThat(check(outer, RED, null).getString("verdict"))
                    .as("never upwards")
                    .isEqualTo("NO_RIGHT");
            assertThat(check(outer, ORANGE, null).getString("verdict")).isEqualTo("NO_RIGHT");

            settings(Map.of("higherTierCoversLower", false));
            assertThat(check(central, YELLOW, null).getString("verdict"))
                    .as("switched off")
                    .isEqualTo("NO_RIGHT");
            assertThat(check(central, RED, null).getString("verdict")).isEqualTo("RIGHT");
        } finally {
            settings(restore);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(BRUSSELS).toInstant();
    }

    static String key() {
        return "it-" + UUID.randomUUID();
    }

    static JsonObject session(String plate, String zone, Instant start, Instant end) {
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("plate", plate).add("zone", zone).add("end", end.toString());
        if (start != null) {
            body.add("start", start.toString());
        }
        return body.build();
    }

    static BigDecimal fee(JsonObject session) {
        return session.getJsonObject("fee").getJsonNumber("amount").bigDecimalValue();
    }

    static String etag(JsonObject item) {
        return "\"" + item.getJsonNumber("version").longValue() + "\"";
    }

    /** Starts a session as an operator ("clerk-token": as Antwerpen's clerk instead). */
    Api.Reply start(String operator, String nis, JsonObject body, String key) {
        String token =
                operator.equals("clerk-token") ? ItTokens.valid("clerk", nis) : ItTokens.parkingOperator(operator);
        return api.exchange(
                "POST",
                "/api/v1/tenants/" + nis + "/parking-sessions",
                token,
                Map.of("Content-Type", "application/json", "Accept", "application/json", "Idempotency-Key", key),
                body.toString().getBytes(StandardCharsets.UTF_8));
    }

    JsonObject startOk(JsonObject body) {
        Api.Reply reply = start(OP, ANTWERPEN, body, key());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    JsonObject check(String plate, String zone, Instant at) {
        Api.Reply reply = api.get(
                "/api/v1/tenants/" + ANTWERPEN + "/enforcement/check?plate="
                        + URLEncoder.encode(plate, StandardCharsets.UTF_8) + "&zone=" + zone
                        + (at == null ? "" : "&at=" + at),
                ItTokens.valid("warden", ANTWERPEN));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** Changes some of Antwerpen's enforcement settings; answers the values they had, to restore them. */
    Map<String, Object> settings(Map<String, Object> changes) {
        String path = "/api/v1/tenants/" + ANTWERPEN + "/enforcement-settings";
        String admin = ItTokens.valid("admin", ANTWERPEN);
        JsonObject current = api.get(path, admin).json();
        Map<String, Object> before = new HashMap<>();
        JsonObjectBuilder body = Json.createObjectBuilder(current);
        changes.forEach((name, value) -> {
            before.put(
                    name, value instanceof Boolean ? (Object) current.getBoolean(name) : (Object) current.getInt(name));
            if (value instanceof Boolean flag) {
                body.add(name, flag);
            } else {
                body.add(name, (Integer) value);
            }
        });
        Api.Reply changed = api.put(path, admin, body.build());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        return before;
    }
}
