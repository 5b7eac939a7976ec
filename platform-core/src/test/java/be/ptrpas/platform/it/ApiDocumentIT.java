package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The API document as the running platform serves it: with its proper media type, free of lint errors
 * (Redocly's recommended rules, run from the committed package in {@code src/test/openapi-lint}), and true — the live
 * answers of a representative set of operations across the features, successes and problems alike, are declared
 * by the document (status and media type) and match its schemas, which must list every property the platform writes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiDocumentIT {

    static final String GENK = EnforcementIT.GENK;
    static final String ANTWERPEN = EnforcementIT.ANTWERPEN;
    /** A municipality of this class's own, so what it configures touches no other class's expectations. */
    static final String OWN = "46913";

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

    private static Map<String, String> idempotency(String key) {
        return Map.of("Idempotency-Key", key);
    }
}
