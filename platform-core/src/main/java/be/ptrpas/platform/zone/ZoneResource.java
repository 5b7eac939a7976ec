package be.ptrpas.platform.zone;

import be.ptrpas.platform.audit.NoPersonalData;
import be.ptrpas.platform.common.problem.ProblemException;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/zones")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Zones",
        description = "Blue, paid and resident zones of a municipality. A paid zone's tier ranks it: a "
                + "higher tier is a dearer, more central zone (see the tier field).")
@SecurityRequirement(name = "jwt")
public class ZoneResource {

    static final String EXAMPLE = """
            {"code": "GNK-BLAUW-CENTRUM", "kind": "BLUE", "name": {"nl": "Blauwe zone Centrum", "en": "Blue zone centre"},
             "maxStayMinutes": 120, "enforcementRegime": "RETRIBUTION",
             "geometry": {"type": "Polygon", "coordinates": [[[5.4960, 50.9630], [5.5040, 50.9630], [5.5040, 50.9670],
                                                              [5.4960, 50.9670], [5.4960, 50.9630]]]},
             "streets": [{"name": "Vennestraat", "postalCode": "3600", "parity": "ALL"},
                         {"name": "Stadsplein", "postalCode": "3600", "fromNumber": 1, "toNumber": 40, "parity": "EVEN"}],
             "permitTypes": ["RESIDENT"]}""";

    @Inject
    ZoneService zones;

    @GET
    @NoPersonalData("zones")
    @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.WARDEN, Roles.OPERATOR})
    @Operation(summary = "List the municipality's zones")
    public List<ZoneView> list(@PathParam("nis") String nis) {
        return zones.list();
    }

    @GET
    @NoPersonalData("zones at a point")
    @Path("lookup")
    @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.WARDEN, Roles.OPERATOR})
    @Operation(summary = "Which zones contain this point?")
    public List<ZoneView> containing(
            @PathParam("nis") String nis,
            @Parameter(required = true) @QueryParam("lat") String lat,
            @Parameter(required = true) @QueryParam("lon") String lon) {
        Coordinates point = Coordinates.parse(lat, lon);
        return zones.containing(point.lat(), point.lon());
    }

    @GET
    @NoPersonalData("a zone")
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.WARDEN, Roles.OPERATOR})
    @Operation(summary = "One zone")
    public ZoneView get(@PathParam("nis") String nis, @PathParam("code") String code) {
        return zones.get(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(
            summary = "Create a zone",
            description = "tier (1-9) ranks paid zones: a higher number is a dearer, more "
                    + "central zone. Overlapping zones are decided by the highest tier, and with the enforcement setting "
                    + "higherTierCoversLower a paid session also counts in zones of a lower tier.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Blue zone in Genk", value = EXAMPLE)))
    @APIResponseSchema(
            value = ZoneView.class,
            responseCode = "201",
            responseDescription = "The zone as stored (Location: its address)")
    public Response create(@PathParam("nis") String nis, ZoneDetails details, @Context UriInfo uri) {
        ZoneView created = zones.create(details);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(created)
                .build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Replace a zone (its code stays)")
    public ZoneView update(
            @PathParam("nis") String nis,
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ZoneDetails details) {
        return zones.update(code, details, Versions.expected(ifMatch));
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Delete a zone that no tariff refers to")
    @APIResponse(responseCode = "204", description = "The zone is deleted")
    public Response delete(
            @PathParam("nis") String nis,
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        zones.delete(code, Versions.expected(ifMatch));
        return Response.noContent().build();
    }

    /** A WGS84 point from query parameters, with a clear error when missing or out of range. */
    public record Coordinates(double lat, double lon) {

        public static Coordinates parse(String lat, String lon) {
            return new Coordinates(number("lat", lat, -90, 90), number("lon", lon, -180, 180));
        }

        private static double number(String name, String text, double min, double max) {
            if (text == null || text.isBlank()) {
                throw ProblemException.invalid(name, "is required (WGS84 decimal degrees)");
            }
            try {
                double value = Double.parseDouble(text);
                if (!Double.isFinite(value) || value < min || value > max) {
                    throw ProblemException.invalid(name, "must be between " + min + " and " + max);
                }
                return value;
            } catch (NumberFormatException e) {
                throw ProblemException.invalid(name, "must be a decimal number such as 50.965");
            }
        }
    }
}
