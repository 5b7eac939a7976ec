package be.ptrpas.platform.audit;

import be.ptrpas.platform.common.problem.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Append-only trail of every change to a municipality's data")
@SecurityRequirement(name = "jwt")
public class AuditResource {

    @Inject
    AuditLog auditLog;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Read the audit trail, newest first",
            description = "Filter by entityType (tenant, zone, tariff, permit-rule, plugin-setting) and entityId; page back "
                    + "with before and beforeId = the occurredAt and id of the last entry seen.")
    public List<AuditEntry> read(@PathParam("nis") String nis,
                                 @QueryParam("entityType") String entityType,
                                 @QueryParam("entityId") String entityId,
                                 @QueryParam("before") String before,
                                 @QueryParam("beforeId") String beforeId,
                                 @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 500) {
            throw ProblemException.invalid("limit", "must be between 1 and 500");
        }
        Instant beforeInstant = be.ptrpas.platform.common.web.Instants.parameter("before", before);
        return auditLog.read(entityType, entityId, beforeInstant, beforeId, limit);
    }
}
