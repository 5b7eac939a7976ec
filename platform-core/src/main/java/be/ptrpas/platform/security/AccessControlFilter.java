package be.ptrpas.platform.security;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.tenancy.CurrentTenant;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The single gate of every API call, after the container has verified the token:
 * <ol>
 *   <li>roles, from {@code @RolesAllowed}/{@code @PermitAll}/{@code @DenyAll} (no annotation = denied);</li>
 *   <li>tenant binding: a path with {@code {nis}} is only reachable by a caller bound to that municipality (or an
 *       operator); anyone else gets 404, so the existence of another tenant's data is not even revealed;</li>
 *   <li>the chosen municipality becomes the request's {@link CurrentTenant}, the only source the data layer
 *       accepts;</li>
 *   <li>a parking operator (not bound to one municipality) must have been admitted by that municipality, else 403
 *       {@code parking-operator-not-admitted}.</li>
 * </ol>
 * Doing this ourselves, rather than trusting the container's {@code @RolesAllowed} handling, keeps authorization
 * deterministic and every refusal a problem+json response.
 */
@Provider
// Before the container's own @RolesAllowed filter (AUTHORIZATION), so a token with an invalid identity claim is
// refused as unauthenticated (401) rather than as a wrong role (403), and every refusal carries our explanation.
@Priority(Priorities.AUTHENTICATION + 100)
public class AccessControlFilter implements ContainerRequestFilter {

    public static final String TENANT_PATH_PARAM = "nis";

    @Context
    ResourceInfo resourceInfo;

    @Inject
    Caller caller;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    KnownTenants tenants;

    @Inject
    ParkingOperatorAdmissions admissions;

    @Inject
    VerifiedTokens verifiedTokens;

    @Inject
    TokenClaims claims;

    @Inject
    TokenTimes tokenTimes;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return; // nothing matched: the runtime answers 404/405 itself
        }
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (principal instanceof JsonWebToken token) {
            tokenTimes.check(token); // on every request: a remembered token too
            caller.authenticate(token, claims);
            verifiedTokens.remember(token);
        }
        AccessRule rule = AccessRule.of(method, resourceInfo.getResourceClass());
        switch (rule.kind()) {
            case DENIED -> throw new ProblemException(ProblemType.FORBIDDEN, "This operation is not available.");
            case ROLES -> {
                if (!caller.isAuthenticated()) {
                    throw new ProblemException(ProblemType.UNAUTHORIZED, "Sign in: send a valid bearer token.");
                }
                if (rule.roles().stream().noneMatch(caller::hasRole)) {
                    throw new ProblemException(
                            ProblemType.FORBIDDEN,
                            "This operation needs one of the roles "
                                    + String.join(
                                            ", ", rule.roles().stream().sorted().toList()) + "; your token has "
                                    + (caller.roles().isEmpty() ? "none" : String.join(", ", caller.roles())) + ".");
                }
            }
            case PUBLIC -> {
                // open to everyone
            }
        }
        String nis = request.getUriInfo().getPathParameters().getFirst(TENANT_PATH_PARAM);
        if (nis != null) {
            if (rule.kind() == AccessRule.Kind.ROLES && !caller.mayActFor(nis, rule.roles())) {
                throw unknownTenant(nis);
            }
            if (!tenants.exists(nis)) {
                throw unknownTenant(nis);
            }
            currentTenant.enter(nis);
            if (rule.kind() == AccessRule.Kind.ROLES && caller.hasRole(Roles.PARKING_OPERATOR)) {
                String operator = caller.parkingOperatorId().orElseThrow();
                if (!admissions.admits(operator)) {
                    throw new ProblemException(
                            ProblemType.PARKING_OPERATOR_NOT_ADMITTED,
                            "Parking operator " + operator + " is not admitted in municipality " + nis
                                    + "; its admin admits operators.");
                }
            }
        }
    }

    private static ProblemException unknownTenant(String nis) {
        return ProblemException.notFound("No municipality " + nis + " is known to you.");
    }
}
