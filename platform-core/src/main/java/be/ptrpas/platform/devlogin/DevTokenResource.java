package be.ptrpas.platform.devlogin;

import be.ptrpas.platform.audit.NoPersonalData;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.demo.DemoData;
import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.security.DevLogin;
import be.ptrpas.platform.security.Roles;
import be.ptrpas.platform.tenant.TenantDirectory;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dev login on the embedded default: a token for any demo persona. Answers 404 whenever dev login is off. */
@Path("v1/dev")
@RequestScoped
@Tag(
        name = "Dev login",
        description = "Only on the embedded default and to callers on the same machine; 404 in production")
public class DevTokenResource {

    static final Duration LIFETIME = Duration.ofHours(8);

    @Inject
    TenantDirectory tenants;

    @Inject
    DatabaseInfo database;

    @Context
    HttpServletRequest http;

    @Inject
    Clock clock;

    /**
     * {@code operatorId} names the parking operator of a {@code parking-operator} token (e.g. 4411, easypark); {@code kbo} one company
     * number or several separated by commas (a citizen who manages several companies).
     */
    public record TokenRequest(
            @Schema(required = true) String role,
            String tenant,
            String rrn,
            String kbo,
            String name,
            String operatorId) {}

    public record TokenResponse(String token, Instant expiresAt) {}

    /** The company numbers of a {@code kbo} field: one, or several separated by commas. */
    private static List<String> companies(String kbo) {
        return Arrays.stream(kbo.split(",")).map(String::strip).toList();
    }

    @POST
    @Path("token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mint a dev token for a role (embedded default only)")
    public TokenResponse token(TokenRequest request) {
        requireEnabled();
        Violations violations = new Violations();
        if (request == null) {
            throw ProblemException.invalid(
                    "body",
                    "send {\"role\": …} with tenant (clerk, admin, warden, official, iod-system), rrn (citizen) or operatorId (parking-operator)");
        }
        if (violations.required("role", request.role()) && !Roles.ALL.contains(request.role())) {
            violations.add("role", "must be one of " + String.join(", ", new TreeSet<>(Roles.ALL)));
        }
        if (!violations.isEmpty()) {
            // Which other fields are needed depends on the role (and Set.of(...).contains(null) throws).
            violations.throwIfAny();
        }
        boolean parkingOperator = Roles.PARKING_OPERATOR.equals(request.role());
        if (parkingOperator && violations.required("operatorId", request.operatorId())) {
            violations.matches(
                    "operatorId",
                    request.operatorId(),
                    Caller.OPERATOR_ID,
                    "1 to 40 letters, digits, '.', '_' or '-', e.g. 4411 or easypark");
        }
        boolean tenantBound = Roles.TENANT_BOUND.contains(request.role());
        if (tenantBound && violations.required("tenant", request.tenant()) && !tenants.exists(request.tenant())) {
            violations.add("tenant", "no municipality with NIS code " + request.tenant());
        }
        boolean citizen = Roles.CITIZEN.equals(request.role());
        if (citizen
                && violations.required("rrn", request.rrn())
                && NationalNumber.parse(request.rrn()).isEmpty()) {
            violations.add("rrn", "is not a valid national number (11 digits, mod-97 check)");
        }
        if (citizen
                && request.kbo() != null
                && companies(request.kbo()).stream()
                        .anyMatch(c -> CompanyNumber.parse(c).isEmpty())) {
            violations.add("kbo", "is not a valid company number (several: separate them by commas)");
        }
        violations.throwIfAny();

        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        String subject = citizen
                ? "citizen-" + UUID.nameUUIDFromBytes(request.rrn().getBytes()).toString()
                : request.role() + (tenantBound ? "@" + request.tenant() : "")
                        + (parkingOperator ? ":" + request.operatorId() : "") + "-dev";
        JsonObjectBuilder claims = Json.createObjectBuilder()
                .add("iss", DevLogin.ISSUER)
                .add("sub", subject)
                .add("upn", request.name() != null && !request.name().isBlank() ? request.name() : subject)
                .add("groups", Json.createArrayBuilder().add(request.role()))
                .add("iat", now.getEpochSecond())
                .add("exp", expires.getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        if (tenantBound) {
            claims.add("tenant", request.tenant());
        }
        if (parkingOperator) {
            claims.add(
                    ConfigProvider.getConfig()
                            .getOptionalValue("ptr.jwt.claim.parking-operator", String.class)
                            .orElse("operator_id"),
                    request.operatorId());
        }
        if (citizen) {
            claims.add("rrn", NationalNumber.parse(request.rrn()).orElseThrow().value());
            if (request.kbo() != null) {
                List<String> numbers = companies(request.kbo()).stream()
                        .map(c -> CompanyNumber.parse(c).orElseThrow().value())
                        .toList();
                // One company as a plain value, several as an array: the two shapes a broker issues.
                if (numbers.size() == 1) {
                    claims.add("kbo", numbers.get(0));
                } else {
                    claims.add("kbo", Json.createArrayBuilder(numbers));
                }
            }
        }
        return new TokenResponse(
                JwtSigner.sign(claims.build(), DevKeys.keyPair().getPrivate()), expires);
    }

    @GET
    @NoPersonalData(value = "made-up demo personas (dev login only)", despite = "rrn")
    @Path("personas")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The demo personas one can sign in as (embedded default only)")
    public List<DemoData.Persona> personas() {
        requireEnabled();
        return DemoData.load().personas();
    }

    private void requireEnabled() {
        // Refused to other machines exactly as when it is off: their callers learn nothing.
        if (!DevLogin.isActive(database) || !DevLogin.servesCaller(http.getRemoteAddr())) {
            throw ProblemException.notFound("Dev login is not available on this installation.");
        }
    }
}
