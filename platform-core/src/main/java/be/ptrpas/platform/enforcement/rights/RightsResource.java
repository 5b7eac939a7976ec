package be.ptrpas.platform.enforcement.rights;

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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Register a right to park (whitelist, exemption, IOD, ...)", description = "Needs an "
            + "Idempotency-Key header; a retry returns the first right with 200.")
    public Response register(@PathParam("nis") String nis, @HeaderParam("Idempotency-Key") String key,
                             RightDetails details) {
        RightsService.Registered registered = rights.register(details, key);
        return Response.status(registered.existing() ? Response.Status.OK : Response.Status.CREATED)
                .entity(registered.right()).build();
    }

    @GET
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "The rights of one plate, newest end first")
    public List<RightView> forPlate(@PathParam("nis") String nis, @QueryParam("plate") String plate,
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
