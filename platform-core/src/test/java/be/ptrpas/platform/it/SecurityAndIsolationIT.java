package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import be.ptrpas.platform.security.AccessRule;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Authentication, authorization and tenant isolation for EVERY endpoint of the platform, enumerated from the compiled
 * resource classes. An attacker from Genk (71016) tries every read and write on Antwerpen's (11002) resources; every
 * bad token is tried on every protected endpoint; every role that is not allowed is tried; and in the end
 * Antwerpen's data must be exactly as before.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityAndIsolationIT extends DeployedPlatform {

    static final String ATTACKER = "71016";
    static final String VICTIM = "11002";
    static final String ANY_BODY = "{}";

    private static Map<String, String> victimValues;
    /** A real GAS fine of the victim: the {id} of every /gas-fines/{id} endpoint, so attacks aim at something. */
    private static String victimGasFine;

    private static String victimPayment;
    private static String victimSession;
    private static Map<String, String> victimSnapshot;

    @Test
    @Order(0)
    void victimDataIsInPlace() {
        // A payment through the municipality's demo sandbox, before its provider is switched to Mollie below.
        Api.Reply payment = api.exchange(
                "POST",
                "/api/v1/tenants/" + VICTIM + "/payments",
                ItTokens.of(Roles.CLERK, VICTIM),
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json",
                        "Idempotency-Key",
                        "victim-payment-" + UUID.randomUUID()),
                Json.createObjectBuilder()
                        .add("amountCents", 5800)
                        .add("description", "GAS 4 - 1-ANT-001")
                        // Back to the platform itself: a foreign origin needs the municipality's payment settings.
                        .add("returnUrl", "http://127.0.0.1:" + System.getProperty("ptr.it.http.port") + "/betaald")
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
        victimPayment = payment.json().getString("id");
        // A paid parking session (a weekday ahead, in a paid zone), started by an admitted parking operator.
        LocalDate weekday = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(1);
        while (weekday.getDayOfWeek().getValue() > 5) {
            weekday = weekday.plusDays(1);
        }
        Api.Reply session = api.exchange(
                "POST",
                "/api/v1/tenants/" + VICTIM + "/parking-sessions",
                ItTokens.parkingOperator(ItTokens.PARKING_OPERATOR_ID),
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json",
                        "Idempotency-Key",
                        "victim-session-" + UUID.randomUUID()),
                ParkingSessionIT.session(
                                EnforcementIT.freshPlate(),
                                "ANT-ROOD-CENTRUM",
                                ParkingSessionIT.at(weekday, "10:00"),
                                ParkingSessionIT.at(weekday, "11:00"))
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        victimSession = session.json().getString("id");
        // Something for every kind of path parameter to point at, including a plug-in setting with a secret.
        Api.Reply plugin = api.put(
                "/api/v1/tenants/" + VICTIM + "/plugins/payment",
                ItTokens.operator(),
                Json.createObjectBuilder()
                        .add("providerId", "payment-mollie")
                        .add("secrets", Json.createObjectBuilder().add("apiKey", "live_antwerpSecretKey0123"))
                        .build());
        assertThat(plugin.status()).as(plugin.toString()).isIn(200, 201);
        String tariffId = api.get("/api/v1/tenants/" + VICTIM + "/tariffs", ItTokens.operator())
                .array()
                .getJsonObject(0)
                .getString("id");
        Api.Reply fine = api.exchange(
                "POST",
                "/api/v1/tenants/" + VICTIM + "/gas-fines",
                ItTokens.of(Roles.CLERK, VICTIM),
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json",
                        "Idempotency-Key",
                        "victim-" + UUID.randomUUID()),
                Json.createObjectBuilder()
                        .add("kind", "GAS4")
                        .add("productCode", "GAS4_CAT1")
                        .add("plate", "1-ANT-001")
                        .add("offenceAt", Instant.now().minusSeconds(3600).toString())
                        .add("place", "Meir 1, Antwerpen")
                        .add("offender", Json.createObjectBuilder().add("nationalNumber", ItTokens.CITIZEN_RRN))
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(fine.status()).as(fine.toString()).isEqualTo(201);
        victimGasFine = fine.json().getString("id");
        victimValues = Map.ofEntries(
                Map.entry("nis", VICTIM),
                Map.entry("code", "ANT-ROOD-CENTRUM"),
                Map.entry("permitType", "RESIDENT"),
                Map.entry("id", tariffId),
                Map.entry("slot", "payment"),
                Map.entry("page", "checkout/none"),
                Map.entry("number", "PK0540830"),
                Map.entry("plate", "1-WIL-054"),
                Map.entry("operatorId", ItTokens.PARKING_OPERATOR_ID),
                Map.entry("channel", "email"),
                // Mijn Burgerprofiel's certificates of the victim citizen
                Map.entry("insz", ItTokens.CITIZEN_RRN));
        victimSnapshot = snapshot();
        assertThat(victimSnapshot.get("zones")).contains("ANT-ROOD-CENTRUM");
    }

    @Test
    @Order(1)
    void everyEndpointDeclaresWhoMayCallIt() {
        List<ResourceCatalog.Endpoint> endpoints = ResourceCatalog.endpoints();
        assertThat(endpoints).as("the scan must find the platform's endpoints").hasSizeGreaterThan(25);
        for (ResourceCatalog.Endpoint endpoint : endpoints) {
            boolean annotated = endpoint.method().isAnnotationPresent(RolesAllowed.class)
                    || endpoint.method().isAnnotationPresent(PermitAll.class)
                    || endpoint.method().isAnnotationPresent(DenyAll.class)
                    || endpoint.method().getDeclaringClass().isAnnotationPresent(RolesAllowed.class)
                    || endpoint.method().getDeclaringClass().isAnnotationPresent(PermitAll.class);
            assertThat(annotated)
                    .as(endpoint + " has no @RolesAllowed/@PermitAll (it would be denied)")
                    .isTrue();
            if (endpoint.rule().kind() == AccessRule.Kind.PUBLIC) {
                // Vendors' callbacks and plug-in pages are verified by the municipality's plug-in, not by a token.
                assertThat(endpoint.writes() && !endpoint.template().matches("/api/v1/(dev|callbacks|pages)/.*"))
                        .as(endpoint + " writes without authentication")
                        .isFalse();
                assertThat(endpoint.template())
                        .as(endpoint + " is public")
                        .matches("/api/v1/(public|dev|callbacks|pages)/.*");
            }
        }
    }

    @TestFactory
    @Order(2)
    Stream<DynamicTest> callsWithoutATokenGet401() {
        return protectedEndpoints()
                .map(endpoint -> dynamicTest(endpoint.toString(), () -> {
                    Api.Reply reply = call(endpoint, victimValues, null);
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
                    assertThat(reply.isProblem()).as(reply.toString()).isTrue();
                    assertThat(reply.raw().headers().firstValue("WWW-Authenticate"))
                            .isPresent();
                    assertThat(reply.raw().headers().firstValue("Cache-Control"))
                            .as(reply.toString())
                            .hasValue("no-store");
                }));
    }

    @TestFactory
    @Order(3)
    Stream<DynamicTest> badTokensGet401() {
        Map<String, BiFunction<String, String, String>> badTokens = new LinkedHashMap<>();
        badTokens.put("forged signature", ItTokens::forged);
        badTokens.put("expired", ItTokens::expired);
        badTokens.put("wrong issuer", ItTokens::wrongIssuer);
        badTokens.put("alg none", ItTokens::algNone);
        badTokens.put("HS256 keyed with the public key", ItTokens::hmacWithPublicKey);
        badTokens.put("issued an hour from now", ItTokens::issuedInTheFuture);
        badTokens.put("not valid before an hour from now", ItTokens::notYetValid);
        List<DynamicTest> tests = new ArrayList<>();
        protectedEndpoints()
                .forEach(endpoint -> badTokens.forEach((kind, token) -> {
                    String role = endpoint.rule().roles().iterator().next();
                    tests.add(dynamicTest(kind + ": " + endpoint, () -> {
                        Api.Reply reply = call(endpoint, victimValues, token.apply(role, VICTIM));
                        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
                        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
                    }));
                }));
        return tests.stream();
    }

    @TestFactory
    @Order(4)
    Stream<DynamicTest> tokensWithInvalidIdentityClaimsGet401() {
        return protectedEndpoints()
                .filter(endpoint -> endpoint.rule().roles().contains(Roles.ADMIN))
                .limit(3)
                .flatMap(endpoint -> Stream.of(
                        dynamicTest(
                                "citizen with a national number failing mod 97: " + endpoint,
                                () -> assertThat(call(endpoint, victimValues, ItTokens.citizenWithInvalidRrn())
                                                .status())
                                        .isEqualTo(401)),
                        dynamicTest(
                                "admin without a tenant claim: " + endpoint,
                                () -> assertThat(call(endpoint, victimValues, ItTokens.of(Roles.ADMIN, null))
                                                .status())
                                        .isEqualTo(401))));
    }

    @TestFactory
    @Order(5)
    Stream<DynamicTest> rolesThatAreNotAllowedGet403() {
        List<DynamicTest> tests = new ArrayList<>();
        protectedEndpoints()
                .forEach(endpoint -> Roles.ALL.stream()
                        .filter(role -> !endpoint.rule().roles().contains(role))
                        .sorted()
                        .forEach(role -> tests.add(dynamicTest(role + ": " + endpoint, () -> {
                            Api.Reply reply = call(endpoint, victimValues, ItTokens.valid(role, VICTIM));
                            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
                            assertThat(reply.isProblem()).isTrue();
                        }))));
        return tests.stream();
    }

    @TestFactory
    @Order(6)
    Stream<DynamicTest> anotherMunicipalitysStaffCannotReadOrWrite() {
        List<DynamicTest> tests = new ArrayList<>();
        protectedEndpoints()
                .filter(ResourceCatalog.Endpoint::isTenantScoped)
                .forEach(endpoint -> endpoint.rule().roles().stream()
                        .filter(Roles.TENANT_BOUND::contains)
                        .sorted()
                        .forEach(role -> tests.add(dynamicTest(role + " of " + ATTACKER + ": " + endpoint, () -> {
                            Api.Reply reply = call(endpoint, victimValues, ItTokens.of(role, ATTACKER));
                            assertThat(reply.status()).as(reply.toString()).isIn(403, 404);
                            assertThat(reply.isProblem()).isTrue();
                            // The instance member echoes the attacker's own request; nothing else may tell them
                            // anything.
                            JsonObject problem = reply.json();
                            String told = problem.getString("detail") + problem.getOrDefault("errors", JsonValue.NULL);
                            assertThat(told)
                                    .doesNotContain(
                                            "ANT-ROOD",
                                            "Rode zone",
                                            "Antwerp",
                                            "live_antwerpSecretKey0123",
                                            "RESIDENT",
                                            "payment-mollie");
                        }))));
        assertThat(tests).as("tenant-scoped endpoints with municipal roles").hasSizeGreaterThan(20);
        return tests.stream();
    }

    @TestFactory
    @Order(6)
    Stream<DynamicTest> aParkingOperatorTheMunicipalityHasNotAdmittedGetsNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        protectedEndpoints()
                .filter(ResourceCatalog.Endpoint::isTenantScoped)
                .filter(endpoint -> endpoint.rule().roles().contains(Roles.PARKING_OPERATOR))
                .forEach(endpoint -> tests.add(dynamicTest("not admitted: " + endpoint, () -> {
                    Api.Reply reply = call(endpoint, victimValues, ItTokens.parkingOperator("not-admitted-it"));
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
                    assertThat(reply.problemType()).endsWith("/parking-operator-not-admitted");
                    assertThat(reply.json().getString("detail")).doesNotContain("ANT-ROOD", "Antwerp");
                })));
        assertThat(tests).as("endpoints open to parking operators").hasSizeGreaterThan(3);
        return tests.stream();
    }

    @TestFactory
    @Order(7)
    Stream<DynamicTest> allowedRolesAreLetThrough() {
        // Harmless targets (nothing by these names exists), so that allowed writes cannot change the victim's data.
        Map<String, String> nowhere = Map.ofEntries(
                Map.entry("nis", VICTIM),
                Map.entry("code", "NO-SUCH-ZONE"),
                Map.entry("permitType", "NO_SUCH_TYPE"),
                Map.entry("id", "00000000-0000-0000-0000-000000000000"),
                Map.entry("slot", "sms"),
                Map.entry("page", "checkout/none"),
                Map.entry("number", "NOSUCHCARD"),
                Map.entry("plate", "9-ZZZ-999"),
                Map.entry("operatorId", "no-such-operator"),
                Map.entry("channel", "email"),
                // a well-formed national number of nobody: the portal's certificates answer an empty list
                Map.entry("insz", DisabledCardIT.nationalNumber()));
        List<DynamicTest> tests = new ArrayList<>();
        protectedEndpoints()
                .forEach(endpoint -> endpoint.rule().roles().stream()
                        .sorted()
                        .forEach(role -> tests.add(dynamicTest(role + ": " + endpoint, () -> {
                            Api.Reply reply = call(endpoint, nowhere, ItTokens.valid(role, VICTIM));
                            assertThat(reply.status())
                                    .as(reply.toString())
                                    .isNotIn(401, 403)
                                    .isLessThan(500);
                        }))));
        return tests.stream();
    }

    /**
     * The platform remembers tokens MP-JWT verified; that must never let through a token that differs from one it
     * accepted, nor one that has since expired.
     */
    @Test
    @Order(8)
    void aRememberedTokenOpensNothingForItsLookAlikes() {
        String check =
                "/api/v1/tenants/" + VICTIM + "/enforcement/check?plate=1-ABC-123&zone=" + victimValues.get("code");
        String warden = ItTokens.of("warden", VICTIM);
        assertThat(api.get(check, warden).status()).isEqualTo(200);
        assertThat(api.get(check, warden).status()).as("the same token again").isEqualTo(200);

        // Not the very last character: its low bits are base64 padding, and changing only those changes no byte.
        int at = warden.length() - 10;
        String signatureChanged =
                warden.substring(0, at) + (warden.charAt(at) == 'A' ? 'B' : 'A') + warden.substring(at + 1);
        for (String lookAlike : List.of(
                ItTokens.resignedByForger(warden),
                signatureChanged,
                ItTokens.withClaimChanged(warden, "groups", List.of("warden", "admin")),
                ItTokens.withClaimChanged(
                        warden, "exp", Instant.now().plusSeconds(86_400).getEpochSecond()))) {
            Api.Reply reply = api.get(check, lookAlike);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        }
        Api.Reply otherMunicipality =
                api.get("/api/v1/tenants/" + ATTACKER + "/enforcement/check?plate=1-ABC-123", warden);
        assertThat(otherMunicipality.status()).as(otherMunicipality.toString()).isEqualTo(404);

        // MP-JWT judges expiry by the system clock, which the tests cannot move: ask until the token has expired.
        String shortLived = ItTokens.expiringIn("warden", VICTIM, 3);
        assertThat(api.get(check, shortLived).status()).isEqualTo(200);
        await("remembered, but expired since")
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> api.get(check, shortLived).status(), status -> status != 200);
        Api.Reply expired = api.get(check, shortLived);
        assertThat(expired.status())
                .as("remembered, but expired since: " + expired)
                .isEqualTo(401);
    }

    /**
     * The batch of rights with a real body, not the probes' empty one: another municipality's clerk or admin sending
     * a well-formed batch for the victim's zone to the victim's path writes nothing there, and the same batch on the
     * attacker's own path cannot name the victim's zone.
     */
    @Test
    @Order(9)
    void aBatchOfRightsNeverCrossesMunicipalities() {
        String plate = "1-XBT-" + (100 + (int) (Math.random() * 899));
        String ref = "iso-" + UUID.randomUUID();
        String body = Json.createObjectBuilder()
                .add(
                        "rights",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("externalRef", ref)
                                        .add("kind", "WHITELIST")
                                        .add("plate", plate)
                                        .add("zone", "ANT-ROOD-CENTRUM")
                                        .add(
                                                "validFrom",
                                                Instant.now().minusSeconds(60).toString())
                                        .add(
                                                "validTo",
                                                Instant.now().plusSeconds(3600).toString())))
                .build()
                .toString();
        for (String role : List.of(Roles.CLERK, Roles.ADMIN)) {
            Api.Reply attack = batch(VICTIM, body, ItTokens.of(role, ATTACKER));
            assertThat(attack.status())
                    .as(role + " of " + ATTACKER + ": " + attack)
                    .isIn(403, 404);
            assertThat(attack.body()).doesNotContain("ANT-ROOD", ref);
        }
        Api.Reply own = batch(ATTACKER, body, ItTokens.of(Roles.CLERK, ATTACKER));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().getJsonArray("lines").getJsonObject(0).getString("outcome"))
                .as("the victim's zone is no zone of the attacker")
                .isEqualTo("invalid");
        assertThat(api.get("/api/v1/tenants/" + VICTIM + "/rights?plate=" + plate, ItTokens.of(Roles.CLERK, VICTIM))
                        .array())
                .as("nothing was registered in the victim's municipality")
                .isEmpty();

        // Registering the reference in the victim's municipality is left to EnforcementIT: it would change the
        // victim's audit trail, which the last test compares.
    }

    private Api.Reply batch(String nis, String body, String token) {
        return api.exchange(
                "POST",
                "/api/v1/tenants/" + nis + "/rights/batch",
                token,
                Map.of(
                        "Content-Type",
                        "application/json",
                        "Accept",
                        "application/json",
                        "Idempotency-Key",
                        "iso-" + UUID.randomUUID()),
                body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Mission F-52: every read of personal data is in the audit trail with who, when, what (the item, or the list
     * query) and why (stated in X-Purpose, or the role's purpose); the trail of one municipality is not another's, and
     * the platform-wide card register has its own.
     */
    @Test
    @Order(9)
    void everyReadOfPersonalDataIsAuditedWithWhoWhenWhatAndWhy() {
        String tenant = "/api/v1/tenants/" + VICTIM;
        Instant since = Instant.now().minusMillis(500);
        String official = ItTokens.of(Roles.OFFICIAL, VICTIM);
        String clerk = ItTokens.of(Roles.CLERK, VICTIM);
        String admin = ItTokens.of(Roles.ADMIN, VICTIM);
        String warden = ItTokens.of(Roles.WARDEN, VICTIM);
        String card = victimValues.get("number");

        // A purpose the trail cannot keep as is: refused before anything is read.
        Api.Reply tooLong = api.exchange(
                "GET",
                tenant + "/gas-fines/" + victimGasFine,
                official,
                Map.of("Accept", "application/json", "X-Purpose", "x".repeat(201)),
                null);
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(tooLong.problemType()).endsWith("/validation");

        Api.Reply fine = api.exchange(
                "GET",
                tenant + "/gas-fines/" + victimGasFine,
                official,
                Map.of("Accept", "application/json", "X-Purpose", "bezwaar dossier 2026/118"),
                null);
        assertThat(fine.status()).as(fine.toString()).isEqualTo(200);
        assertThat(api.get(tenant + "/payments/" + victimPayment, clerk).status())
                .isEqualTo(200);
        assertThat(api.get(tenant + "/rights?plate=1-WIL-054", admin).status()).isEqualTo(200);
        assertThat(api.get(tenant + "/enforcement/rights-export?zone=ANT-ROOD-CENTRUM", warden)
                        .status())
                .isEqualTo(200);
        String sessionId = victimSession;
        assertThat(api.get(tenant + "/parking-sessions/" + sessionId, warden).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/disabled-cards/" + card, ItTokens.operator())
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/me/disabled-cards/" + card, ItTokens.citizen("54083021377"))
                        .status())
                .isEqualTo(200);
        // Not answered, so not recorded.
        assertThat(api.get(tenant + "/payments/00000000-0000-0000-0000-000000000000", clerk)
                        .status())
                .isEqualTo(404);

        List<JsonObject> reads =
                api.get(tenant + "/audit?action=READ&limit=500", admin).array().getValuesAs(JsonObject.class).stream()
                        .filter(e -> !Instant.parse(e.getString("occurredAt")).isBefore(since))
                        .toList();
        assertThat(reads).allSatisfy(read -> {
            assertThat(read.getString("action")).isEqualTo("READ");
            assertThat(read.getString("actor")).isNotBlank();
            assertThat(read.getString("purpose")).isNotBlank();
        });
        JsonObject fineRead = one(reads, "gas-fine", victimGasFine);
        assertThat(fineRead.getString("actor")).isEqualTo("official-" + VICTIM + "-it");
        assertThat(fineRead.getString("actorRole")).isEqualTo("official");
        assertThat(fineRead.getString("purpose")).isEqualTo("bezwaar dossier 2026/118");
        assertThat(fineRead.getBoolean("purposeStated")).isTrue();
        JsonObject paymentRead = one(reads, "payment", victimPayment);
        assertThat(paymentRead.getString("actorRole")).isEqualTo("clerk");
        assertThat(paymentRead.getBoolean("purposeStated")).isFalse();
        assertThat(paymentRead.getString("purpose")).isEqualTo("case handling by the municipality's staff");
        assertThat(reads)
                .filteredOn(r -> r.getString("entityType").equals("payment"))
                .as("the 404 is not a read")
                .hasSize(1);
        assertThat(reads)
                .filteredOn(r -> r.getString("entityType").equals("parking-right")
                        && r.getString("actorRole").equals("admin")
                        && r.getString("query", "").contains("plate=1-WIL-054"))
                .as("the rights list, by its query")
                .hasSize(1)
                .allSatisfy(r -> assertThat(r.get("entityId")).isIn(null, JsonValue.NULL));
        assertThat(reads)
                .filteredOn(r -> r.getString("entityType").equals("parking-right")
                        && r.getString("actorRole").equals("warden")
                        && r.getString("query", "").contains("zone=ANT-ROOD-CENTRUM"))
                .as("the export")
                .hasSize(1)
                .allSatisfy(r -> assertThat(r.getString("purpose")).isEqualTo("parking enforcement"));
        assertThat(one(reads, "parking-session", sessionId).getString("actorRole"))
                .isEqualTo("warden");
        assertThat(reads)
                .as("the card register belongs to no municipality")
                .noneMatch(r -> r.getString("entityType").equals("disabled-card"));
        assertThat(api.get(tenant + "/audit?kind=reads&entityType=gas-fine&entityId=" + victimGasFine, admin)
                        .array())
                .as("filterable by kind and item too")
                .isNotEmpty();

        // The platform-wide register: its reads are the operator's to see, with both readers.
        List<JsonObject> cardReads = api.get(
                        "/api/v1/audit/reads?entityType=disabled-card&entityId=" + card, ItTokens.operator())
                .array()
                .getValuesAs(JsonObject.class);
        assertThat(cardReads)
                .filteredOn(r -> !Instant.parse(r.getString("occurredAt")).isBefore(since))
                .extracting(r -> r.getString("actorRole"))
                .containsExactlyInAnyOrder("operator", "citizen");
        assertThat(api.get("/api/v1/audit/reads", admin).status()).isEqualTo(403);

        // Another municipality's admin sees none of it: not the trail, not in their own trail.
        String attacker = ItTokens.of(Roles.ADMIN, ATTACKER);
        assertThat(api.get(tenant + "/audit?action=READ", attacker).status()).isEqualTo(404);
        String theirs = api.get("/api/v1/tenants/" + ATTACKER + "/audit?kind=reads&limit=500", attacker)
                .body();
        assertThat(theirs).doesNotContain(victimGasFine, victimPayment, sessionId, "1-WIL-054", card);
    }

    private static JsonObject one(List<JsonObject> reads, String type, String id) {
        List<JsonObject> found = reads.stream()
                .filter(r -> r.getString("entityType").equals(type) && id.equals(r.getString("entityId", null)))
                .toList();
        assertThat(found).as(type + " " + id + " read once").hasSize(1);
        return found.get(0);
    }

    // ---- Bad input found by fuzzing (issue 13). Writes go to the attacker's municipality: the victim's stays as it
    // was.

    /** Three bodies every JSON reader must refuse as malformed instead of failing (500) or half-reading them. */
    private static final Map<String, String> MALFORMED_BODIES = Map.of(
            "nested 1,001 levels deep", "{\"a\":" + "[".repeat(1001) + "]".repeat(1001) + "}",
            "a member name twice", "{\"note\":\"a\",\"note\":\"b\"}",
            "a NUL character in text", "{\"note\":\"a\\u0000b\"}");

    @TestFactory
    @Order(9)
    Stream<DynamicTest> everyJsonBodyRefusesMalformedInputWithAProblem() {
        List<ResourceCatalog.Endpoint> withBody = ResourceCatalog.endpoints().stream()
                .filter(endpoint -> endpoint.rule().kind() == AccessRule.Kind.ROLES && takesJsonBody(endpoint))
                .toList();
        assertThat(withBody).as("endpoints that read a JSON body").hasSizeGreaterThan(15);
        Map<String, String> genk = Map.of(
                "nis",
                ATTACKER,
                "code",
                "NO-SUCH-ZONE",
                "permitType",
                "NO_SUCH_TYPE",
                "id",
                "00000000-0000-0000-0000-000000000000",
                "slot",
                "sms",
                "page",
                "checkout/none",
                "number",
                "NOSUCHCARD",
                "plate",
                "9-ZZZ-999",
                "operatorId",
                "no-such-operator",
                "channel",
                "email");
        List<DynamicTest> tests = new ArrayList<>();
        AtomicInteger refusedAsMalformed = new AtomicInteger();
        withBody.forEach(endpoint ->
                MALFORMED_BODIES.forEach((kind, body) -> tests.add(dynamicTest(kind + ": " + endpoint, () -> {
                    String role = endpoint.rule().roles().stream()
                            .sorted()
                            .findFirst()
                            .orElseThrow();
                    Api.Reply reply = api.exchange(
                            endpoint.httpMethod(),
                            endpoint.path(genk),
                            ItTokens.valid(role, ATTACKER),
                            Map.of(
                                    "Content-Type",
                                    "application/json",
                                    "Accept",
                                    "application/json",
                                    "Idempotency-Key",
                                    "fuzz-" + UUID.randomUUID()),
                            body.getBytes(StandardCharsets.UTF_8));
                    // Roles or admissions may refuse first (403/404); whatever answers, it is a problem, never a 500.
                    assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
                    assertThat(reply.isProblem()).as(reply.toString()).isTrue();
                    if (reply.status() == 400) {
                        assertThat(reply.problemType()).as(reply.toString()).endsWith("/malformed-request");
                        refusedAsMalformed.incrementAndGet();
                    }
                }))));
        tests.add(dynamicTest(
                "most endpoints got as far as reading the body",
                () -> assertThat(refusedAsMalformed.get()).isGreaterThan(withBody.size())));
        return tests.stream();
    }

    @Test
    @Order(9)
    void valuesOfTheWrongKindAreRefusedNamingTheField() {
        String clerk = ItTokens.of(Roles.CLERK, ATTACKER);
        String right = "{\"kind\":\"WHITELIST\",\"plate\":\"1-FUZ-001\",\"validFrom\":\"2026-01-01T00:00:00Z\","
                + "\"validTo\":\"2027-01-01T00:00:00Z\"";
        Map<String, String> badFields = new LinkedHashMap<>();
        badFields.put(",\"revealable\":\"yes\"}", "revealable"); // was stored as false
        badFields.put(",\"note\":12}", "note"); // was stored as the text "12"
        badFields.put(",\"note\":\"a\\u0001b\"}", "note"); // control character
        badFields.put(",\"note\":\"a\\ud800b\"}", "note"); // lone surrogate
        badFields.put(",\"note\":\"a\\u0000b\"}", "note"); // PostgreSQL refuses NUL: was a nameless 400
        badFields.put(",\"plate\":\"1-FUZ-002\"}", "plate"); // the same member twice
        badFields.forEach((tail, field) -> {
            Api.Reply reply = postWithKey("/api/v1/tenants/" + ATTACKER + "/rights", clerk, right + tail);
            assertThat(reply.status()).as(tail + " " + reply).isEqualTo(400);
            assertThat(reply.problemType()).as(tail).endsWith("/malformed-request");
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .as(tail)
                    .isEqualTo(field);
        });
        Api.Reply farFuture = postWithKey(
                "/api/v1/tenants/" + ATTACKER + "/rights",
                clerk,
                right.replace("2027-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z") + "}");
        assertThat(farFuture.status()).as(farFuture.toString()).isEqualTo(400);
        assertThat(farFuture.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("validTo");
        assertThat(api.get("/api/v1/tenants/" + ATTACKER + "/rights?plate=1-FUZ-001", clerk)
                        .array())
                .as("nothing was stored")
                .isEmpty();
    }

    @Test
    @Order(9)
    void aGasLatitudeADoubleCannotHoldIsRefusedBeforeAnythingIsWritten() {
        String clerk = ItTokens.of(Roles.CLERK, ATTACKER);
        String fine = "{\"kind\":\"GAS4\",\"productCode\":\"GAS4_CAT1\",\"plate\":\"1-FUZ-003\",\"offenceAt\":\""
                + Instant.now().minusSeconds(3600) + "\",\"place\":\"Markt 1, Genk\",\"latitude\":1e400,"
                + "\"longitude\":5.5,\"offender\":{\"nationalNumber\":\"" + ItTokens.CITIZEN_RRN + "\"}}";
        Api.Reply reply = postWithKey("/api/v1/tenants/" + ATTACKER + "/gas-fines", clerk, fine);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("latitude");
        assertThat(api.get("/api/v1/tenants/" + ATTACKER + "/gas-fines?plate=1-FUZ-003", clerk)
                        .array())
                .isEmpty();
    }

    @Test
    @Order(9)
    void thePlateCheckNamesEveryProblemAtOnceAndFarMomentsAreRefused() {
        String warden = ItTokens.of("warden", ATTACKER);
        String check = "/api/v1/tenants/" + ATTACKER + "/enforcement/check";
        Api.Reply nothing = api.get(check, warden);
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(fields(nothing)).containsExactlyInAnyOrder("plate", "zone");
        Api.Reply offTheGlobe = api.get(check + "?plate=1-ABC-123&lat=999&lon=4.4", warden);
        assertThat(offTheGlobe.status()).isEqualTo(400);
        assertThat(fields(offTheGlobe)).containsExactly("lat");
        for (String at : List.of("%2B1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z")) {
            Api.Reply far = api.get(check + "?plate=1-ABC-123&zone=X&at=" + at, warden);
            assertThat(far.status()).as(far.toString()).isEqualTo(400); // was a 500
            assertThat(fields(far)).containsExactly("at");
        }
        Api.Reply audit = api.get(
                "/api/v1/tenants/" + ATTACKER + "/audit?before=%2B1000000000-01-01T00:00:00Z",
                ItTokens.of(Roles.ADMIN, ATTACKER));
        assertThat(audit.status()).as(audit.toString()).isEqualTo(400);
        Api.Reply permits = api.get(
                "/api/v1/tenants/" + ATTACKER + "/iod-permits?at=-1000000000-01-01T00:00:00Z",
                ItTokens.of(Roles.CLERK, ATTACKER));
        assertThat(permits.status()).as(permits.toString()).isEqualTo(400);
    }

    @Test
    @Order(9)
    void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
        String clerk = ItTokens.of(Roles.CLERK, ATTACKER);
        String key = "reuse-" + UUID.randomUUID();
        String rights = "/api/v1/tenants/" + ATTACKER + "/rights";
        String right = "{\"kind\":\"WHITELIST\",\"plate\":\"%s\",\"validFrom\":\"2026-01-01T00:00:00Z\","
                + "\"validTo\":\"2027-01-01T00:00:00Z\"}";
        assertThat(postWithKey(rights, clerk, key, right.formatted("1-IDE-001")).status())
                .isEqualTo(201);
        assertThat(postWithKey(rights, clerk, key, right.formatted("1-IDE-001")).status())
                .as("a retry")
                .isEqualTo(200);
        assertReused(postWithKey(rights, clerk, key, right.formatted("1-IDE-002")));
        assertThat(api.get(rights + "?plate=1-IDE-002", clerk).array()).isEmpty();

        String permits = "/api/v1/tenants/" + ATTACKER + "/iod-permits";
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String permit = "{\"reference\":\"%s\",\"holder\":\"Jan Janssens\",\"holderNationalNumber\":\""
                + ItTokens.CITIZEN_RRN + "\",\"widthMetres\":5,\"area\":"
                + "{\"type\":\"LineString\",\"coordinates\":[[5.5000,50.9650],[5.5004,50.9650]]},"
                + "\"validFrom\":\"" + now + "\",\"validTo\":\"" + now.plusSeconds(3600) + "\"}";
        String reference = "IOD-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply first = postWithKey(permits, clerk, key, permit.formatted(reference));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(postWithKey(permits, clerk, key, permit.formatted(reference)).status())
                .isEqualTo(200);
        assertReused(postWithKey(permits, clerk, key, permit.formatted(reference + "-2")));

        String operator = ItTokens.operator();
        String card = "{\"number\":\"%s\",\"holderNationalNumber\":\"" + ItTokens.CITIZEN_RRN + "\","
                + "\"validFrom\":\"" + LocalDate.now().minusDays(1) + "\",\"validUntil\":\""
                + LocalDate.now().plusYears(1) + "\"}";
        String number = "PK" + (10_000_000 + (int) (Math.random() * 89_999_999));
        Api.Reply registered = postWithKey("/api/v1/disabled-cards", operator, key, card.formatted(number));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(postWithKey("/api/v1/disabled-cards", operator, key, card.formatted(number))
                        .status())
                .isEqualTo(200);
        assertReused(postWithKey("/api/v1/disabled-cards", operator, key, card.formatted(number + "9")));
    }

    @Test
    @Order(9)
    void theErrorPageCalledDirectlyIsNotFound() {
        Api.Reply reply = api.get("/problem-page", null);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404); // was a 500
        assertThat(reply.isProblem()).isTrue();
    }

    private static void assertReused(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422); // was 200 with the first result
        assertThat(reply.problemType()).endsWith("/idempotency-key-reused");
    }

    private Api.Reply postWithKey(String path, String token, String body) {
        return postWithKey(path, token, "fuzz-" + UUID.randomUUID(), body);
    }

    private Api.Reply postWithKey(String path, String token, String key, String body) {
        return api.exchange(
                "POST",
                path,
                token,
                Map.of("Content-Type", "application/json", "Accept", "application/json", "Idempotency-Key", key),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .toList();
    }

    /** Whether the endpoint binds a JSON request body (raw bodies, read by a vendor's plug-in, are not). */
    private static boolean takesJsonBody(ResourceCatalog.Endpoint endpoint) {
        for (java.lang.reflect.Parameter parameter : endpoint.method().getParameters()) {
            boolean bound = Arrays.stream(parameter.getAnnotations())
                    .anyMatch(a -> a.annotationType().getPackageName().equals("jakarta.ws.rs")
                            || a.annotationType().getPackageName().equals("jakarta.ws.rs.core")
                            || a.annotationType().getSimpleName().equals("Suspended"));
            Class<?> type = parameter.getType();
            if (!bound
                    && !type.equals(byte[].class)
                    && !InputStream.class.isAssignableFrom(type)
                    && !type.equals(String.class)) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Order(100)
    void theVictimsDataIsExactlyAsBefore() {
        assertThat(snapshot()).isEqualTo(victimSnapshot);
    }

    private Map<String, String> snapshot() {
        String operator = ItTokens.operator();
        Map<String, String> state = new LinkedHashMap<>();
        for (String part :
                List.of("", "/zones", "/permit-rules", "/tariffs", "/plugins", "/audit?limit=500&kind=changes")) {
            Api.Reply reply = api.get("/api/v1/tenants/" + VICTIM + part, operator);
            assertThat(reply.status()).as(part + " " + reply).isEqualTo(200);
            state.put(part.isEmpty() ? "tenant" : part.substring(1), reply.body());
        }
        if (victimGasFine != null) {
            Api.Reply fine = api.get(
                    "/api/v1/tenants/" + VICTIM + "/gas-fines/" + victimGasFine, ItTokens.of(Roles.ADMIN, VICTIM));
            assertThat(fine.status()).as(fine.toString()).isEqualTo(200);
            state.put("gas-fine", fine.body());
        }
        return state;
    }

    private Api.Reply call(ResourceCatalog.Endpoint endpoint, Map<String, String> values, String token) {
        if (values == victimValues && endpoint.template().contains("/gas-fines/{id}")) {
            Map<String, String> gas = new HashMap<>(values);
            gas.put("id", victimGasFine);
            values = gas;
        }
        String path = endpoint.path(values);
        Produces produces = endpoint.method().getAnnotation(Produces.class);
        if (produces != null && List.of(produces.value()).contains(MediaType.SERVER_SENT_EVENTS)) {
            return api.openStream(path, token); // an endless stream when allowed: its head is the answer
        }
        return api.send(
                endpoint.httpMethod(),
                path,
                token,
                endpoint.httpMethod().equals("POST") || endpoint.httpMethod().equals("PUT") ? ANY_BODY : null);
    }

    private static Stream<ResourceCatalog.Endpoint> protectedEndpoints() {
        return ResourceCatalog.endpoints().stream()
                .filter(endpoint -> endpoint.rule().kind() == AccessRule.Kind.ROLES);
    }
}
