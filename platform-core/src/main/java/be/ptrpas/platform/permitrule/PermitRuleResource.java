package be.ptrpas.platform.permitrule;

import be.ptrpas.platform.audit.NoPersonalData;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/permit-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permit rules", description = "Eligibility, limits and approval per permit type")
@SecurityRequirement(name = "jwt")
public class PermitRuleResource {

    static final String EXAMPLE = """
            {"permitType": "RESIDENT", "name": {"nl": "Bewonerskaart", "en": "Resident permit"},
             "description": {"nl": "Voor wie gedomicilieerd is in de zone."},
             "eligibility": ["DOMICILE_IN_ZONE"], "maxPerHousehold": 2, "validityMonths": 12, "approval": "AUTO"}""";

    @Inject
    PermitRuleService rules;

    @GET
    @NoPersonalData("permit rules")
    @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.OPERATOR})
    @Operation(summary = "List the permit rules")
    public List<PermitRuleView> list(@PathParam("nis") String nis) {
        return rules.list();
    }

    @GET
    @NoPersonalData("a permit rule")
    @Path("{permitType}")
    @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.OPERATOR})
    @Operation(summary = "One permit rule")
    public PermitRuleView get(@PathParam("nis") String nis, @PathParam("permitType") String permitType) {
        return rules.get(permitType);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Create a permit rule")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Resident permit", value = EXAMPLE)))
    @APIResponseSchema(
            value = PermitRuleView.class,
            responseCode = "201",
            responseDescription = "The rule as stored (Location: its address)")
    public Response create(@PathParam("nis") String nis, PermitRuleDetails details, @Context UriInfo uri) {
        PermitRuleView created = rules.create(details);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.permitType()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{permitType}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Replace a permit rule")
    public PermitRuleView update(
            @PathParam("nis") String nis,
            @PathParam("permitType") String permitType,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PermitRuleDetails details) {
        return rules.update(permitType, details, Versions.expected(ifMatch));
    }

    @DELETE
    @Path("{permitType}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Delete a permit rule no zone or tariff uses")
    @APIResponse(responseCode = "204", description = "The rule is deleted")
    public Response delete(
            @PathParam("nis") String nis,
            @PathParam("permitType") String permitType,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        rules.delete(permitType, Versions.expected(ifMatch));
        return Response.noContent().build();
    }
}
