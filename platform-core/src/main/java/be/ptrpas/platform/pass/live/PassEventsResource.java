package be.ptrpas.platform.pass.live;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.pass.HolderKeys;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassHolders;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The open pass page's live feed: every change of one of the holder's items, whichever instance made it, as a
 * server-sent event. Read with {@code fetch} and a stream reader (the bearer token goes in the Authorization header,
 * which {@code EventSource} cannot send).
 */
@Path("v1/me/pass/events")
@RequestScoped
@Tag(name = "Citizen")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.CITIZEN)
public class PassEventsResource {

    @Inject
    HolderKeys keys;

    @Inject
    PassHolders holders;

    @Inject
    LiveStreams streams;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @PersonalDataRead("pass-events")
    @Operation(
            summary = "My pass, live: an event for every change of one of my items",
            description = "A text/event-stream: an event named item per change, with data {\"id\",\"status\","
                    + "\"moneyState\",\"amountDueCents\",\"paidCents\",\"changedAt\"}, and a comment ': keep-alive'"
                    + " every 15 s. It ends when the token expires: connect again with a fresh one. At most a few"
                    + " streams per person (429 too-many-requests beyond) and per instance (503).")
    @APIResponse(
            responseCode = "200",
            description = "The stream of changes",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    public void events(
            @QueryParam("company") String company,
            @Context SecurityContext security,
            @Context SseEventSink sink,
            @Context Sse sse) {
        // Company mode as on every pass endpoint (the enterprise register's mandate); the holder is the read's subject.
        PassHolder holder = holders.readFor(company);
        Instant expiresAt = security.getUserPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0
                ? Instant.ofEpochSecond(token.getExpirationTime())
                : null;
        try {
            streams.open(holder, keys.keyOf(holder), "nl", expiresAt, sink, sse);
        } catch (LiveSubscribers.RefusedException e) {
            throw switch (e.refusal()) {
                case HOLDER_FULL ->
                    new ProblemException(
                            ProblemType.TOO_MANY_REQUESTS,
                            "You have too many live pass pages open; close one and try again.");
                case INSTANCE_FULL ->
                    new ProblemException(
                            ProblemType.SERVICE_UNAVAILABLE,
                            "Live updates are busy right now; the pass itself works. Try again in a minute.");
            };
        }
    }
}
