package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The API document as the running platform serves it: with its proper media type, free of lint errors
 * (Redocly's recommended rules, run from the committed package in {@code src/test/openapi-lint}), and true — the live
 * answers of a representative set of operations across the features, successes and problems alike, are declared
 * by the document (status and media type) and match its schemas, which must list every property the platform writes.
 */
class ApiDocumentIT extends DeployedPlatform {

    static final String GENK = EnforcementIT.GENK;
    static final String ANTWERPEN = EnforcementIT.ANTWERPEN;
    /** A municipality of this class's own, so what it configures touches no other class's expectations. */
    static final String OWN = "46913";

    @Test
    void theDocumentIsServedAsYamlOrJsonWithItsMediaType() {
        Api.Reply yaml = api.send("GET", "/openapi", null, null, "*/*");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.contentType()).startsWith("application/yaml");
        assertThat(yaml.body()).startsWith("openapi: 3.1");
        Api.Reply askedYaml = api.send("GET", "/openapi", null, null, "application/yaml");
        assertThat(askedYaml.status()).isEqualTo(200);
        assertThat(askedYaml.contentType()).startsWith("application/yaml");

        for (Api.Reply json : new Api.Reply[] {
            api.send("GET", "/openapi?format=JSON", null, null, "*/*"),
            api.send("GET", "/openapi", null, null, "application/json")
        }) {
            assertThat(json.status()).isEqualTo(200);
            assertThat(json.contentType()).startsWith("application/json");
            assertThat(json.json().getString("openapi")).startsWith("3.1");
        }
    }

    @Test
    void theDocumentHasNoLintErrors() throws Exception {
        Path document = Path.of("target", "openapi", "openapi.yaml");
        Files.createDirectories(document.getParent());
        Files.writeString(
                document,
                api.send("GET", "/openapi", null, null, "application/yaml").body(),
                StandardCharsets.UTF_8);
        OpenApiLint.Result result = OpenApiLint.run(document);
        System.out.println(result.output());
        assertThat(result.exitCode())
                .as("redocly lint (see the output above and target/openapi/lint.txt)")
                .isZero();
    }

    @Test
    void liveAnswersAcrossTheFeaturesMatchTheDocument() {
        DocumentedApi documented = new DocumentedApi(
                api, api.send("GET", "/openapi?format=JSON", null, null, "*/*").body());
        String operator = ItTokens.operator();

        // Municipalities, permit rules and zones (a municipality of our own).
        documented.expect(
                201, "POST", "/api/v1/tenants", operator, TenantConfigurationIT.tenantJson(OWN, "IN_HOUSE", null));
        documented.expect(200, "GET", "/api/v1/tenants", operator, null);
        documented.expect(200, "GET", "/api/v1/tenants/" + OWN, operator, null);
        String admin = ItTokens.of("admin", OWN);
        documented.expect(
                201,
                "POST",
                "/api/v1/tenants/" + OWN + "/permit-rules",
                admin,
                TenantConfigurationIT.ruleJson("RESIDENT"));
        documented.expect(200, "GET", "/api/v1/tenants/" + OWN + "/permit-rules", admin, null);
        JsonObject zone =
                TenantConfigurationIT.zoneJson("DOC-BLAUW-1", TenantConfigurationIT.square(51.05, 3.72, 0.004));
        documented.expect(201, "POST", "/api/v1/tenants/" + OWN + "/zones", admin, zone);
        documented.expect(200, "GET", "/api/v1/tenants/" + OWN + "/zones", admin, null);
        documented.expect(200, "GET", "/api/v1/tenants/" + OWN + "/zones/DOC-BLAUW-1", admin, null);
        documented.expect(200, "GET", "/api/v1/tenants/" + OWN + "/zones/lookup?lat=51.05&lon=3.72", admin, null);
        documented.expect(
                412, "PUT", "/api/v1/tenants/" + OWN + "/zones/DOC-BLAUW-1", admin, zone, Map.of("If-Match", "\"99\""));
        documented.expect(200, "PUT", "/api/v1/tenants/" + OWN + "/zones/DOC-BLAUW-1", admin, zone);
        documented.expect(204, "DELETE", "/api/v1/tenants/" + OWN + "/zones/DOC-BLAUW-1", admin, null);

        // Tariffs, settings, plug-ins and audit of the demo municipalities.
        documented.expect(200, "GET", "/api/v1/tenants/" + GENK + "/tariffs", ItTokens.of("admin", GENK), null);
        documented.expect(
                200, "GET", "/api/v1/tenants/" + GENK + "/enforcement-settings", ItTokens.of("admin", GENK), null);
        documented.expect(200, "GET", "/api/v1/plugins", ItTokens.of("admin", GENK), null);
        documented.expect(200, "GET", "/api/v1/tenants/" + GENK + "/audit?limit=5", ItTokens.of("admin", GENK), null);

        // Rights and the plate check.
        String clerk = ItTokens.of("clerk", GENK);
        String plate = EnforcementIT.freshPlate();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonObject right = EnforcementIT.right(
                "WHITELIST", plate, EnforcementIT.BLUE, now.minusSeconds(60), now.plusSeconds(3600));
        String key = "doc-right-" + UUID.randomUUID();
        documented.expect(201, "POST", "/api/v1/tenants/" + GENK + "/rights", clerk, right, idempotency(key));
        documented.expect(200, "POST", "/api/v1/tenants/" + GENK + "/rights", clerk, right, idempotency(key));
        documented.expect(
                422,
                "POST",
                "/api/v1/tenants/" + GENK + "/rights",
                clerk,
                EnforcementIT.right("WHITELIST", plate, EnforcementIT.BLUE, now, now.plusSeconds(60)),
                idempotency(key));
        documented.expect(200, "GET", "/api/v1/tenants/" + GENK + "/rights?plate=" + plate, clerk, null);
        documented.expect(
                200,
                "GET",
                "/api/v1/tenants/" + GENK + "/enforcement/check?plate=" + plate + "&zone=" + EnforcementIT.BLUE,
                ItTokens.of("warden", GENK),
                null);

        // Parking sessions, by a parking operator.
        String parkingOperator = ItTokens.parkingOperator(ItTokens.PARKING_OPERATOR_ID);
        JsonObject session = ParkingSessionIT.session(
                EnforcementIT.freshPlate(),
                ParkingSessionIT.RED,
                null,
                ParkingSessionIT.now().plusSeconds(1800));
        String sessions = "/api/v1/tenants/" + ANTWERPEN + "/parking-sessions";
        Api.Reply started = documented.expect(
                201, "POST", sessions, parkingOperator, session, idempotency("doc-session-" + UUID.randomUUID()));
        documented.expect(200, "GET", sessions + "/" + started.json().getString("id"), parkingOperator, null);

        // GAS fines.
        String gasClerk = ItTokens.of("clerk", ANTWERPEN);
        Api.Reply fine = documented.expect(
                201,
                "POST",
                GasFineIT.fines(ANTWERPEN),
                gasClerk,
                GasFineIT.gas4("GAS4_CAT1", EnforcementIT.freshPlate(), now.minusSeconds(3600), GasFineIT.HOLDER),
                idempotency("doc-gas-" + UUID.randomUUID()));
        documented.expect(
                200, "GET", GasFineIT.fines(ANTWERPEN) + "/" + fine.json().getString("id"), gasClerk, null);
        documented.expect(200, "GET", GasFineIT.fines(ANTWERPEN) + "?limit=5", gasClerk, null);

        // IOD permits.
        JsonObject permit = Json.createObjectBuilder()
                .add("reference", "IOD-DOC-1")
                .add("holder", "Verhuisfirma Snel bv")
                .add("holderCompanyNumber", "0207183486")
                .add("purpose", "verhuis")
                .add("area", ScanEnforcementIT.line(5.48519, 50.967542, 5.48547, 50.967542))
                .add("widthMetres", 6)
                .add("validFrom", now.minusSeconds(3600).toString())
                .add("validTo", now.plusSeconds(3600).toString())
                .add(
                        "plates",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("plate", plate)))
                .build();
        documented.expect(
                201,
                "POST",
                "/api/v1/tenants/" + GENK + "/iod-permits",
                clerk,
                permit,
                idempotency("doc-iod-" + UUID.randomUUID()));
        documented.expect(200, "GET", "/api/v1/tenants/" + GENK + "/iod-permits", clerk, null);

        // Payments, on the sandbox provider of our own municipality.
        documented.expect(
                201,
                "PUT",
                "/api/v1/tenants/" + OWN + "/plugins/payment",
                operator,
                Json.createObjectBuilder()
                        .add("providerId", "payment-sandbox")
                        .add("config", Json.createObjectBuilder().add("checkoutTitle", "Testgemeente"))
                        .add(
                                "secrets",
                                Json.createObjectBuilder().add("signingSecret", "doc-sandbox-secret-0123456789"))
                        .build());
        String ownClerk = ItTokens.of("clerk", OWN);
        Api.Reply payment = documented.expect(
                201,
                "POST",
                "/api/v1/tenants/" + OWN + "/payments",
                ownClerk,
                Json.createObjectBuilder()
                        .add("amountCents", 2450)
                        .add("description", "Bewonerskaart")
                        .build(),
                idempotency("doc-pay-" + UUID.randomUUID()));
        documented.expect(
                200,
                "GET",
                "/api/v1/tenants/" + OWN + "/payments/" + payment.json().getString("id"),
                ownClerk,
                null);
        documented.expect(200, "GET", "/api/v1/tenants/" + OWN + "/payments", ownClerk, null);

        // Public information.
        documented.expect(200, "GET", "/api/v1/public/tenants", null, null);

        // Problems: each is a declared answer of its operation, with the Problem schema.
        documented.expect(401, "GET", "/api/v1/tenants/" + GENK + "/zones", null, null);
        documented.expect(403, "GET", "/api/v1/tenants/" + GENK + "/zones", ItTokens.citizen(), null);
        documented.expect(
                404, "GET", "/api/v1/tenants/" + GENK + "/zones/NO-SUCH-ZONE", ItTokens.of("admin", GENK), null);
        documented.expect(
                400, "GET", "/api/v1/tenants/" + GENK + "/zones/lookup?lat=north", ItTokens.of("admin", GENK), null);
        documented.expect(
                415, "POST", "/api/v1/tenants/" + OWN + "/zones", admin, zone, Map.of("Content-Type", "text/plain"));
        assertThat(documented.checked())
                .as("answers checked against the document")
                .isGreaterThanOrEqualTo(38);
    }

    /**
     * {@code required} of every request body tried here is exactly what the server refuses when it is missing: an
     * empty object sent to each operation is refused (400) naming, at its top level, every property the document
     * requires and no other. Checks that stop at the first problem name only one, so they are not in this list. The
     * update of a municipality takes its NIS code from the path (and refuses another): the one schema of create and
     * update requires it, which an update may send.
     */
    @Test
    void requiredPropertiesAreWhatTheServerRefusesWhenMissing() {
        DocumentedApi documented = new DocumentedApi(
                api, api.send("GET", "/openapi?format=JSON", null, null, "*/*").body());
        String genk = "/api/v1/tenants/" + GENK;
        String antwerpen = "/api/v1/tenants/" + ANTWERPEN;
        String genkAdmin = ItTokens.of("admin", GENK);
        String genkClerk = ItTokens.of("clerk", GENK);
        String antwerpenClerk = ItTokens.of("clerk", ANTWERPEN);
        String fine = GasFineIT.fines(ANTWERPEN) + "/no-such-fine";
        List<EmptyBody> cases = List.of(
                new EmptyBody("POST", "/api/v1/tenants", ItTokens.operator(), false),
                new EmptyBody("PUT", genk, ItTokens.operator(), false, Set.of("nisCode")),
                new EmptyBody("POST", genk + "/permit-rules", genkAdmin, false),
                new EmptyBody("POST", genk + "/zones", genkAdmin, false),
                new EmptyBody("POST", genk + "/tariffs", genkAdmin, false),
                new EmptyBody("PUT", genk + "/enforcement-settings", genkAdmin, false),
                new EmptyBody("PUT", genk + "/payment-settings", genkAdmin, false),
                new EmptyBody("PUT", genk + "/plugins/payment", genkAdmin, false),
                new EmptyBody("PUT", genk + "/parking-operators/doc-operator", genkAdmin, false),
                new EmptyBody("POST", genk + "/rights", genkClerk, true),
                new EmptyBody("POST", genk + "/rights/batch", genkClerk, true),
                new EmptyBody("POST", genk + "/iod-permits", genkClerk, true, Set.of(), Set.of("holderNationalNumber")),
                new EmptyBody("POST", "/api/v1/disabled-cards", ItTokens.operator(), true),
                new EmptyBody(
                        "POST",
                        antwerpen + "/parking-sessions",
                        ItTokens.parkingOperator(ItTokens.PARKING_OPERATOR_ID),
                        true),
                new EmptyBody("POST", GasFineIT.fines(ANTWERPEN), antwerpenClerk, true),
                new EmptyBody("POST", fine + "/defence", antwerpenClerk, true),
                new EmptyBody("POST", fine + "/driver-designation", antwerpenClerk, true),
                new EmptyBody("POST", fine + "/decision", ItTokens.of("official", ANTWERPEN), true),
                new EmptyBody("POST", fine + "/appeal-outcome", antwerpenClerk, true),
                new EmptyBody("POST", fine + "/cancellation", antwerpenClerk, true),
                new EmptyBody("POST", genk + "/payments", genkClerk, true),
                new EmptyBody("POST", genk + "/messages", genkClerk, false));
        for (EmptyBody empty : cases) {
            Api.Reply refused = documented.expect(
                    400,
                    empty.method(),
                    empty.path(),
                    empty.token(),
                    JsonValue.EMPTY_JSON_OBJECT,
                    empty.idempotent() ? idempotency("doc-required-" + UUID.randomUUID()) : Map.of());
            Set<String> refusedFor = new TreeSet<>(topLevelFields(refused));
            assertThat(refusedFor).containsAll(empty.eitherOr());
            refusedFor.removeAll(empty.eitherOr());
            assertThat(documented.requiredOfBody(empty.method(), empty.path()))
                    .as(empty.method() + " " + empty.path() + ": required is what {} is refused for: " + refused)
                    .isNotEmpty()
                    .isEqualTo(union(refusedFor, empty.fromPath()));
        }
    }

    /**
     * Both ways for one body: a right without a required property is refused naming it; without any other property
     * it is registered.
     */
    @Test
    void aRightWithoutARequiredPropertyIsRefusedAndWithoutAnOptionalOneRegistered() {
        DocumentedApi documented = new DocumentedApi(
                api, api.send("GET", "/openapi?format=JSON", null, null, "*/*").body());
        String rights = "/api/v1/tenants/" + GENK + "/rights";
        String clerk = ItTokens.of("clerk", GENK);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Set<String> required = documented.requiredOfBody("POST", rights);
        assertThat(required).containsExactlyInAnyOrder("kind", "plate", "validFrom", "validTo");
        JsonObject schema = documented.resolve(documented
                .operation("POST", rights)
                .getJsonObject("requestBody")
                .getJsonObject("content")
                .getJsonObject("application/json")
                .getJsonObject("schema"));
        for (String property : schema.getJsonObject("properties").keySet()) {
            JsonObject full = Json.createObjectBuilder()
                    .add("kind", "WHITELIST")
                    .add("plate", EnforcementIT.freshPlate())
                    .add("country", "BE")
                    .add("zone", EnforcementIT.BLUE)
                    .add("validFrom", now.minusSeconds(60).toString())
                    .add("validTo", now.plusSeconds(3600).toString())
                    .add("revealable", true)
                    .add("note", "api document check")
                    .build();
            assertThat(full.keySet()).as("the test sends every property").contains(property);
            JsonObject without = Json.createObjectBuilder(full).remove(property).build();
            Map<String, String> key = idempotency("doc-without-" + UUID.randomUUID());
            if (required.contains(property)) {
                Api.Reply refused = documented.expect(400, "POST", rights, clerk, without, key);
                assertThat(topLevelFields(refused)).as("without " + property).containsExactly(property);
            } else {
                documented.expect(201, "POST", rights, clerk, without, key);
            }
        }
    }

    /** A query or header parameter the server refuses to go without is required in the document. */
    @Test
    void parametersTheServerCannotGoWithoutAreRequired() {
        DocumentedApi documented = new DocumentedApi(
                api, api.send("GET", "/openapi?format=JSON", null, null, "*/*").body());
        String genk = "/api/v1/tenants/" + GENK;
        String plate = EnforcementIT.freshPlate();
        record Missing(String method, String path, String token, JsonValue body, Set<String> refused) {}
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (Missing missing : List.of(
                new Missing("GET", genk + "/rights", ItTokens.of("clerk", GENK), null, Set.of("plate")),
                new Missing(
                        "GET",
                        genk + "/enforcement/check?zone=" + EnforcementIT.BLUE,
                        ItTokens.of("warden", GENK),
                        null,
                        Set.of("plate")),
                new Missing("GET", genk + "/zones/lookup?lon=5.5", ItTokens.of("admin", GENK), null, Set.of("lat")),
                new Missing("GET", genk + "/zones/lookup?lat=50.9", ItTokens.of("admin", GENK), null, Set.of("lon")),
                new Missing(
                        "GET", "/api/v1/public/tenants/" + GENK + "/zones/lookup?lat=50.9", null, null, Set.of("lon")),
                new Missing(
                        "DELETE", "/api/v1/disabled-cards/NO-SUCH-CARD", ItTokens.operator(), null, Set.of("reason")),
                new Missing(
                        "POST",
                        genk + "/rights",
                        ItTokens.of("clerk", GENK),
                        EnforcementIT.right("WHITELIST", plate, EnforcementIT.BLUE, now, now.plusSeconds(60)),
                        Set.of("Idempotency-Key")))) {
            Api.Reply refused =
                    documented.expect(400, missing.method(), missing.path(), missing.token(), missing.body());
            assertThat(topLevelFields(refused)).as(missing.path()).isEqualTo(missing.refused());
            assertThat(documented.requiredParameters(missing.method(), missing.path()))
                    .as(missing.method() + " " + missing.path() + ": the parameters required")
                    .containsAll(missing.refused());
        }
        // A message's Idempotency-Key is optional (its dedupeKey, or nothing, does as well): not required.
        assertThat(documented.requiredParameters("POST", genk + "/messages")).doesNotContain("Idempotency-Key");
        assertThat(topLevelFields(documented.expect(
                        400, "POST", genk + "/messages", ItTokens.of("clerk", GENK), JsonValue.EMPTY_JSON_OBJECT)))
                .doesNotContain("Idempotency-Key");
    }

    /**
     * OpenAPI paths are templates; a JAX-RS regex ({@code {page: .+}}) is nowhere in the document, not in its paths
     * and not in the {@code x-endpoints} Payara adds when it serves it.
     */
    @Test
    void noPathRegexAnywhereInTheDocument() {
        for (String format : new String[] {"json", "yaml"}) {
            String document = api.send("GET", "/openapi?format=" + format, null, null, "*/*")
                    .body();
            assertThat(Pattern.compile("/\\{[^}/]*:[^}]*}")
                            .matcher(document)
                            .results()
                            .map(MatchResult::group)
                            .toList())
                    .as("path regexes in the " + format + " document")
                    .isEmpty();
        }
        JsonObject document = Api.parse(
                api.send("GET", "/openapi?format=json", null, null, "*/*").body());
        assertThat(document.getJsonObject("paths").keySet()).anyMatch(path -> path.endsWith("/{slot}/{page}"));
        if (document.containsKey("x-endpoints")) {
            assertThat(document.getJsonObject("x-endpoints").toString()).contains("/{slot}/{page}");
        }
    }

    /**
     * An operation sent an empty object, by whom, whether it needs an Idempotency-Key to get that far, and the
     * required properties that this operation takes from its path instead (one schema serves create and update).
     */
    /**
     * An operation tried with an empty body. {@code fromPath}: required by the schema, but an update takes it from the
     * path. {@code eitherOr}: refused when missing, but one of several alternatives (an IOD permit's holder is named by
     * national or by company number), which a schema's {@code required} cannot say; the description does.
     */
    private record EmptyBody(
            String method, String path, String token, boolean idempotent, Set<String> fromPath, Set<String> eitherOr) {
        EmptyBody(String method, String path, String token, boolean idempotent) {
            this(method, path, token, idempotent, Set.of(), Set.of());
        }

        EmptyBody(String method, String path, String token, boolean idempotent, Set<String> fromPath) {
            this(method, path, token, idempotent, fromPath, Set.of());
        }
    }

    /** The properties a 400 names at the top level of the body (not nested ones such as names.nl). */
    private static Set<String> topLevelFields(Api.Reply refused) {
        assertThat(refused.status()).isEqualTo(400);
        JsonArray errors = refused.json().getJsonArray("errors");
        assertThat(errors).as("the problem lists the fields: " + refused).isNotNull();
        return errors.getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .filter(field -> !field.contains(".") && !field.contains("["))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }

    private static Map<String, String> idempotency(String key) {
        return Map.of("Idempotency-Key", key);
    }
}
