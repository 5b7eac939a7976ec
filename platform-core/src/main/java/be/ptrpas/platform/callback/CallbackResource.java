package be.ptrpas.platform.callback;

import be.ptrpas.platform.audit.NoPersonalData;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.spi.PageResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where vendors call the platform back: payment webhooks, message replies and receipts, scan-car batches. No login:
 * the municipality's plug-in verifies each call (signature, or fetch-to-confirm) before anything is stored.
 */
@Path("v1/callbacks/{nis}/{slot}")
@RequestScoped
@Tag(name = "Callbacks", description = "Inbound webhooks of the municipality's vendors, verified by its plug-ins")
public class CallbackResource {

    @Inject
    CallbackService callbacks;

    @Inject
    CallbackRateLimit rateLimit;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a vendor's callback", description = "Verified by the slot's plug-in, stored, then "
            + "acknowledged; processed in the background. Replays of the same body are stored once.")
    public Response receive(@PathParam("nis") String nis, @PathParam("slot") String slot, byte[] body) {
        rateLimit.acquire(nis, slot);
        CallbackService.Received received = callbacks.receive(slot(slot),
                HttpRequests.of("POST", "", headers, uri, body));
        return Response.ok(Map.of("received", true, "id", received.id())).build();
    }

    @GET
    @NoPersonalData("a vendor's verification handshake")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Answer a vendor's subscription check (e.g. WhatsApp's hub.challenge)")
    public Response verify(@PathParam("nis") String nis, @PathParam("slot") String slot) {
        rateLimit.acquire(nis, slot);
        PageResponse answer = callbacks.answerVerification(slot(slot), HttpRequests.of("GET", "", headers, uri, null))
                .orElseThrow(() -> ProblemException.notFound("This callback address answers no GET requests."));
        return PageResponses.toResponse(answer);
    }

    static PluginSlot slot(String path) {
        return PluginSlot.fromPath(path).orElseThrow(() -> ProblemException.notFound("No plug-in slot '" + path + "'."));
    }
}
