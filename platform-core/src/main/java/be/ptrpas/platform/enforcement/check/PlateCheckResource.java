package be.ptrpas.platform.enforcement.check;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.audit.ReadAuditedElsewhere;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.Instants;
import be.ptrpas.platform.common.web.PageSize;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One instance for all requests: the check is the platform's hottest path and this class holds no request state. */
@Path("v1/tenants/{nis}/enforcement")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enforcement")
@SecurityRequirement(name = "jwt")
public class PlateCheckResource {

    @Inject
    PlateCheckService checks;

    @Inject
    RightsExport exports;

    @Inject
    PlateCheckMetrics metrics;

    @GET
    @ReadAuditedElsewhere("the plate-check log (PlateCheckLog): who, device, when, plate, zone, verdict")
    @Path("check")
    @RolesAllowed({Roles.WARDEN})
    @Operation(
            summary = "May this plate park here, now?",
            description = "Give zone, or lat and lon; at defaults to "
                    + "now. Verdict RIGHT, NO_RIGHT or RECENTLY_EXPIRED (within the grace period); by position every zone "
                    + "there counts and zone names the one that gave the right; outside every zone NO_REGULATED_ZONE with "
                    + "nearbyRights; in a blue zone without a right, discMaxStayMinutes (parking disc).")
    public CheckResult check(
            @PathParam("nis") String nis,
            @Parameter(required = true) @QueryParam("plate") String plate,
            @QueryParam("country") String country,
            @QueryParam("zone") String zone,
            @QueryParam("lat") String lat,
            @QueryParam("lon") String lon,
            @QueryParam("at") String at,
            @HeaderParam("X-Device-Id") String device) {
        long started = System.nanoTime();
        // Every problem of the question at once, so a handheld's developer fixes them in one round.
        Violations v = new Violations();
        v.required("plate", plate);
        Double latitude = degrees(v, "lat", lat, 90);
        Double longitude = degrees(v, "lon", lon, 180);
        if (zone == null && (lat == null || lon == null)) {
            v.add(
                    lat == null && lon == null ? "zone" : lat == null ? "lat" : "lon",
                    "give a zone code, or lat and lon");
        }
        Instant moment = null;
        try {
            moment = Instants.parameter("at", at);
        } catch (ProblemException e) {
            v.addAll(e.errors());
        }
        v.throwIfAny();
        CheckResult result = checks.check(plate, country, zone, latitude, longitude, moment, device);
        metrics.answered(result.verdict(), started);
        return result;
    }

    @GET
    @PersonalDataRead("plate-check")
    @Path("checks")
    @RolesAllowed({Roles.WARDEN, Roles.ADMIN})
    @Operation(summary = "Recent plate checks (who, device, when, plate, zone, verdict), newest first")
    public List<PlateCheckService.CheckLogEntry> recent(
            @PathParam("nis") String nis, @QueryParam("limit") Integer limit) {
        return checks.recentChecks(PageSize.of(limit, 50, 500));
    }

    @GET
    @PersonalDataRead("parking-right")
    @Path("rights-export")
    @RolesAllowed({Roles.WARDEN})
    @Operation(summary = "Rights valid now in a zone, a page at a time, for handhelds that work offline")
    public RightsExport.ExportPage export(
            @PathParam("nis") String nis,
            @QueryParam("zone") String zone,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return exports.export(zone, cursor, PageSize.of(limit, 1000, 5000));
    }

    /** A latitude or longitude in degrees, or null (absent or wrong, in which case {@code v} says so). */
    private static Double degrees(Violations v, String name, String value, int limit) {
        if (value == null) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (parsed >= -limit && parsed <= limit) {
                return parsed;
            }
            v.add(name, "must be between -" + limit + " and " + limit + " degrees");
        } catch (NumberFormatException e) {
            v.add(name, "must be a number in degrees");
        }
        return null;
    }
}
