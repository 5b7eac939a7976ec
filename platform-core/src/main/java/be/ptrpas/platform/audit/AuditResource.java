package be.ptrpas.platform.audit;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.web.Instants;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Audit",
        description = "Append-only trail of every change to a municipality's data and every read of personal data")
@SecurityRequirement(name = "jwt")
public class AuditResource {

    @Inject
    AuditLog auditLog;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    // The trail names people (actors, the items' former states): reading it is itself a read of personal data.
    @PersonalDataRead("audit")
    @Operation(
            summary = "Read the audit trail (changes and reads of personal data), newest first",
            description = "Filter by kind (all, changes, reads), action (create, update, ..., READ for reads), "
                    + "entityType (tenant, zone, tariff, permit-rule, plugin-setting, gas-fine, payment, ...) and "
                    + "entityId; page back with before and beforeId = the occurredAt and id of the last entry seen. "
                    + "A read has the item's id, or for a list the query asked, and its purpose.")
    public List<AuditEntry> read(
            @PathParam("nis") String nis,
            @QueryParam("kind") @DefaultValue("all") String kind,
            @QueryParam("action") String action,
            @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId,
            @QueryParam("before") String before,
            @QueryParam("beforeId") String beforeId,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return auditLog.read(
                new AuditLog.Filter(kind(kind), action, entityType, entityId, instant(before), beforeId, limit(limit)));
    }

    static AuditLog.Kind kind(String kind) {
        try {
            return AuditLog.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "must be all, changes or reads");
        }
    }

    static int limit(int limit) {
        if (limit < 1 || limit > 500) {
            throw ProblemException.invalid("limit", "must be between 1 and 500");
        }
        return limit;
    }

    static Instant instant(String before) {
        return Instants.parameter("before", before);
    }
}
