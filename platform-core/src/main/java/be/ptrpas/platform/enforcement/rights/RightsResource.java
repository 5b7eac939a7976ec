package be.ptrpas.platform.enforcement.rights;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/rights")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enforcement", description = "The rights registry and the plate check")
@SecurityRequirement(name = "jwt")
public class RightsResource {

    @Inject
    RightsService rights;

    @Inject
    RightBatchService batches;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(
            summary = "Register a right to park (whitelist, exemption, IOD, ...)",
            description = "Needs an " + "Idempotency-Key header; a retry returns the first right with 200.")
    @APIResponseSchema(value = RightView.class, responseCode = "201", responseDescription = "The right as registered")
    @APIResponse(
            responseCode = "200",
            description = "A retry with the same Idempotency-Key and request: the first answer again")
    public Response register(
            @PathParam("nis") String nis, @HeaderParam("Idempotency-Key") String key, RightDetails details) {
        RightsService.Registered registered = rights.register(details, key);
        return Response.status(registered.existing() ? Response.Status.OK : Response.Status.CREATED)
                .entity(registered.right())
                .build();
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(
            summary = "Register up to 10,000 rights at once ({\"rights\": [...]}), e.g. when moving from another "
                    + "system",
            description = "Each line is a right as for a single registration plus its externalRef (its id "
                    + "in the other system, unique in the municipality). Answers 200 with one outcome per line, in order: "
                    + "created (with the new id), duplicate (the reference was registered before, in this or an earlier batch: "
                    + "the existing id; nothing changes) or invalid (with the errors; nothing registered for that line). "
                    + "Needs an Idempotency-Key header: a retry with the same key and body gets the first answer again "
                    + "(Idempotent-Replayed: true); the same key with another body is 422 idempotency-key-reused. More than "
                    + "10,000 lines is 413 content-too-large. Every right created is audited.")
    @APIResponseSchema(
            value = RightBatchResult.class,
            responseCode = "200",
            responseDescription = "One outcome per line, in order (Idempotent-Replayed: true on a retry)")
    public Response registerBatch(
            @PathParam("nis") String nis, @HeaderParam("Idempotency-Key") String key, RightBatch batch) {
        RightBatchService.Registered registered = batches.register(batch, key);
        Response.ResponseBuilder answer = Response.ok(registered.result());
        return registered.replayed()
                ? answer.header("Idempotent-Replayed", "true").build()
                : answer.build();
    }

    @GET
    @PersonalDataRead("parking-right")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "The rights of one plate, newest end first")
    public List<RightView> forPlate(
            @PathParam("nis") String nis,
            @Parameter(required = true) @QueryParam("plate") String plate,
            @QueryParam("country") String country) {
        if (plate == null) {
            throw ProblemException.invalid("plate", "is required");
        }
        return rights.forPlate(plate, country);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Revoke a right (kept as history; checks stop counting it at once)")
    public RightView revoke(@PathParam("nis") String nis, @PathParam("id") String id) {
        return rights.revoke(id);
    }
}
