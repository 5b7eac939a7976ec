package be.ptrpas.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar as an operator deploys it: configured only through environment variables, on PostgreSQL as an
 * ordinary role, trusting an identity provider's public key. Dev login must be gone and demo data absent, and a
 * token from that identity provider must work.
 */
class PostgresProductionSmokeIT {

    private static final Path JAR = Path.of(System.getProperty("ptr.it.jar", "target/ptr-platform.jar"));
    private static final Path WORK = Path.of(System.getProperty("ptr.it.work", "target/smoke"));
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = System.getProperty("ptr.it.pg.database", "ptr_smoke");
    private static final String ISSUER = "https://idp.smoke.test";
    private static final String MIGRATION_ROLE = "ptr_smoke_owner";
    private static final String RUNTIME_ROLE = "ptr_smoke_runtime";

    @Test
    void runsOnPostgresConfiguredThroughTheEnvironment() throws Exception {
        Files.createDirectories(WORK);
        try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "");
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            // Production's two roles (docs/architecture.md, "Database roles"): the migration role owns the schema,
            // the runtime role the platform serves requests with only reads and writes rows.
            for (String role : new String[] {MIGRATION_ROLE, RUNTIME_ROLE}) {
                sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                        + "CREATE ROLE " + role + " LOGIN PASSWORD '" + role + "' NOSUPERUSER NOBYPASSRLS NOCREATEDB "
                        + "NOCREATEROLE; END IF; END $$");
            }
            sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + MIGRATION_ROLE);
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair identityProvider = generator.generateKeyPair();
        Path publicKey = WORK.resolve("idp-public.pem");
        Files.writeString(
                publicKey,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(identityProvider.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");

        Map<String, String> env = new HashMap<>(Map.of(
                "PTR_DB_URL",
                PG + DATABASE,
                "PTR_DB_USER",
                RUNTIME_ROLE,
                "PTR_DB_PASSWORD",
                RUNTIME_ROLE,
                "PTR_DB_MIGRATION_USER",
                MIGRATION_ROLE,
                "PTR_DB_MIGRATION_PASSWORD",
                MIGRATION_ROLE,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                publicKey.toUri().toString(),
                "MP_JWT_VERIFY_ISSUER",
                ISSUER,
                "PTR_SECRETS_KEY",
                Base64.getEncoder().encodeToString(new byte[32])));
        Path log = WORK.resolve("postgres-start.log");
        Path unusedDataDir = Files.createTempDirectory(WORK, "pg-");
        try (RunningPlatform platform = RunningPlatform.start(JAR, unusedDataDir, log, env)) {
            System.out.printf(
                    "SMOKE start on PostgreSQL: application answering after %.1f s%n", platform.secondsToReady);
            HttpResponse<String> ready = platform.send("GET", "/health/ready", null, null);
            assertThat(ready.body()).contains("\"status\":\"UP\"");
            tellsNothingButUpOrDown(ready);
            tellsNothingButUpOrDown(platform.send("GET", "/health", null, null));
            assertThat(platform.send("GET", "/api/v1/public/tenants", null, null)
                            .body())
                    .isEqualTo("[]");
            assertThat(platform.send("POST", "/api/v1/dev/token", null, "{\"role\":\"operator\"}")
                            .statusCode())
                    .isEqualTo(404);
            // The integration tests move the platform's clock through /it/clock, which only their own WAR contains:
            // here nothing answers there (the container's static-file servlet refuses a PUT with 403).
            assertThat(platform.send("PUT", "/it/clock?offset=PT1H", null, null).statusCode())
                    .isIn(403, 404);
            assertThat(platform.send("GET", "/it/clock", null, null).statusCode())
                    .isEqualTo(404);

            String operator = sign(
                    identityProvider,
                    "{\"iss\":\"" + ISSUER + "\",\"sub\":\"ops-1\",\"upn\":\"ops-1\","
                            + "\"groups\":[\"operator\"],\"iat\":"
                            + Instant.now().getEpochSecond() + ",\"exp\":"
                            + Instant.now().plusSeconds(600).getEpochSecond() + ",\"jti\":\"smoke-1\"}");
            HttpResponse<String> created = platform.send("POST", "/api/v1/tenants", operator, """
                    {"nisCode":"44021","names":{"nl":"Gent"},"languages":["nl"],
                     "businessModel":{"type":"IN_HOUSE","retributionIssuer":"MUNICIPALITY","collector":"MUNICIPALITY",
                                      "enforcer":"MUNICIPALITY"}}""");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(platform.send("GET", "/api/v1/public/tenants", null, null)
                            .body())
                    .contains("44021");
            // In production the demo plug-ins (payer-chosen outcomes, synthetic registers) are switched off.
            String catalog =
                    platform.send("GET", "/api/v1/plugins", operator, null).body();
            assertThat(catalog)
                    .contains("\"id\":\"payment-mollie\"")
                    .doesNotContain("\"id\":\"payment-sandbox\"")
                    .contains("payment-sandbox (bundled) is switched off by the operator");
            // A secret the repository once published (Genk's demo scan-feed secret) is refused, and in production a
            // plug-in may not be pointed at this machine or a private network, nor at a public one over plain http.
            HttpResponse<String> published = platform.send(
                    "PUT",
                    "/api/v1/tenants/44021/plugins/enforcement",
                    operator,
                    "{\"providerId\":\"enforcement-scanfeed\",\"secrets\":{\"signingSecret\":\"demo-71016-scanfeed-signing-secret\"}}");
            assertThat(published.statusCode()).as(published.body()).isEqualTo(400);
            assertThat(published.body()).contains("secrets.signingSecret");
            HttpResponse<String> internal = platform.send(
                    "PUT",
                    "/api/v1/tenants/44021/plugins/payment",
                    operator,
                    "{\"providerId\":\"payment-mollie\",\"config\":{\"apiBaseUrl\":\"https://169.254.169.254/latest\"},"
                            + "\"secrets\":{\"apiKey\":\"live_gentSecretKey0123456789abcdef\"}}");
            assertThat(internal.statusCode()).as(internal.body()).isEqualTo(400);
            assertThat(internal.body()).contains("config.apiBaseUrl").contains("private");
            HttpResponse<String> cleartext = platform.send(
                    "PUT",
                    "/api/v1/tenants/44021/plugins/payment",
                    operator,
                    "{\"providerId\":\"payment-mollie\",\"config\":{\"apiBaseUrl\":\"http://203.0.113.10/v2\"},"
                            + "\"secrets\":{\"apiKey\":\"live_gentSecretKey0123456789abcdef\"}}");
            assertThat(cleartext.statusCode()).as(cleartext.body()).isEqualTo(400);
            assertThat(cleartext.body()).contains("config.apiBaseUrl");

            // Responses with personal data are not kept by browsers or proxies; public information may be.
            assertThat(platform.send("GET", "/api/v1/plugins", operator, null)
                            .headers()
                            .firstValue("Cache-Control"))
                    .hasValue("no-store");
            assertThat(platform.send("GET", "/api/v1/tenants", null, null)
                            .headers()
                            .firstValue("Cache-Control"))
                    .hasValue("no-store");
            assertThat(platform.send("GET", "/api/v1/public/tenants", null, null)
                            .headers()
                            .firstValue("Cache-Control"))
                    .isNotEqualTo(Optional.of("no-store"));

            // A token the identity provider's key signed, but issued (or valid from) an hour from now.
            long later = Instant.now().plusSeconds(3600).getEpochSecond();
            String fromTheFuture = sign(
                    identityProvider,
                    "{\"iss\":\"" + ISSUER + "\",\"sub\":\"ops-2\",\"upn\":\"ops-2\","
                            + "\"groups\":[\"operator\"],\"iat\":" + later + ",\"exp\":" + (later + 600)
                            + ",\"jti\":\"smoke-2\"}");
            assertThat(platform.send("GET", "/api/v1/plugins", fromTheFuture, null)
                            .statusCode())
                    .isEqualTo(401);

            // Nobody signed in can flood the log: 50 bad tokens leave a few short lines, no stack traces.
            for (int i = 0; i < 50; i++) {
                assertThat(platform.send("GET", "/api/v1/tenants", "not.a.token" + i, null)
                                .statusCode())
                        .isEqualTo(401);
            }
        }
        // Payara's own thread writes the log; the platform has stopped now, so it is complete.
        String written = Files.readString(log);
        assertThat(written).doesNotContain("Exception trying to parse JWT token", "JWTProcessingException");
        assertThat(written.lines()
                        .filter(line -> line.contains("Bearer token refused"))
                        .count())
                .isBetween(1L, 10L);
        try (Connection app = DriverManager.getConnection(PG + DATABASE, RUNTIME_ROLE, RUNTIME_ROLE);
                Statement sql = app.createStatement();
                // Every table with a tenant column has forced row-level security and a policy on the transaction's
                // municipality, but the platform-wide index of plug-in slots (no settings, no secrets, no personal
                // data).
                ResultSet unprotected = sql.executeQuery("""
                     select c.table_name from information_schema.columns c
                     join pg_class t on t.relname = c.table_name
                     where c.column_name = 'tenant_id' and c.table_schema = 'public'
                       and c.table_name <> 'plugin_slot_use'
                       and not (t.relrowsecurity and t.relforcerowsecurity
                                and exists (select 1 from pg_policies p where p.tablename = c.table_name
                                            and p.qual like '%ptr.tenant_id%'))""")) {
            List<String> tables = new ArrayList<>();
            while (unprotected.next()) {
                tables.add(unprotected.getString(1));
            }
            assertThat(tables)
                    .as("tenant-owned tables without row-level security")
                    .isEmpty();
            // The runtime role only reads and writes rows: it cannot lift the wall between municipalities, nor
            // drop or change a table, nor make one.
            assertThatThrownBy(() -> sql.execute("ALTER TABLE zone DISABLE ROW LEVEL SECURITY"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> sql.execute("ALTER TABLE zone NO FORCE ROW LEVEL SECURITY"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> sql.execute("DROP POLICY tenant_isolation ON zone"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> sql.execute("DROP TABLE audit_event")).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> sql.execute("CREATE TABLE intruder (id int)"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("DELETE FROM databasechangelog"))
                    .hasMessageContaining("permission denied");
            try (ResultSet zones = sql.executeQuery(
                    "SELECT relrowsecurity, relforcerowsecurity FROM pg_class " + "WHERE relname = 'zone'")) {
                assertThat(zones.next()).isTrue();
                assertThat(zones.getBoolean(1) && zones.getBoolean(2))
                        .as("zone keeps forced row-level security")
                        .isTrue();
            }
        }

        // A key location that points nowhere: every token would be refused, so the platform is not ready — and the
        // public answer does not say where it looked.
        env.put(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                WORK.resolve("no-such-dir/idp-public.pem").toUri().toString());
        try (RunningPlatform platform =
                RunningPlatform.start(JAR, unusedDataDir, WORK.resolve("postgres-bad-key.log"), env)) {
            HttpResponse<String> ready = platform.send("GET", "/health/ready", null, null);
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
            assertThat(ready.body()).contains("\"status\":\"DOWN\"").doesNotContain("no-such-dir", "idp-public");
            tellsNothingButUpOrDown(ready);
        }
    }

    /** A public health answer names its checks and says UP or DOWN: no URLs, paths, versions or settings. */
    private static void tellsNothingButUpOrDown(HttpResponse<String> health) {
        JsonObject answer;
        try (var reader = Json.createReader(new StringReader(health.body()))) {
            answer = reader.readObject();
        }
        assertThat(answer.getJsonArray("checks")).isNotEmpty().allSatisfy(check -> {
            JsonObject data = check.asJsonObject().getJsonObject("data");
            assertThat(data == null || data.isEmpty()).as("details in " + check).isTrue();
        });
        assertThat(health.headers().firstValue("Server")).as("Server header").isEmpty();
        assertThat(health.headers().firstValue("X-Powered-By")).isEmpty();
    }

    private static String sign(KeyPair key, String claims) throws Exception {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String input = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key.getPrivate());
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + url.encodeToString(rsa.sign());
    }
}
