package be.ptrpas.platform.tariff;

import be.ptrpas.platform.audit.NoPersonalData;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.web.Dates;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/tariffs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tariffs", description = "Effective-dated prices of permits, retributions, parking time and GAS fines")
@SecurityRequirement(name = "jwt")
public class TariffResource {

    static final String EXAMPLE = """
            {"kind": "PARKING_TIME", "productCode": "GNK-BETAALD-SHOPPING", "validFrom": "2026-01-01", "validTo": null,
             "parkingTime": {"timeFrames": [{"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"],
               "from": "09:00", "to": "18:00", "maxDurationMinutes": 180,
               "fareSteps": [{"stepMinutes": 15, "amount": 0.50, "untilMinute": 60},
                             {"stepMinutes": 15, "amount": 0.80, "untilMinute": null}]}]}}""";

    @Inject
    TariffService tariffs;

    @GET
    @NoPersonalData("tariffs")
    @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.OPERATOR})
    @Operation(
            summary = "List tariffs",
            description = "Optional filters: kind, productCode, and at (a date: only " + "tariffs in force that day).")
    public List<TariffView> list(
            @PathParam("nis") String nis,
            @QueryParam("kind") String kind,
            @QueryParam("productCode") String productCode,
            @QueryParam("at") String at) {
        return tariffs.list(kind(kind), productCode, date(at));
    }

    @GET
    @NoPersonalData("a tariff")
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.OPERATOR})
    @Operation(summary = "One tariff period")
    public TariffView get(@PathParam("nis") String nis, @PathParam("id") String id) {
        return tariffs.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(
            summary = "Add a tariff period",
            description = "Refused (409 tariff-periods) when it would overlap or "
                    + "leave a gap with the product's other periods.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Paid parking time", value = EXAMPLE)))
    @APIResponseSchema(
            value = TariffView.class,
            responseCode = "201",
            responseDescription = "The tariff as stored (Location: its address)")
    public Response create(@PathParam("nis") String nis, TariffDetails details, @Context UriInfo uri) {
        TariffView created = tariffs.create(details);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Change a tariff period (dates or prices)")
    public TariffView update(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            TariffDetails details) {
        return tariffs.update(id, details, Versions.expected(ifMatch));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Delete a tariff period (only the first or last of a product, so no gap appears)")
    @APIResponse(responseCode = "204", description = "The tariff is deleted")
    public Response delete(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        tariffs.delete(id, Versions.expected(ifMatch));
        return Response.noContent().build();
    }

    static Tariff.Kind kind(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Tariff.Kind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("kind", "must be one of PERMIT, RETRIBUTION, PARKING_TIME, GAS");
        }
    }

    static LocalDate date(String text) {
        return Dates.parameter("at", text);
    }
}
