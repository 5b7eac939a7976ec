package be.ptrpas.platform.tenant;

import be.ptrpas.platform.audit.NoPersonalData;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants", description = "Municipalities on the platform (onboarding by the platform operator)")
@SecurityRequirement(name = "jwt")
public class TenantResource {

    static final String EXAMPLE = """
            {"nisCode": "71016", "names": {"nl": "Genk", "fr": "Genk", "en": "Genk"}, "languages": ["nl"],
             "branding": {"primaryColor": "#0055A4", "logoUrl": "https://www.genk.be/logo.svg",
                          "websiteUrl": "https://www.genk.be"},
             "contactEmail": "parkeren@genk.be",
             "businessModel": {"type": "IN_HOUSE", "retributionIssuer": "MUNICIPALITY", "collector": "MUNICIPALITY",
                               "enforcer": "MUNICIPALITY"}}""";

    @Inject
    TenantService tenants;

    @GET
    @NoPersonalData(
            value = "municipalities and their configuration",
            despite = "contactEmail (the municipality's published mailbox)")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "List all municipalities")
    public List<TenantView> list() {
        return tenants.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Onboard a municipality")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Genk, in-house", value = EXAMPLE)))
    @APIResponseSchema(
            value = TenantView.class,
            responseCode = "201",
            responseDescription = "The municipality as stored (Location: its address)")
    public Response create(TenantDetails details, @Context UriInfo uri) {
        TenantView created = tenants.create(details);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.nisCode()).build())
                .entity(created)
                .build();
    }

    @GET
    @NoPersonalData(
            value = "a municipality and its configuration",
            despite = "contactEmail (the municipality's published mailbox)")
    @Path("{nis}")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.CLERK})
    @Operation(summary = "One municipality (its own admins and clerks, or the operator)")
    public TenantView get(@PathParam("nis") String nis) {
        return tenants.current();
    }

    @PUT
    @Path("{nis}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Update a municipality's names, languages, branding and business model")
    public TenantView update(
            @PathParam("nis") String nis, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TenantDetails details) {
        return tenants.update(details, Versions.expected(ifMatch));
    }
}
