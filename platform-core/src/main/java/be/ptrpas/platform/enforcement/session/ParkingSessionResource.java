package be.ptrpas.platform.enforcement.session;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.web.Instants;
import be.ptrpas.platform.common.web.PageSize;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Paid parking sessions (F-32). Admitted parking operators start, extend, stop, correct and cancel their own
 * sessions; the municipality's staff read all of them. Changes take {@code If-Match} with the session's ETag.
 */
@Path("v1/tenants/{nis}/parking-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parking sessions", description = "Paid parking sessions sold by admitted app and SMS parking operators")
@SecurityRequirement(name = "jwt")
public class ParkingSessionResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    ParkingSessionService sessions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARKING_OPERATOR})
    @Operation(
            summary = "Start a session: plate (+ country), zone, start (default now), planned end (optional)",
            description = "Needs an Idempotency-Key header, scoped to the operator: a retry with the same key and body "
                    + "gets the first answer again (200) and starts nothing; the same key with another body is 422 "
                    + "idempotency-key-reused. The fee follows from the zone's parking-time tariffs and comes with a "
                    + "line per time frame; 422 parking-stay-too-long or no-parking-tariff when it cannot be paid. "
                    + "Without an end the session is open (openEnded): it runs until the operator stops it, at the "
                    + "latest until the zone's maximum stay (its end), and its fee is computed at the stop. In a blue "
                    + "zone the session is a free digital parking disc (discTime: the arrival rounded up to the next "
                    + "half hour, KB 1 december 1975 art. 27.1.2), valid until discTime plus the zone's maximum stay. "
                    + "The session's right to park is in the plate check as soon as this answers.")
    @APIResponseSchema(
            value = ParkingSessionView.class,
            responseCode = "201",
            responseDescription = "The session as started, with its fee")
    @APIResponse(
            responseCode = "200",
            description =
                    "A retry with the same Idempotency-Key and request: the first session again (Idempotent-Replayed: true)")
    @APIResponse(
            responseCode = "422",
            description = "parking-stay-too-long or no-parking-tariff: the zone does not allow this stay")
    public Response start(
            @PathParam("nis") String nis,
            @HeaderParam("Idempotency-Key") String key,
            SessionStart details,
            @Context UriInfo uri) {
        ParkingSessionService.Started started = sessions.start(details, key);
        if (started.replayed()) {
            return Response.ok(started.session())
                    .header("Idempotent-Replayed", "true")
                    .build();
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(started.session().id())
                        .build())
                .entity(started.session())
                .build();
    }

    @GET
    @PersonalDataRead("parking-session")
    @RolesAllowed({Roles.PARKING_OPERATOR, Roles.CLERK, Roles.ADMIN, Roles.WARDEN, Roles.OPERATOR})
    @Operation(
            summary = "Sessions, newest start first: an operator's own, or all of them for the municipality's staff",
            description = "Filters: plate (+ country), zone, activeAt (sessions giving a right at that instant).")
    public List<ParkingSessionView> list(
            @PathParam("nis") String nis,
            @QueryParam("plate") String plate,
            @QueryParam("country") String country,
            @QueryParam("zone") String zone,
            @QueryParam("activeAt") String activeAt,
            @QueryParam("limit") Integer limit) {
        return sessions.list(
                plate, country, zone, Instants.parameter("activeAt", activeAt), PageSize.of(limit, 100, 1000));
    }

    @GET
    @PersonalDataRead(value = "parking-session", idParam = "id")
    @Path("{id}")
    @RolesAllowed({Roles.PARKING_OPERATOR, Roles.CLERK, Roles.ADMIN, Roles.WARDEN, Roles.OPERATOR})
    @Operation(summary = "One session (an operator sees only its own)")
    public ParkingSessionView get(@PathParam("nis") String nis, @PathParam("id") String id) {
        return sessions.get(id);
    }

    @POST
    @Path("{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARKING_OPERATOR})
    @Operation(
            summary = "Extend a running session to a later end ({\"end\": …}); the fee is recomputed",
            description = "409 conflict for an open session (it has no end; stop it instead); a parking disc only "
                    + "up to its disc time plus the zone's maximum stay (422 parking-stay-too-long).")
    @APIResponse(
            responseCode = "422",
            description = "parking-stay-too-long or no-parking-tariff: the zone does not allow this stay")
    public ParkingSessionView extend(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SessionExtension extension) {
        return sessions.extend(id, extension, Versions.expected(ifMatch));
    }

    @POST
    @Path("{id}/stop")
    @RolesAllowed({Roles.PARKING_OPERATOR})
    @Operation(
            summary = "Stop a running session now",
            description = "The fee becomes that of the time parked. Fare steps are paid per started step, so the "
                    + "session stays a right until the end of the step the stop falls in (never past the tariff frame's "
                    + "end nor the planned end): that moment is the session's new end. An open session stopped after "
                    + "its latest end is charged until that end. A parking disc ends with the stop, free. Stopping "
                    + "again changes nothing and answers 200 with the stopped session, whatever If-Match says.")
    @APIResponse(
            responseCode = "422",
            description = "parking-stay-too-long or no-parking-tariff: the zone does not allow this stay")
    public ParkingSessionView stop(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return sessions.stop(id, Versions.expected(ifMatch));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @RolesAllowed({Roles.PARKING_OPERATOR})
    @Operation(
            summary = "Correct plate, country, zone or start within the edit window",
            description = "Only within the municipality's edit window (enforcement setting sessionEditMinutes, counted "
                    + "from the start request); afterwards 409 session-edit-window-closed. Absent fields stay.")
    @APIResponse(
            responseCode = "422",
            description = "parking-stay-too-long or no-parking-tariff: the zone does not allow this stay")
    public ParkingSessionView correct(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SessionCorrection correction) {
        return sessions.correct(id, correction, Versions.expected(ifMatch));
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({Roles.PARKING_OPERATOR})
    @Operation(
            summary = "Cancel a session within the edit window (or before it starts): no right, fee 0",
            description = "Afterwards 409 session-edit-window-closed: stop it instead.")
    public ParkingSessionView cancel(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return sessions.cancel(id, Versions.expected(ifMatch));
    }
}
