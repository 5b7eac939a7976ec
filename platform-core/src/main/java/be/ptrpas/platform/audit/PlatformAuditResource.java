package be.ptrpas.platform.audit;

import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reads of the platform-wide registers (disabled-person cards): they belong to no municipality's trail. */
@Path("v1/audit/reads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@SecurityRequirement(name = "jwt")
public class PlatformAuditResource {

    @Inject
    AuditLog auditLog;

    @GET
    @RolesAllowed(Roles.OPERATOR)
    @PersonalDataRead("audit")
    @Operation(
            summary = "Reads of the platform-wide registers (disabled-person cards), newest first",
            description = "Filter by entityType (disabled-card) and entityId (the card number); page back with before "
                    + "and beforeId.")
    public List<AuditEntry> reads(
            @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId,
            @QueryParam("before") String before,
            @QueryParam("beforeId") String beforeId,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return auditLog.platformReads(
                entityType, entityId, AuditResource.instant(before), beforeId, AuditResource.limit(limit));
    }
}
