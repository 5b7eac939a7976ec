package be.ptrpas.platform.enforcement.iod;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.web.Instants;
import be.ptrpas.platform.common.web.PageSize;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/iod-permits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enforcement")
@SecurityRequirement(name = "jwt")
public class IodPermitResource {

    @Inject
    IodPermitService permits;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN, Roles.IOD_SYSTEM})
    @Operation(
            summary = "Register a permit to occupy the public domain (a polygon, or a street segment with a width)",
            description = "Needs an Idempotency-Key header; a retry returns the first permit with 200. Without plates "
                    + "the permit covers any vehicle standing on the place.")
    @APIResponseSchema(
            value = IodPermitView.class,
            responseCode = "201",
            responseDescription = "The permit as registered")
    @APIResponse(
            responseCode = "200",
            description = "A retry with the same Idempotency-Key and request: the first answer again")
    public Response register(
            @PathParam("nis") String nis, @HeaderParam("Idempotency-Key") String key, IodPermitDetails details) {
        IodPermitService.Registered registered = permits.register(details, key);
        return Response.status(registered.existing() ? Response.Status.OK : Response.Status.CREATED)
                .entity(registered.permit())
                .build();
    }

    @GET
    @PersonalDataRead("iod-permit")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN, Roles.WARDEN, Roles.IOD_SYSTEM})
    @Operation(summary = "Permits in force at a moment (default now)")
    public List<IodPermitView> inForce(
            @PathParam("nis") String nis, @QueryParam("at") String at, @QueryParam("limit") Integer limit) {
        Instant moment = Instants.parameter("at", at);
        return permits.inForce(moment, PageSize.of(limit, 100, 1000));
    }

    @GET
    @PersonalDataRead(value = "iod-permit", idParam = "id")
    @Path("{id}")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN, Roles.WARDEN, Roles.IOD_SYSTEM})
    @Operation(summary = "One IOD permit")
    public IodPermitView get(@PathParam("nis") String nis, @PathParam("id") String id) {
        return permits.get(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN, Roles.IOD_SYSTEM})
    @Operation(summary = "Revoke an IOD permit (its rights stop counting at once; history stays)")
    public IodPermitView revoke(@PathParam("nis") String nis, @PathParam("id") String id) {
        return permits.revoke(id);
    }
}
