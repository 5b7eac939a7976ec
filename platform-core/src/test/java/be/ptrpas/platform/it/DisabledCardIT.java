package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.it.clock.ItClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Disabled-person cards through the real platform on PostgreSQL: registered once by the platform operator, plates
 * linked by the holder (at most three), a right in every municipality that follows the card (revocation, unlinking,
 * grace), and nobody but the holder sees or changes the links.
 */
class DisabledCardIT extends DeployedPlatform {

    static final String GENK = "71016";
    static final String ANTWERPEN = "11002";
    static final String GENK_ZONE = "GNK-BETAALD-SHOPPING";
    static final String ANTWERPEN_ZONE = "ANT-ROOD-CENTRUM";

    @AfterEach
    void setTheClockBack() {
        new ItClock(api).reset();
    }

    @Test
    void aCardIsARightInEveryMunicipalityForTheCarsItsHolderLinks() {
        String holderRrn = nationalNumber();
        String holder = ItTokens.citizen(holderRrn);
        String number = "PK" + (10_000_000 + (int) (Math.random() * 89_999_999));
        LocalDate today = LocalDate.now();
        String key = "card-" + UUID.randomUUID();
        JsonObject card = Json.createObjectBuilder()
                .add("number", number.toLowerCase())
                .add("holderNationalNumber", holderRrn)
                .add("validFrom", today.minusYears(1).toString())
                .add("validUntil", today.plusYears(4).toString())
                .build();

        Api.Reply registered = register(key, card);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().getString("number")).isEqualTo(number);
        assertThat(registered.json().getString("status")).isEqualTo("ACTIVE");
        Api.Reply retried = register(key, card);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().getString("number")).isEqualTo(number);
        Api.Reply again = register("card-" + UUID.randomUUID(), card);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        Api.Reply bad = register(
                "card-" + UUID.randomUUID(),
                Json.createObjectBuilder()
                        .add("number", "x!")
                        .add("holderNationalNumber", "12345678901")
                        .add("validFrom", today.toString())
                        .add("validUntil", today.minusDays(1).toString())
                        .build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.problemType()).endsWith("/validation");
        assertThat(bad.body())
                .contains("number")
                .contains("holderNationalNumber")
                .contains("validUntil");
        assertThat(register(null, card).status()).isEqualTo(400);

        // Only the holder links plates: three at most, linking one twice changes nothing.
        String first = EnforcementIT.freshPlate();
        String second = EnforcementIT.freshPlate();
        String third = EnforcementIT.freshPlate();
        assertThat(link(holder, number, first.toLowerCase().replace("-", " ")).status())
                .isEqualTo(200);
        assertThat(link(holder, number, second).status()).isEqualTo(200);
        Api.Reply three = link(holder, number, third);
        assertThat(three.status()).as(three.toString()).isEqualTo(200);
        assertThat(three.json().getJsonArray("plates")).hasSize(3);
        assertThat(link(holder, number, third).json().getJsonArray("plates")).hasSize(3);
        Api.Reply fourth = link(holder, number, EnforcementIT.freshPlate());
        assertThat(fourth.status()).isEqualTo(409);
        assertThat(fourth.problemType()).endsWith("/disabled-card-plate-limit");
        assertThat(link(holder, number, "not a plate!").status()).isEqualTo(400);

        String stranger = ItTokens.citizen(nationalNumber());
        assertThat(api.get("/api/v1/me/disabled-cards/" + number, stranger).status())
                .isEqualTo(404);
        assertThat(link(stranger, number, EnforcementIT.freshPlate()).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/me/disabled-cards/" + number + "/plates/" + first, stranger)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/me/disabled-cards", stranger).array()).isEmpty();
        assertThat(api.get("/api/v1/me/disabled-cards", ItTokens.valid("clerk", GENK))
                        .status())
                .isEqualTo(403);
        assertThat(register("card-" + UUID.randomUUID(), card, ItTokens.valid("admin", GENK))
                        .status())
                .isEqualTo(403);
        assertThat(register("card-" + UUID.randomUUID(), card, holder).status()).isEqualTo(403);
        List<JsonObject> mine =
                api.get("/api/v1/me/disabled-cards", holder).array().getValuesAs(JsonObject.class);
        assertThat(mine)
                .singleElement()
                .satisfies(c -> assertThat(c.getString("number")).isEqualTo(number));

        // A right wherever the car stands, in every municipality, without anyone there registering anything.
        for (String plate : List.of(first, second, third)) {
            JsonObject verdict = check(GENK, GENK_ZONE, plate, null);
            assertThat(verdict.getString("verdict")).as(verdict.toString()).isEqualTo("RIGHT");
            assertThat(verdict.getString("rightKind")).isEqualTo("DISABLED_CARD");
            assertThat(check(ANTWERPEN, ANTWERPEN_ZONE, plate, null).getString("verdict"))
                    .isEqualTo("RIGHT");
        }
        assertThat(check(GENK, GENK_ZONE, EnforcementIT.freshPlate(), null).getString("verdict"))
                .isEqualTo("NO_RIGHT");

        // Unlinked: still a right for a moment before the unlinking, the grace period after it, nothing later.
        // The check takes whole seconds: the platform's clock moves two seconds on, so that a whole second lies
        // between the link and the unlinking without waiting for it.
        Instant beforeUnlink = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        Instant unlinking = new ItClock(api).moveTo(Duration.ofSeconds(2));
        Api.Reply unlinked =
                api.delete("/api/v1/me/disabled-cards/" + number + "/plates/" + first.replace("-", ""), holder);
        assertThat(unlinked.status()).as(unlinked.toString()).isEqualTo(200);
        assertThat(unlinked.json().getJsonArray("plates")).hasSize(2);
        assertThat(check(GENK, GENK_ZONE, first, beforeUnlink).getString("verdict"))
                .isEqualTo("RIGHT");
        assertThat(check(GENK, GENK_ZONE, first, null).getString("verdict")).isEqualTo("RECENTLY_EXPIRED");
        assertThat(check(GENK, GENK_ZONE, first, unlinking.plus(20, ChronoUnit.MINUTES))
                        .getString("verdict"))
                .isEqualTo("NO_RIGHT");
        assertThat(link(holder, number, EnforcementIT.freshPlate()).status()).isEqualTo(200);

        // Revoked (reported stolen): no right from that moment, no grace, no new links; a repeat changes nothing.
        String cardPath = "/api/v1/disabled-cards/" + number;
        assertThat(api.delete(cardPath, ItTokens.operator()).status()).isEqualTo(400);
        for (int i = 0; i < 2; i++) {
            Api.Reply revoked = api.delete(
                    cardPath + "?reason=" + URLEncoder.encode("gestolen gemeld", StandardCharsets.UTF_8),
                    ItTokens.operator());
            assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
            assertThat(revoked.json().getString("status")).isEqualTo("REVOKED");
        }
        assertThat(check(GENK, GENK_ZONE, second, null).getString("verdict")).isEqualTo("NO_RIGHT");
        assertThat(check(ANTWERPEN, ANTWERPEN_ZONE, third, null).getString("verdict"))
                .isEqualTo("NO_RIGHT");
        Api.Reply inactive = link(holder, number, EnforcementIT.freshPlate());
        assertThat(inactive.status()).isEqualTo(409);
        assertThat(inactive.problemType()).endsWith("/disabled-card-inactive");

        // The card's history, append-only, as the operator and the holder see it.
        List<String> actions = api
                .get(cardPath, ItTokens.operator())
                .json()
                .getJsonArray("history")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(e -> e.getString("action"))
                .toList();
        assertThat(actions)
                .containsExactly(
                        "REGISTERED",
                        "PLATE_LINKED",
                        "PLATE_LINKED",
                        "PLATE_LINKED",
                        "PLATE_UNLINKED",
                        "PLATE_LINKED",
                        "REVOKED");
        assertThat(api.get("/api/v1/me/disabled-cards/" + number, holder).json().getString("status"))
                .isEqualTo("REVOKED");
        assertThat(api.get("/api/v1/disabled-cards/NOSUCHCARD1", ItTokens.operator())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theDemoCardOfMarcWillemsCoversHisCar() {
        assertThat(check(GENK, GENK_ZONE, "1-WIL-054", null).getString("rightKind"))
                .isEqualTo("DISABLED_CARD");
        List<JsonObject> his = api.get("/api/v1/me/disabled-cards", ItTokens.citizen("54083021377"))
                .array()
                .getValuesAs(JsonObject.class);
        assertThat(his).anySatisfy(c -> assertThat(c.getString("number")).isEqualTo("PK0540830"));

        // Handhelds working offline know it too, in every zone of every municipality: a card is valid everywhere.
        Instant since = Instant.now().minusSeconds(1);
        Map<String, Integer> pagesWithCards = new HashMap<>();
        for (String[] where : new String[][] {{GENK, GENK_ZONE}, {ANTWERPEN, ANTWERPEN_ZONE}}) {
            List<JsonObject> exported = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonObject page = api.get(
                                "/api/v1/tenants/" + where[0] + "/enforcement/rights-export?zone=" + where[1]
                                        + "&limit=50"
                                        + (cursor == null
                                                ? ""
                                                : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)),
                                ItTokens.valid("warden", where[0]))
                        .json();
                List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
                exported.addAll(items);
                if (items.stream().anyMatch(r -> "DISABLED_CARD".equals(r.getString("kind", null)))) {
                    pagesWithCards.merge(where[0], 1, Integer::sum);
                }
                cursor = page.containsKey("nextCursor") ? page.getString("nextCursor") : null;
                pages++;
            } while (cursor != null && pages < 1000);
            assertThat(exported).as(where[1]).anySatisfy(r -> {
                assertThat(r.getString("plate")).isEqualTo("1-WIL-054");
                assertThat(r.getString("kind")).isEqualTo("DISABLED_CARD");
                assertThat(r.containsKey("zone")).as("valid everywhere").isFalse();
            });
        }

        // Those pages read the card register: its own trail (the operator's) records each of them, naming the
        // municipality it was read for; pages without card plates are only in the municipality's trail.
        List<JsonObject> cardReads = api.get(
                        "/api/v1/audit/reads?entityType=disabled-card&limit=500", ItTokens.operator())
                .array()
                .getValuesAs(JsonObject.class);
        for (String nis : List.of(GENK, ANTWERPEN)) {
            assertThat(cardReads)
                    .filteredOn(r -> !Instant.parse(r.getString("occurredAt")).isBefore(since)
                            && r.getString("query", "").contains("/tenants/" + nis + "/enforcement/rights-export"))
                    .as("export pages of " + nis + " with card plates")
                    .hasSize(pagesWithCards.get(nis))
                    .allSatisfy(r -> {
                        assertThat(r.getString("actorRole")).isEqualTo("warden");
                        assertThat(r.getString("purpose")).isEqualTo("parking enforcement");
                    });
        }
    }

    private Api.Reply register(String key, JsonObject card) {
        return register(key, card, ItTokens.operator());
    }

    private Api.Reply register(String key, JsonObject card, String token) {
        return api.exchange(
                "POST",
                "/api/v1/disabled-cards",
                token,
                key == null
                        ? Map.of("Content-Type", "application/json")
                        : Map.of("Content-Type", "application/json", "Idempotency-Key", key),
                card.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Api.Reply link(String token, String number, String plate) {
        return api.post(
                "/api/v1/me/disabled-cards/" + number + "/plates",
                token,
                Json.createObjectBuilder()
                        .add("plate", plate)
                        .add("country", "BE")
                        .build());
    }

    private JsonObject check(String nis, String zone, String plate, Instant at) {
        Api.Reply reply = api.get(
                "/api/v1/tenants/" + nis + "/enforcement/check?plate="
                        + URLEncoder.encode(plate, StandardCharsets.UTF_8) + "&zone=" + zone
                        + (at == null ? "" : "&at=" + at),
                ItTokens.valid("warden", nis));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** A random valid Belgian national number of someone born in the 1980s. */
    static String nationalNumber() {
        String first9 = String.format(
                "%02d%02d%02d%03d",
                80 + (int) (Math.random() * 10),
                1 + (int) (Math.random() * 12),
                1 + (int) (Math.random() * 28),
                1 + (int) (Math.random() * 997));
        long check = 97 - Long.parseLong(first9) % 97;
        return first9 + String.format("%02d", check);
    }
}
