package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.it.clock.ItClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What the citizen may know and do about their own data, through the real platform on PostgreSQL: the access log
 * (who read my data, where, when, why), the data export, company mode confirmed by the enterprise register, and the
 * certificates Mijn Burgerprofiel shows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MyDataIT extends DeployedPlatform {

    static final String ANTWERPEN = "11002";
    static final String MECHELEN = "12025";
    /** The demo citizen with a company (demo data): the enterprise register names her manager of both. */
    static final String SOFIE = "79062514233";

    static final String MAES_INTERIEUR = "0831246745";
    static final String MAES_EVENTS = "0845231769";
    static final List<String> DEMO_MUNICIPALITIES = List.of("11002", "12025", "11039", "23088", "71022", "71016");

    @Test
    @Order(1)
    void theAccessLogShowsWhoReadMyDataWhereWhenAndWhyAndNothingOfAnyoneElse() throws Exception {
        String person = DisabledCardIT.nationalNumber();
        String other = DisabledCardIT.nationalNumber();
        String fine = gasFine(ANTWERPEN, person);
        gasFine(ANTWERPEN, other);
        String token = ItTokens.citizen(person);

        // A clerk of Antwerpen reads the fine, with a stated purpose; then the person opens their pass.
        Api.Reply read = api.exchange(
                "GET",
                "/api/v1/tenants/" + ANTWERPEN + "/gas-fines/" + fine,
                ItTokens.of("clerk", ANTWERPEN),
                Map.of("Accept", "application/json", "X-Purpose", "bezwaar 2026/118"),
                null);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/me/pass", token).status()).isEqualTo(200);

        Api.Reply log = api.get("/api/v1/me/access-log", token);
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        assertThat(log.raw().headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        List<JsonObject> items = log.json().getJsonArray("items").getValuesAs(JsonObject.class);
        // Newest first: my pass read, then the clerk's read. (Registering the fine disclosed nothing.)
        assertThat(items).hasSize(2);
        JsonObject mine = items.get(0);
        assertThat(mine.getString("who")).isEqualTo("you");
        assertThat(mine.getString("what")).isEqualTo("pass");
        assertThat(mine.containsKey("municipality") && !mine.isNull("municipality"))
                .as("the platform's own read names no municipality")
                .isFalse();
        JsonObject clerk = items.get(1);
        assertThat(clerk.getString("who")).isEqualTo("clerk");
        assertThat(clerk.getJsonObject("municipality").getString("nisCode")).isEqualTo(ANTWERPEN);
        assertThat(clerk.getJsonObject("municipality").getString("name")).isEqualTo("Antwerpen");
        assertThat(clerk.getString("purpose")).isEqualTo("bezwaar 2026/118");
        assertThat(clerk.getBoolean("purposeStated")).isTrue();
        assertThat(clerk.getString("what")).isEqualTo("gas-fine");
        assertThat(clerk.getString("itemId")).isEqualTo(fine);
        assertThat(Instant.parse(clerk.getString("at"))).isBefore(Instant.parse(mine.getString("at")));
        // The clerk is named by role only, never by their own identity.
        assertThat(log.body()).doesNotContain("clerk@it").doesNotContain("clerk-" + ANTWERPEN);

        // Reading the log is itself a recorded read; pages of one, newest first, each entry once.
        List<JsonObject> first = api.get("/api/v1/me/access-log?limit=1", token)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(first.get(0).getString("what")).isEqualTo("access-log");
        int seen = 0;
        String cursor = null;
        do {
            Api.Reply page =
                    api.get("/api/v1/me/access-log?limit=1" + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            seen += page.json().getJsonArray("items").size();
            cursor = page.json().getString("next", null);
        } while (cursor != null && seen < 20);
        // A read is recorded once answered: the log, its first page of one, the pass and the clerk's read.
        assertThat(seen).isEqualTo(4);
        assertThat(api.get("/api/v1/me/access-log?cursor=nonsense", token).problemType())
                .endsWith("/validation");

        // The other offender's log holds nothing of this one's.
        Api.Reply theirs = api.get("/api/v1/me/access-log", ItTokens.citizen(other));
        assertThat(theirs.body()).doesNotContain(fine);
        // Staff have no access log of their own here.
        assertThat(api.get("/api/v1/me/access-log", ItTokens.of("clerk", ANTWERPEN))
                        .status())
                .isEqualTo(403);

        // The database walls it on its own: the platform's role bound to one person's key sees only their reads.
        try (Connection db = ItDatabase.appConnection()) {
            db.setAutoCommit(false);
            String key = PassIT.holderKey("NN:" + person);
            assertThat(readsVisibleTo(db, key, null)).isGreaterThanOrEqualTo(5);
            assertThat(readsVisibleTo(db, key, "subject_key <> '" + key + "' or subject_key is null"))
                    .isZero();
            assertThat(readsVisibleTo(db, "0".repeat(64), null)).isZero();
            db.rollback();
        }
    }

    @Test
    @Order(2)
    void theDataExportHoldsEverythingAboutMeOnceAMinuteAndRefusesAnOversizedOne() throws Exception {
        String person = DisabledCardIT.nationalNumber();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        PassIT permits = new PassIT();
        permits.api = api;
        String permit = permits.iodPermit(MECHELEN, "Els Peeters", person, null, start, 30);
        String token = ItTokens.citizen(person);
        Api.Reply preferences = api.get("/api/v1/me/preferences", token);
        assertThat(preferences.status()).as(preferences.toString()).isEqualTo(200);
        Api.Reply changed = api.putIfMatch(
                "/api/v1/me/preferences",
                token,
                Json.createObjectBuilder().add("language", "fr").build(),
                preferences.raw().headers().firstValue("ETag").orElseThrow());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        ItClock clock = new ItClock(api);
        try {
            Api.Reply export = api.get("/api/v1/me/data-export", token);
            assertThat(export.status()).as(export.toString()).isEqualTo(200);
            assertThat(export.raw().headers().firstValue("Content-Disposition").orElse(""))
                    .startsWith("attachment;")
                    .contains(".json");
            JsonObject document = export.json();
            assertThat(document.getInt("schemaVersion")).isEqualTo(1);
            assertThat(document.getJsonObject("subject").getString("nationalNumber"))
                    .isEqualTo(person);
            List<JsonObject> items = document.getJsonArray("passItems").getValuesAs(JsonObject.class);
            assertThat(items).hasSize(1);
            assertThat(items.get(0).getJsonObject("item").getString("reference"))
                    .isEqualTo(permit);
            assertThat(items.get(0).getJsonObject("details").getString("holder"))
                    .isEqualTo("Els Peeters");
            assertThat(items.get(0).getJsonArray("timeline")).hasSize(1);
            assertThat(document.getJsonObject("preferences").getString("language"))
                    .isEqualTo("fr");
            assertThat(document.getJsonArray("disabledCards")).isEmpty();
            assertThat(document.getJsonArray("accessLog").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("what"))
                    .contains("citizen-preferences");
            assertThat(document.getJsonArray("companies")).isEmpty();

            // Once a minute: a second export at once is refused with the time to wait.
            Api.Reply again = api.get("/api/v1/me/data-export", token);
            assertThat(again.status()).isEqualTo(429);
            assertThat(again.problemType()).endsWith("/too-many-requests");
            int retryAfter = Integer.parseInt(
                    again.raw().headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1, 60);
            // Another person is not held up by it.
            assertThat(api.get("/api/v1/me/data-export", ItTokens.citizen(DisabledCardIT.nationalNumber()))
                            .status())
                    .isEqualTo(200);
            // A minute later it works again, and lists the first export among the reads of my data.
            clock.moveTo(Duration.ofSeconds(61));
            Api.Reply later = api.get("/api/v1/me/data-export", token);
            assertThat(later.status()).as(later.toString()).isEqualTo(200);
            assertThat(later.json().getJsonArray("accessLog").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("what"))
                    .contains("data-export");
        } finally {
            clock.reset();
        }

        // More items than one export holds (the tests cap it at 5): a clear problem, not a cut-off document.
        String busy = DisabledCardIT.nationalNumber();
        for (int i = 0; i < 6; i++) {
            permits.iodPermit(MECHELEN, "Veel Vergunningen", busy, null, start, 30);
        }
        Api.Reply tooLarge = api.get("/api/v1/me/data-export", ItTokens.citizen(busy));
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(422);
        assertThat(tooLarge.problemType()).endsWith("/export-too-large");
        assertThat(tooLarge.body()).doesNotContain("Veel Vergunningen");
    }

    @Test
    @Order(3)
    void aManagerSeesTheCompanysItemsAndSwitchesBetweenCompaniesWhileANonManagerIsRefused() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        PassIT permits = new PassIT();
        permits.api = api;
        String events = permits.iodPermit(MECHELEN, "Maes Events bv", null, MAES_EVENTS, start, 10);
        String interior = permits.iodPermit(MECHELEN, "Maes Interieur bv", null, MAES_INTERIEUR, start, 10);
        String sofie = ItTokens.citizenForCompanies(SOFIE, List.of(MAES_INTERIEUR, MAES_EVENTS));

        Api.Reply companies = api.get("/api/v1/me/companies", sofie);
        assertThat(companies.status()).as(companies.toString()).isEqualTo(200);
        List<JsonObject> listed = companies.array().getValuesAs(JsonObject.class);
        assertThat(listed).extracting(c -> c.getString("companyNumber")).containsExactly(MAES_INTERIEUR, MAES_EVENTS);
        assertThat(listed).extracting(c -> c.getString("name")).containsExactly("Maes Interieur", "Maes Events");
        assertThat(listed).extracting(c -> c.getString("role")).containsExactly("ZAAKVOERDER", "BESTUURDER");

        // Switching: each company's pass holds its own items only.
        Api.Reply eventsPass = api.get("/api/v1/me/pass?company=" + MAES_EVENTS, sofie);
        assertThat(eventsPass.status()).as(eventsPass.toString()).isEqualTo(200);
        assertThat(references(eventsPass)).contains(events).doesNotContain(interior);
        Api.Reply interiorPass = api.get("/api/v1/me/pass?company=" + MAES_INTERIEUR, sofie);
        assertThat(references(interiorPass)).contains(interior).doesNotContain(events);
        // The company's access log shows the manager's reads as hers.
        Api.Reply companyLog = api.get("/api/v1/me/access-log?company=" + MAES_EVENTS, sofie);
        assertThat(companyLog.status()).as(companyLog.toString()).isEqualTo(200);
        assertThat(companyLog.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("who")).isEqualTo("you");
                    assertThat(e.getString("what")).isEqualTo("pass");
                });

        // A token that names the company, of someone the register does not name as a manager: 403, nothing shown.
        String stranger = DisabledCardIT.nationalNumber();
        Api.Reply refused =
                api.get("/api/v1/me/pass?company=" + MAES_EVENTS, ItTokens.citizenForCompany(stranger, MAES_EVENTS));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.problemType()).endsWith("/not-a-company-manager");
        assertThat(refused.body()).doesNotContain(events);
        assertThat(api.get("/api/v1/me/companies", ItTokens.citizenForCompany(stranger, MAES_EVENTS))
                        .array())
                .isEmpty();
        // A company the token does not name, even for its real manager: 403 forbidden.
        Api.Reply notNamed =
                api.get("/api/v1/me/pass?company=" + MAES_EVENTS, ItTokens.citizenForCompany(SOFIE, MAES_INTERIEUR));
        assertThat(notNamed.status()).isEqualTo(403);
        assertThat(notNamed.problemType()).endsWith("/forbidden");
        // Every endpoint with a company parameter asks the same question.
        assertThat(api.get(
                                "/api/v1/me/access-log?company=" + MAES_EVENTS,
                                ItTokens.citizenForCompany(stranger, MAES_EVENTS))
                        .problemType())
                .endsWith("/not-a-company-manager");
        assertThat(api.get("/api/v1/me/pass?company=12345", sofie).problemType())
                .endsWith("/validation");
    }

    @Test
    @Order(4)
    void aCompanyWhoseRegisterCannotBeReachedGetsAClearProblemNotItsItems() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(1));
        PassIT permits = new PassIT();
        permits.api = api;
        String company = freshCompanyNumber();
        String item = permits.iodPermit(MECHELEN, "Onbereikbaar bv", null, company, start, 10);
        try {
            DEMO_MUNICIPALITIES.forEach(nis -> outage(nis, true));
            String token = ItTokens.citizenForCompany(DisabledCardIT.nationalNumber(), company);
            Api.Reply pass = api.get("/api/v1/me/pass?company=" + company, token);
            assertThat(pass.status()).as(pass.toString()).isEqualTo(503);
            assertThat(pass.problemType()).endsWith("/enterprise-register-unavailable");
            assertThat(pass.body()).doesNotContain(item).doesNotContain("Onbereikbaar");
            assertThat(api.get("/api/v1/me/companies", token).status()).isEqualTo(503);
        } finally {
            DEMO_MUNICIPALITIES.forEach(nis -> outage(nis, false));
        }
    }

    @Test
    @Order(5)
    void mijnBurgerprofielReadsAPersonsCertificatesAsHalAndOnlyThePortalMay() throws Exception {
        String person = DisabledCardIT.nationalNumber();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3));
        PassIT permits = new PassIT();
        permits.api = api;
        String older = permits.iodPermit(MECHELEN, "Jo Smet", person, null, start, 30);
        String newer = permits.iodPermit(ANTWERPEN, "Jo Smet", person, null, start.plus(Duration.ofDays(1)), 30);
        String fine = gasFine(ANTWERPEN, person);
        String portal = ItTokens.portalClient(ItTokens.PORTAL_CLIENT_ID);

        Api.Reply all = api.exchange(
                "GET", "/api/v1/certificates/" + person, portal, Map.of("Accept", "application/hal+json"), null);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.contentType()).startsWith("application/hal+json");
        JsonObject body = all.json();
        List<JsonObject> certificates =
                body.getJsonObject("_embedded").getJsonArray("certificates").getValuesAs(JsonObject.class);
        assertThat(certificates).extracting(c -> c.getString("reference")).containsExactly(newer, older);
        assertThat(certificates).allSatisfy(c -> assertThat(c.getString("type")).isEqualTo("IOD_PERMIT"));
        assertThat(all.body()).doesNotContain(fine); // a fine is no certificate
        assertThat(certificates
                        .get(0)
                        .getJsonObject("_links")
                        .getJsonObject("pass")
                        .getString("href"))
                .endsWith("/pass/items/" + certificates.get(0).getString("id"));
        assertThat(body.getJsonObject("_links").getJsonObject("self").getString("href"))
                .startsWith("/api/v1/certificates/" + person);
        assertThat(body.getJsonObject("_links").containsKey("next")).isFalse();

        // Pages of one, following _links.next.
        Api.Reply page1 = api.get("/api/v1/certificates/" + person + "?limit=1", portal);
        String next = page1.json().getJsonObject("_links").getJsonObject("next").getString("href");
        Api.Reply page2 = api.get(next, portal);
        assertThat(page2.status()).as(page2.toString()).isEqualTo(200);
        assertThat(page2.json()
                        .getJsonObject("_embedded")
                        .getJsonArray("certificates")
                        .getJsonObject(0)
                        .getString("reference"))
                .isEqualTo(older);

        // Nothing: an empty list, not 404.
        Api.Reply none = api.get("/api/v1/certificates/" + DisabledCardIT.nationalNumber(), portal);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().getJsonObject("_embedded").getJsonArray("certificates"))
                .isEmpty();
        assertThat(none.json().getInt("count")).isZero();

        // Bad input and the wrong callers.
        Api.Reply malformed = api.get("/api/v1/certificates/8507300332", portal);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.problemType()).endsWith("/validation");
        assertThat(api.get("/api/v1/certificates/85073003329", portal).status()).isEqualTo(400);
        Api.Reply citizen = api.get("/api/v1/certificates/" + person, ItTokens.citizen(person));
        assertThat(citizen.status()).isEqualTo(403);
        assertThat(citizen.isProblem()).isTrue();
        assertThat(api.get("/api/v1/certificates/" + person, ItTokens.portalClient("another-client"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/certificates/" + person, ItTokens.of("clerk", ANTWERPEN))
                        .status())
                .isEqualTo(403);

        // Every answered call is audited, under the person's key, never with their number in clear.
        List<JsonObject> log = api.get("/api/v1/me/access-log?limit=100", ItTokens.citizen(person))
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(log.stream()
                        .filter(e -> e.getString("who").equals("mijn-burgerprofiel"))
                        .filter(e -> e.getString("what").equals("certificates")))
                .hasSize(3);
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                PreparedStatement query = admin.prepareStatement("select count(*) from personal_data_read"
                        + " where coalesce(query, '') like ? or coalesce(resource_id, '') like ?")) {
            query.setString(1, "%" + person + "%");
            query.setString(2, "%" + person + "%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    String gasFine(String nis, String offender) {
        Api.Reply fine = api.exchange(
                "POST",
                "/api/v1/tenants/" + nis + "/gas-fines",
                ItTokens.of("clerk", nis),
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json",
                        "Idempotency-Key",
                        "my-data-" + UUID.randomUUID()),
                Json.createObjectBuilder()
                        .add("kind", "GAS4")
                        .add("productCode", "GAS4_CAT1")
                        .add("plate", EnforcementIT.freshPlate())
                        .add("offenceAt", Instant.now().minusSeconds(3600).toString())
                        .add("place", "Meir 1, Antwerpen")
                        .add("offender", Json.createObjectBuilder().add("nationalNumber", offender))
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(fine.status()).as(fine.toString()).isEqualTo(201);
        return fine.json().getString("id");
    }

    void outage(String nis, boolean down) {
        Api.Reply reply = api.put(
                "/api/v1/tenants/" + nis + "/plugins/enterprise-register",
                ItTokens.operator(),
                Json.createObjectBuilder()
                        .add("providerId", "register-demo-enterprise")
                        .add("config", Json.createObjectBuilder().add("simulateOutage", String.valueOf(down)))
                        .build());
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
    }

    /** A valid company number the demo register knows (a synthetic company) and no other test asked for. */
    static String freshCompanyNumber() {
        long first8 = 2_000_000L + (long) (Math.random() * 7_000_000);
        if (first8 % 1000 == 999) {
            first8--;
        }
        return String.format("%08d%02d", first8, 97 - first8 % 97);
    }

    static List<String> references(Api.Reply pass) {
        assertThat(pass.status()).as(pass.toString()).isEqualTo(200);
        return pass.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("reference"))
                .toList();
    }

    /** How many read-audit rows the platform's role sees when bound to one subject key (and to no municipality). */
    static int readsVisibleTo(Connection db, String key, String condition) throws SQLException {
        try (PreparedStatement bind = db.prepareStatement("select set_config('ptr.holder_key', ?, true)")) {
            bind.setString(1, key);
            bind.execute();
        }
        try (PreparedStatement query = db.prepareStatement(
                        "select count(*) from personal_data_read" + (condition == null ? "" : " where " + condition));
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
