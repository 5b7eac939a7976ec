package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.it.plugin.ItPaymentFactory;
import be.ptrpas.spi.PluginFactory;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The tenant configuration journeys of an operator and a municipal admin, against the real platform on PostgreSQL:
 * what they can set, what is refused and why, what is audited, what the public sees, and that the database itself
 * (row-level security, append-only audit) holds the line.
 */
class TenantConfigurationIT extends PlatformClient {

    private static final AtomicInteger NEXT_NIS = new AtomicInteger(44001);

    @Deployment(testable = false)
    static WebArchive deployment() {
        // A vendor's plug-in jar next to the platform, found through ServiceLoader like any installed plug-in.
        return PlatformDeployment.war()
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "payment-it-fake.jar")
                        .addClass(ItPaymentFactory.class)
                        .addAsServiceProvider(PluginFactory.class, ItPaymentFactory.class));
    }

    // ---- municipalities -------------------------------------------------------------------------------------

    @Test
    void operatorOnboardsAndUpdatesAMunicipality() {
        String nis = newTenant();
        Api.Reply duplicate = api.post("/api/v1/tenants", ItTokens.operator(), tenantJson(nis, "IN_HOUSE", null));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.isProblem()).isTrue();

        JsonObject changed = Json.createObjectBuilder(tenantJson(
                        nis,
                        "CONCESSION",
                        Json.createObjectBuilder()
                                .add("name", "Parko NV")
                                .add("companyNumber", "0207.183.486")
                                .build()))
                .add("languages", Json.createArrayBuilder().add("nl").add("fr"))
                .build();
        Api.Reply updated = api.put("/api/v1/tenants/" + nis, ItTokens.operator(), changed);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().getJsonObject("businessModel").getString("type"))
                .isEqualTo("CONCESSION");
        assertThat(updated.json().getJsonNumber("version").longValue()).isEqualTo(2);

        Api.Reply own = api.get("/api/v1/tenants/" + nis, ItTokens.of("admin", nis));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().getJsonArray("languages")).hasSize(2);

        JsonArray all = api.get("/api/v1/tenants", ItTokens.operator()).array();
        assertThat(all.stream().map(t -> t.asJsonObject().getString("nisCode")))
                .contains(nis, "11002", "12025", "11039", "23088", "71022", "71016");
    }

    @Test
    void invalidMunicipalityIsRefusedWithEveryOffendingField() {
        JsonObject bad = Json.createObjectBuilder()
                .add("nisCode", "0123")
                .add("names", Json.createObjectBuilder().add("fr", "Gand"))
                .add("languages", Json.createArrayBuilder().add("nl").add("nl"))
                .add(
                        "branding",
                        Json.createObjectBuilder().add("primaryColor", "blue").add("logoUrl", "ftp://x"))
                .add("contactEmail", "not-an-email")
                .add(
                        "businessModel",
                        Json.createObjectBuilder()
                                .add("type", "CONCESSION")
                                .add("retributionIssuer", "MUNICIPALITY")
                                .add("collector", "OPERATOR")
                                .add("enforcer", "OPERATOR")
                                .add(
                                        "operator",
                                        Json.createObjectBuilder()
                                                .add("name", "X")
                                                .add("companyNumber", "0207.183.487")))
                .build();
        Api.Reply reply = api.post("/api/v1/tenants", ItTokens.operator(), bad);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.problemType()).isEqualTo("https://ptr-pas.be/problems/validation");
        assertThat(fields(reply))
                .contains(
                        "nisCode",
                        "names.nl",
                        "languages[1]",
                        "branding.primaryColor",
                        "branding.logoUrl",
                        "contactEmail",
                        "businessModel.operator.companyNumber");
    }

    // ---- zones --------------------------------------------------------------------------------------------

    @Test
    void adminManagesZonesAndLooksUpPoints() {
        String nis = newTenant();
        String admin = ItTokens.of("admin", nis);
        assertThat(api.post(path(nis, "permit-rules"), admin, ruleJson("RESIDENT"))
                        .status())
                .isEqualTo(201);

        Api.Reply created = api.post(path(nis, "zones"), admin, zoneJson("GENT-BLAUW-1", square(51.05, 3.72, 0.004)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location").orElseThrow()).endsWith("/zones/GENT-BLAUW-1");
        assertThat(api.post(path(nis, "zones"), admin, zoneJson("GENT-BLAUW-1", square(51.05, 3.72, 0.004)))
                        .status())
                .isEqualTo(409);

        JsonArray inside = api.get(path(nis, "zones/lookup?lat=51.05&lon=3.72"), ItTokens.of("warden", nis))
                .array();
        assertThat(inside).extracting(z -> z.asJsonObject().getString("code")).containsExactly("GENT-BLAUW-1");
        assertThat(api.get(path(nis, "zones/lookup?lat=51.2&lon=3.72"), admin).array())
                .isEmpty();
        assertThat(api.get(path(nis, "zones/lookup?lat=abc&lon=3.72"), admin).status())
                .isEqualTo(400);

        JsonObject moved = Json.createObjectBuilder(zoneJson("GENT-BLAUW-1", square(51.06, 3.73, 0.002)))
                .build();
        Api.Reply updated = api.put(path(nis, "zones/GENT-BLAUW-1"), admin, moved);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(api.get(path(nis, "zones/lookup?lat=51.05&lon=3.72"), admin).array())
                .isEmpty();

        JsonObject features =
                api.get("/api/v1/public/tenants/" + nis + "/zones", null).json();
        assertThat(features.getString("type")).isEqualTo("FeatureCollection");
        JsonObject feature = features.getJsonArray("features").getJsonObject(0);
        assertThat(feature.getString("id")).isEqualTo("GENT-BLAUW-1");
        assertThat(feature.getJsonObject("geometry").getString("type")).isEqualTo("Polygon");
        assertThat(feature.getJsonObject("properties")
                        .getJsonArray("permitTypes")
                        .getString(0))
                .isEqualTo("RESIDENT");

        // Two admins editing the same zone: the one who read an older version is told, not silently overwritten.
        Api.Reply current = api.get(path(nis, "zones/GENT-BLAUW-1"), admin);
        String etag = current.raw().headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"2\"");
        JsonObject shorter =
                Json.createObjectBuilder(moved).add("maxStayMinutes", 90).build();
        JsonObject longer =
                Json.createObjectBuilder(moved).add("maxStayMinutes", 180).build();
        assertThat(api.putIfMatch(path(nis, "zones/GENT-BLAUW-1"), admin, shorter, etag)
                        .status())
                .isEqualTo(200);
        Api.Reply stale = api.putIfMatch(path(nis, "zones/GENT-BLAUW-1"), admin, longer, etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.problemType()).isEqualTo("https://ptr-pas.be/problems/precondition-failed");
        assertThat(api.putIfMatch(path(nis, "zones/GENT-BLAUW-1"), admin, longer, "yesterday")
                        .status())
                .isEqualTo(400);
        assertThat(api.get(path(nis, "zones/GENT-BLAUW-1"), admin).json().getInt("maxStayMinutes"))
                .isEqualTo(90);
        // A change that changes nothing leaves no trace in the audit trail.
        int trail = api.get(path(nis, "audit?entityType=zone"), admin).array().size();
        assertThat(api.put(path(nis, "zones/GENT-BLAUW-1"), admin, shorter).status())
                .isEqualTo(200);
        assertThat(api.get(path(nis, "audit?entityType=zone"), admin).array()).hasSize(trail);

        assertThat(api.send("DELETE", path(nis, "zones/GENT-BLAUW-1"), admin, null, "application/json", "\"1\"")
                        .status())
                .as("a delete based on an old read is refused")
                .isEqualTo(412);
        assertThat(api.delete(path(nis, "zones/GENT-BLAUW-1"), admin).status()).isEqualTo(204);
        assertThat(api.get(path(nis, "zones/GENT-BLAUW-1"), admin).status()).isEqualTo(404);
    }

    @Test
    void invalidGeometryIsRefusedAndNothingIsWritten() throws SQLException {
        String nis = newTenant();
        String admin = ItTokens.of("admin", nis);
        assertThat(api.post(path(nis, "permit-rules"), admin, ruleJson("RESIDENT"))
                        .status())
                .isEqualTo(201);
        String bowTie =
                "{\"type\":\"Polygon\",\"coordinates\":[[[3.70,51.04],[3.74,51.06],[3.74,51.04],[3.70,51.06],[3.70,51.04]]]}";
        Api.Reply selfIntersecting = api.post(path(nis, "zones"), admin, zoneJson("GENT-X", Api.parse(bowTie)));
        assertThat(selfIntersecting.status()).isEqualTo(400);
        assertThat(selfIntersecting.problemType()).isEqualTo("https://ptr-pas.be/problems/invalid-geometry");
        assertThat(selfIntersecting.json().getString("detail")).containsIgnoringCase("intersect");

        Api.Reply outside = api.post(path(nis, "zones"), admin, zoneJson("GENT-X", square(48.85, 2.35, 0.01)));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().getString("detail")).contains("outside Belgium");

        String unclosed =
                "{\"type\":\"Polygon\",\"coordinates\":[[[3.70,51.04],[3.74,51.06],[3.74,51.04],[3.71,51.05]]]}";
        Api.Reply open = api.post(path(nis, "zones"), admin, zoneJson("GENT-X", Api.parse(unclosed)));
        assertThat(open.status()).isEqualTo(400);
        assertThat(fields(open)).anyMatch(field -> field.startsWith("geometry.coordinates[0]"));

        Api.Reply notGeoJson = api.post(
                path(nis, "zones"),
                admin,
                zoneJson(
                        "GENT-X",
                        Json.createObjectBuilder().add("type", "Circle").build()));
        assertThat(notGeoJson.status()).isEqualTo(400);

        Api.Reply unknownPermitType =
                api.post(path(nis, "zones"), admin, zoneJson("GENT-X", square(51.05, 3.72, 0.004), "NO_SUCH_TYPE"));
        assertThat(unknownPermitType.status()).isEqualTo(400);
        assertThat(fields(unknownPermitType)).contains("permitTypes[0]");

        assertThat(countRows("zone", nis)).isZero();
        assertThat(countRows("audit_event", nis, "entity_type = 'zone'")).isZero();
    }

    // ---- tariffs ------------------------------------------------------------------------------------------

    @Test
    void tariffPeriodsMustFollowEachOtherWithoutGapsOrOverlaps() {
        String nis = newTenant();
        String admin = ItTokens.of("admin", nis);
        // Periods around this year: the public list shows only the tariffs not ended yet.
        int year = LocalDate.now(ZoneId.of("Europe/Brussels")).getYear();
        String twoYearsAgo = String.valueOf(year - 2);
        String lastYear = String.valueOf(year - 1);
        String thisYear = String.valueOf(year);
        String nextYear = String.valueOf(year + 1);
        String tariffs = path(nis, "tariffs");
        Api.Reply first = api.post(tariffs, admin, gasTariff(lastYear + "-01-01", lastYear + "-12-31", "58.00"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Api.Reply second = api.post(tariffs, admin, gasTariff(thisYear + "-01-01", null, "60.00"));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);

        Api.Reply overlap = api.post(tariffs, admin, gasTariff(lastYear + "-06-01", lastYear + "-12-31", "59.00"));
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.problemType()).isEqualTo("https://ptr-pas.be/problems/tariff-periods");
        assertThat(overlap.json().getString("detail")).contains("overlap");

        Api.Reply gap = api.post(tariffs, admin, gasTariff(twoYearsAgo + "-01-01", twoYearsAgo + "-11-30", "55.00"));
        assertThat(gap.status()).isEqualTo(409);
        assertThat(gap.json().getString("detail")).contains(twoYearsAgo + "-12-01");

        Api.Reply before = api.post(tariffs, admin, gasTariff(twoYearsAgo + "-01-01", twoYearsAgo + "-12-31", "55.00"));
        assertThat(before.status()).isEqualTo(201);

        // Removing the middle period would leave last year without a price.
        assertThat(api.delete(path(nis, "tariffs/" + first.json().getString("id")), admin)
                        .status())
                .isEqualTo(409);

        JsonArray inForce = api.get(path(nis, "tariffs?kind=GAS&at=" + lastYear + "-07-14"), admin)
                .array();
        assertThat(inForce).hasSize(1);
        assertThat(inForce.getJsonObject(0)
                        .getJsonObject("gas")
                        .getJsonNumber("baseAmount")
                        .bigDecimalValue())
                .isEqualByComparingTo("58.00");

        // Closing the open period is fine; then the next one can follow it.
        JsonObject closed = gasTariff(thisYear + "-01-01", thisYear + "-12-31", "60.00");
        assertThat(api.put(tariffs + "/" + second.json().getString("id"), admin, closed)
                        .status())
                .isEqualTo(200);
        assertThat(api.post(tariffs, admin, gasTariff(nextYear + "-01-01", null, "62.00"))
                        .status())
                .isEqualTo(201);

        Api.Reply wrongAmount = api.post(tariffs, admin, gasTariff((year + 4) + "-01-01", null, "58.001"));
        assertThat(wrongAmount.status()).isEqualTo(400);
        assertThat(fields(wrongAmount)).contains("gas.baseAmount");

        JsonArray published =
                api.get("/api/v1/public/tenants/" + nis + "/tariffs", null).array();
        assertThat(published)
                .extracting(t -> t.asJsonObject().getString("validFrom"))
                .contains(thisYear + "-01-01", nextYear + "-01-01")
                .doesNotContain(twoYearsAgo + "-01-01");
    }

    @Test
    void concurrentFirstPeriodsOfANewProductCannotBothLand() throws Exception {
        String nis = newTenant();
        String admin = ItTokens.of("admin", nis);
        // For each new product two admins add an open-ended first period at the same moment. Nothing exists yet to
        // lock row by row: only the per-municipality configuration lock keeps both from landing and overlapping.
        int products = 20;
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int n = 0; n < products; n++) {
                String product = "RACE-" + n;
                var start = new CountDownLatch(1);
                for (String from : List.of("2026-01-01", "2026-06-01")) {
                    JsonObject tariff = Json.createObjectBuilder(gasTariff(from, null, "58.00"))
                            .add("productCode", product)
                            .build();
                    replies.add(pool.submit(() -> {
                        start.await();
                        return api.post(path(nis, "tariffs"), admin, tariff);
                    }));
                }
                start.countDown();
            }
            int created = 0;
            for (var reply : replies) {
                int status = reply.get().status();
                assertThat(status).isIn(201, 409);
                created += status == 201 ? 1 : 0;
            }
            assertThat(created).as("one first period per product").isEqualTo(products);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get(path(nis, "tariffs?kind=GAS"), admin).array()).hasSize(products);
    }

    @Test
    void datesFarOutsideAnyTariffAreRefusedNotFailed() {
        String nis = newTenant();
        String admin = ItTokens.of("admin", nis);
        assertThat(api.get("/api/v1/public/tenants/" + nis + "/tariffs?at=3000-01-01", null)
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/public/tenants/" + nis + "/tariffs?at=+6000000-01-01", null)
                        .status())
                .isEqualTo(400);
        Api.Reply farFuture = api.post(path(nis, "tariffs"), admin, gasTariff("2026-01-01", "9999-12-31", "58.00"));
        assertThat(farFuture.status()).isEqualTo(400);
        assertThat(fields(farFuture)).contains("validTo");
    }

    @Test
    void permitAndParkingTariffsReferToRulesAndZones() {
        String nis = newTenant();
        String admin = ItTokens.of("admin", nis);
        JsonObject permitTariff = Json.createObjectBuilder()
                .add("kind", "PERMIT")
                .add("productCode", "RESIDENT")
                .add("validFrom", "2026-01-01")
                .add(
                        "permit",
                        Json.createObjectBuilder()
                                .add("firstVehicle", 25)
                                .add("secondVehicle", 50)
                                .add("thirdVehicle", 100)
                                .add(
                                        "reductions",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("category", "LOW_INCOME")
                                                        .add("amount", 10))))
                .build();
        Api.Reply noRule = api.post(path(nis, "tariffs"), admin, permitTariff);
        assertThat(noRule.status()).isEqualTo(400);
        assertThat(noRule.json().getString("detail")).contains("RESIDENT");

        assertThat(api.post(path(nis, "permit-rules"), admin, ruleJson("RESIDENT"))
                        .status())
                .isEqualTo(201);
        assertThat(api.post(path(nis, "tariffs"), admin, permitTariff).status()).isEqualTo(201);
        // A permit type that is priced cannot disappear.
        assertThat(api.delete(path(nis, "permit-rules/RESIDENT"), admin).status())
                .isEqualTo(409);
    }

    // ---- plug-in settings -----------------------------------------------------------------------------------

    @Test
    void pluginSecretsAreWriteOnlyAndEncryptedAtRest() throws SQLException {
        String nis = newTenant();
        String admin = ItTokens.of("admin", nis);
        JsonObject choice = Json.createObjectBuilder()
                .add("providerId", "payment-ogone")
                .add("enabled", true)
                .add("config", Json.createObjectBuilder().add("profileId", "pfl_demo"))
                .add("secrets", Json.createObjectBuilder().add("apiKey", "test_supersecretvalue"))
                .build();
        Api.Reply saved = api.put(path(nis, "plugins/payment"), admin, choice);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.body()).doesNotContain("supersecret");
        assertThat(saved.json().getJsonArray("secretsSet").getString(0)).isEqualTo("apiKey");
        assertThat(saved.json().getBoolean("providerInstalled")).isFalse();

        Api.Reply read = api.get(path(nis, "plugins/payment"), admin);
        assertThat(read.body()).doesNotContain("supersecret").contains("pfl_demo");
        assertThat(storedSecrets(nis)).doesNotContain("supersecret").startsWith("{\"apiKey\":\"v1:");

        // Resending without secrets keeps them; null removes one.
        JsonObject withoutSecrets = Json.createObjectBuilder()
                .add("providerId", "payment-ogone")
                .add("config", Json.createObjectBuilder().add("profileId", "pfl_live"))
                .build();
        assertThat(api.put(path(nis, "plugins/payment"), admin, withoutSecrets)
                        .json()
                        .getJsonArray("secretsSet"))
                .hasSize(1);
        JsonObject removal = Json.createObjectBuilder()
                .add("providerId", "payment-ogone")
                .add("secrets", Json.createObjectBuilder().add("apiKey", JsonValue.NULL))
                .build();
        assertThat(api.put(path(nis, "plugins/payment"), admin, removal).json().getJsonArray("secretsSet"))
                .isEmpty();

        assertThat(api.put(path(nis, "plugins/teleporter"), admin, choice).status())
                .isEqualTo(404);
        JsonObject badProvider =
                Json.createObjectBuilder().add("providerId", "Mollie!").build();
        assertThat(api.put(path(nis, "plugins/payment"), admin, badProvider).status())
                .isEqualTo(400);
        assertThat(api.get(path(nis, "plugins/payment"), ItTokens.of("clerk", nis))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anInstalledPluginValidatesItsOwnSettings() {
        String nis = newTenant();
        String admin = ItTokens.of("admin", nis);
        JsonArray available = api.get(path(nis, "plugins/available"), admin).array();
        JsonObject fake = available.stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("id").equals(ItPaymentFactory.ID))
                .findFirst()
                .orElseThrow();
        assertThat(fake.getJsonArray("slots"))
                .extracting(v -> ((JsonString) v).getString())
                .containsExactly("payment");
        assertThat(fake.getJsonArray("configProperties")).hasSize(3);

        JsonObject incomplete = Json.createObjectBuilder()
                .add("providerId", ItPaymentFactory.ID)
                .add(
                        "config",
                        Json.createObjectBuilder()
                                .add("webhookBase", "not a url")
                                .add("apiKey", "test_x"))
                .build();
        Api.Reply refused = api.put(path(nis, "plugins/payment"), admin, incomplete);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).contains("config.apiKey");

        JsonObject badValues = Json.createObjectBuilder()
                .add("providerId", ItPaymentFactory.ID)
                .add(
                        "config",
                        Json.createObjectBuilder()
                                .add("webhookBase", "not a url")
                                .add("colour", "red"))
                .add("secrets", Json.createObjectBuilder().add("apiKey", "oops"))
                .build();
        Api.Reply invalid = api.put(path(nis, "plugins/payment"), admin, badValues);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid))
                .contains("config.profileId", "config.webhookBase", "config.colour", "secrets.apiKey");

        JsonObject good = Json.createObjectBuilder()
                .add("providerId", ItPaymentFactory.ID)
                .add(
                        "config",
                        Json.createObjectBuilder()
                                .add("profileId", "pfl_1")
                                .add("webhookBase", "https://pay.example.be"))
                .add("secrets", Json.createObjectBuilder().add("apiKey", "test_123"))
                .build();
        Api.Reply saved = api.put(path(nis, "plugins/payment"), admin, good);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.json().getBoolean("providerInstalled")).isTrue();
        assertThat(saved.json().getString("providerVersion")).isEqualTo("1.2.3");

        Api.Reply wrongSlot = api.put(path(nis, "plugins/sms"), admin, good);
        assertThat(wrongSlot.status()).isEqualTo(400);
        assertThat(wrongSlot.json().getString("detail")).contains("MESSAGE_CHANNEL");
        assertThat(api.get(path(nis, "plugins/sms"), admin).status()).isEqualTo(404);
    }

    // ---- audit ------------------------------------------------------------------------------------------------

    @Test
    void everyChangeIsAuditedWithBeforeAndAfter() {
        String nis = newTenant();
        String admin = ItTokens.of("admin", nis);
        assertThat(api.post(path(nis, "permit-rules"), admin, ruleJson("VISITOR"))
                        .status())
                .isEqualTo(201);
        JsonObject changed = Json.createObjectBuilder(ruleJson("VISITOR"))
                .add("maxPerHousehold", 3)
                .build();
        assertThat(api.put(path(nis, "permit-rules/VISITOR"), admin, changed).status())
                .isEqualTo(200);

        JsonArray trail = api.get(path(nis, "audit?entityType=permit-rule&entityId=VISITOR"), admin)
                .array();
        assertThat(trail).hasSize(2);
        JsonObject update = trail.getJsonObject(0);
        assertThat(update.getString("action")).isEqualTo("update");
        assertThat(update.getString("actorRole")).isEqualTo("admin");
        assertThat(update.getJsonObject("before").getInt("maxPerHousehold")).isEqualTo(1);
        assertThat(update.getJsonObject("after").getInt("maxPerHousehold")).isEqualTo(3);
        assertThat(trail.getJsonObject(1).getString("action")).isEqualTo("create");
        assertThat(trail.getJsonObject(1).get("before")).isNull();

        JsonArray onboarding =
                api.get(path(nis, "audit?entityType=tenant"), admin).array();
        assertThat(onboarding)
                .extracting(e -> e.asJsonObject().getString("actorRole"))
                .containsExactly("operator");
        assertThat(api.get(path(nis, "audit"), ItTokens.of("clerk", nis)).status())
                .isEqualTo(403);
        assertThat(api.get(path(nis, "audit?limit=0"), admin).status()).isEqualTo(400);
    }

    @Test
    void theAuditTrailCannotBeRewrittenEvenByThePlatformsOwnDatabaseRole() throws SQLException {
        try (Connection app = ItDatabase.appConnection();
                Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("select set_config('ptr.tenant_id', '71016', true)");
            assertThatThrownBy(() -> sql.executeUpdate("update audit_event set actor = 'someone else'"))
                    .hasMessageContaining("append-only");
            app.rollback();
            assertThatThrownBy(() -> sql.execute("truncate audit_event")).hasMessageContaining("append-only");
            app.rollback();
        }
    }

    // ---- requests that must be refused whole ------------------------------------------------------------------

    @Test
    void malformedRequestsGetClearProblems() {
        String nis = newTenant();
        String admin = ItTokens.of("admin", nis);
        Api.Reply unknown =
                api.post(path(nis, "permit-rules"), admin, "{\"permitType\":\"A1\",\"maxPerHouseholdd\":2}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(fields(unknown)).containsExactly("maxPerHouseholdd");

        Api.Reply wrongType =
                api.post(path(nis, "permit-rules"), admin, "{\"permitType\":\"A1\",\"validityMonths\":\"twelve\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(fields(wrongType)).containsExactly("validityMonths");

        Api.Reply fraction = api.post(
                path(nis, "permit-rules"),
                admin,
                Json.createObjectBuilder(ruleJson("A1"))
                        .add("maxPerHousehold", 1.5)
                        .build());
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fields(fraction)).containsExactly("maxPerHousehold");

        Api.Reply broken = api.post(path(nis, "permit-rules"), admin, "{\"permitType\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().getString("detail")).contains("not valid JSON");

        String huge = "{\"permitType\":\"" + "A".repeat(1_100_000) + "\"}";
        Api.Reply tooLarge = api.post(path(nis, "permit-rules"), admin, huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.isProblem()).isTrue();

        Api.Reply list = api.post(path(nis, "permit-rules"), admin, "[" + ruleJson("A1") + "," + ruleJson("A2") + "]");
        assertThat(list.status()).isEqualTo(400);
        assertThat(list.json().getString("detail")).contains("one JSON object");
        Api.Reply trailing = api.post(path(nis, "permit-rules"), admin, ruleJson("A3") + " " + ruleJson("A4"));
        assertThat(trailing.status()).isEqualTo(400);
        Api.Reply truncated = api.post(path(nis, "permit-rules"), admin, "{\"permitType\": [1, {\"x\":");
        assertThat(truncated.status()).isEqualTo(400);

        Api.Reply wrongMediaType = api.send("POST", path(nis, "permit-rules"), admin, null);
        assertThat(wrongMediaType.status()).isBetween(400, 415);
        assertThat(wrongMediaType.isProblem()).isTrue();

        for (Api.Reply reply : List.of(unknown, wrongType, broken, tooLarge, list, trailing, truncated)) {
            assertThat(reply.body()).doesNotContain("be.ptrpas", "java.", "Exception", "at org.");
        }
        assertThat(api.get(path(nis, "permit-rules"), admin).array()).isEmpty();
    }

    // ---- the second wall: PostgreSQL row-level security --------------------------------------------------------

    @Test
    void rowLevelSecurityShowsOnlyTheTenantOfTheTransaction() throws SQLException {
        try (Connection app = ItDatabase.appConnection()) {
            app.setAutoCommit(false);
            try (Statement sql = app.createStatement()) {
                assertThat(count(sql, "select count(*) from zone"))
                        .as("no tenant set: no rows")
                        .isZero();
                sql.execute("select set_config('ptr.tenant_id', '71016', true)");
                assertThat(count(sql, "select count(*) from zone")).isPositive();
                assertThat(count(sql, "select count(*) from zone where tenant_id <> '71016'"))
                        .isZero();
                assertThatThrownBy(
                                () -> sql.executeUpdate(
                                        "insert into permit_rule (id, tenant_id, permit_type, name_nl, "
                                                + "eligibility, max_per_household, validity_months, approval, version, created_at, updated_at) "
                                                + "values ('x', '11002', 'SNEAKY', 'x', 'CARE_GIVER', 1, 1, 'AUTO', 1, now(), now())"))
                        .hasMessageContaining("row-level security");
            }
            app.rollback();
        }
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                Statement sql = admin.createStatement()) {
            assertThat(count(sql, "select count(distinct tenant_id) from zone")).isGreaterThanOrEqualTo(6);
            ResultSet roles = sql.executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = 'ptr_app'");
            roles.next();
            assertThat(roles.getBoolean(1) || roles.getBoolean(2))
                    .as("the platform's role must not bypass RLS")
                    .isFalse();
        }
    }

    // ---- public information, operations ------------------------------------------------------------------------

    @Test
    void publicInformationNeedsNoLogin() {
        JsonArray tenants = api.get("/api/v1/public/tenants", null).array();
        assertThat(tenants)
                .extracting(t -> t.asJsonObject().getString("nisCode"))
                .contains("11002", "12025", "11039", "23088", "71022", "71016");
        JsonObject genk = api.get("/api/v1/public/tenants/71016/zones", null).json();
        assertThat(genk.getJsonArray("features")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(genk.getJsonArray("features").stream()
                        .map(f -> f.asJsonObject().getJsonObject("properties").getString("kind")))
                .contains("BLUE", "PAID", "RESIDENT");
        assertThat(api.get("/api/v1/public/tenants/71016/rules", null).array()).isNotEmpty();
        assertThat(api.get("/api/v1/public/tenants/71016/tariffs", null).array())
                .isNotEmpty();
        JsonArray atCentre = api.get("/api/v1/public/tenants/71016/zones/lookup?lat=50.965&lon=5.5", null)
                .json()
                .getJsonArray("features");
        assertThat(atCentre).isNotEmpty();
        assertThat(api.get("/api/v1/public/tenants/99999/zones", null).status()).isEqualTo(404);
        // What is not public stays out of the public answers.
        assertThat(api.get("/api/v1/public/tenants", null).body()).doesNotContain("secrets", "audit");
    }

    @Test
    void devLoginDoesNotExistOnPostgres() {
        Api.Reply token = api.post("/api/v1/dev/token", null, "{\"role\":\"operator\"}");
        assertThat(token.status()).isEqualTo(404);
        assertThat(token.isProblem()).isTrue();
        assertThat(api.get("/api/v1/dev/personas", null).status()).isEqualTo(404);
        assertThat(api.get("/dev/login", null).status()).isEqualTo(404);
    }

    @Test
    void healthOpenApiAndMetricsAnswer() {
        Api.Reply ready = api.get("/health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        // Public: UP or DOWN per check, nothing about the installation.
        assertThat(ready.json().getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(check -> check.getString("name") + "=" + check.getString("status"))
                .containsExactlyInAnyOrder("database=UP", "token-verification=UP");
        assertThat(ready.body()).doesNotContain("jdbc", "postgres", "file:", "true");
        assertThat(api.get("/health/live", null).status()).isEqualTo(200);
        Api.Reply openapi = api.get("/openapi", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body())
                .contains(
                        "/api/v1/tenants/{nis}/zones",
                        "/api/v1/public/tenants",
                        "/api/v1/tenants/{nis}/tariffs",
                        "/api/v1/tenants/{nis}/plugins/{slot}");
        List<String> operationIds = Pattern.compile("\"operationId\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(openapi.body())
                .results()
                .map(match -> match.group(1))
                .toList();
        assertThat(operationIds)
                .as("operationIds are unique")
                .doesNotHaveDuplicates()
                .hasSizeGreaterThan(25);
        assertThat(openapi.body())
                .contains("application/problem+json", "\"ZoneKind\"", "\"TariffKind\"", "\"examples\"");
        Api.Reply metrics = api.send("GET", "/metrics", null, null, "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private String newTenant() {
        String nis = String.valueOf(NEXT_NIS.getAndIncrement());
        Api.Reply created = api.post("/api/v1/tenants", ItTokens.operator(), tenantJson(nis, "IN_HOUSE", null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return nis;
    }

    static String path(String nis, String rest) {
        return "/api/v1/tenants/" + nis + "/" + rest;
    }

    static JsonObject tenantJson(String nis, String model, JsonObject operator) {
        var business = Json.createObjectBuilder()
                .add("type", model)
                .add("retributionIssuer", "MUNICIPALITY")
                .add("collector", "IN_HOUSE".equals(model) ? "MUNICIPALITY" : "OPERATOR")
                .add("enforcer", "MUNICIPALITY");
        if (operator != null) {
            business.add("operator", operator);
        }
        return Json.createObjectBuilder()
                .add("nisCode", nis)
                .add(
                        "names",
                        Json.createObjectBuilder()
                                .add("nl", "Testgemeente " + nis)
                                .add("en", "Test town " + nis))
                .add("languages", Json.createArrayBuilder().add("nl"))
                .add("contactEmail", "parkeren@test" + nis + ".be")
                .add("businessModel", business)
                .build();
    }

    static JsonObject ruleJson(String type) {
        return Json.createObjectBuilder()
                .add("permitType", type)
                .add("name", Json.createObjectBuilder().add("nl", "Kaart " + type))
                .add("eligibility", Json.createArrayBuilder().add("DOMICILE_IN_ZONE"))
                .add("maxPerHousehold", 1)
                .add("validityMonths", 12)
                .add("approval", "AUTO")
                .build();
    }

    static JsonObject zoneJson(String code, JsonObject geometry, String... permitTypes) {
        var types = Json.createArrayBuilder();
        for (String type : permitTypes.length == 0 ? new String[] {"RESIDENT"} : permitTypes) {
            types.add(type);
        }
        return Json.createObjectBuilder()
                .add("code", code)
                .add("kind", "BLUE")
                .add("name", Json.createObjectBuilder().add("nl", "Blauwe zone " + code))
                .add("maxStayMinutes", 120)
                .add("geometry", geometry)
                .add(
                        "streets",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("name", "Veldstraat")
                                        .add("postalCode", "9000")
                                        .add("parity", "ALL")))
                .add("permitTypes", types)
                .build();
    }

    static JsonObject square(double lat, double lon, double half) {
        var ring = Json.createArrayBuilder()
                .add(Json.createArrayBuilder().add(lon - half).add(lat - half))
                .add(Json.createArrayBuilder().add(lon + half).add(lat - half))
                .add(Json.createArrayBuilder().add(lon + half).add(lat + half))
                .add(Json.createArrayBuilder().add(lon - half).add(lat + half))
                .add(Json.createArrayBuilder().add(lon - half).add(lat - half));
        return Json.createObjectBuilder()
                .add("type", "Polygon")
                .add("coordinates", Json.createArrayBuilder().add(ring))
                .build();
    }

    static JsonObject gasTariff(String from, String to, String amount) {
        var tariff = Json.createObjectBuilder()
                .add("kind", "GAS")
                .add("productCode", "GAS4_CAT1")
                .add("validFrom", from)
                .add("gas", Json.createObjectBuilder().add("regime", "GAS4").add("baseAmount", new BigDecimal(amount)));
        if (to != null) {
            tariff.add("validTo", to);
        }
        return tariff.build();
    }

    static List<String> fields(Api.Reply reply) {
        JsonObject problem = reply.json();
        if (!problem.containsKey("errors")) {
            return List.of();
        }
        return problem.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .toList();
    }

    private static int countRows(String table, String nis, String... conditions) throws SQLException {
        String where = "tenant_id = ?" + (conditions.length == 0 ? "" : " and " + String.join(" and ", conditions));
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                PreparedStatement sql = admin.prepareStatement("select count(*) from " + table + " where " + where)) {
            sql.setString(1, nis);
            ResultSet rows = sql.executeQuery();
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String storedSecrets(String nis) throws SQLException {
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                PreparedStatement sql =
                        admin.prepareStatement("select secrets from plugin_setting where tenant_id = ?")) {
            sql.setString(1, nis);
            ResultSet rows = sql.executeQuery();
            rows.next();
            return rows.getString(1);
        }
    }

    private static int count(Statement sql, String query) throws SQLException {
        ResultSet rows = sql.executeQuery(query);
        rows.next();
        return rows.getInt(1);
    }
}
