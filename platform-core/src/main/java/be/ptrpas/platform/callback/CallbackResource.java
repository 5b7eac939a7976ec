package be.ptrpas.platform.callback;

import be.ptrpas.platform.audit.NoPersonalData;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.plugin.PluginSlot;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    @Inject
    CallbackMetrics metrics;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Receive a vendor's callback",
            description = "Verified by the slot's plug-in, stored, then "
                    + "acknowledged; processed in the background. Replays of the same body are stored once.")
    @APIResponse(
            responseCode = "200",
            description = "Verified and stored; processed in the background",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            requiredProperties = {"received", "id"},
                                            properties = {
                                                @SchemaProperty(name = "received", type = SchemaType.BOOLEAN),
                                                @SchemaProperty(
                                                        name = "id",
                                                        type = SchemaType.STRING,
                                                        description = "The stored callback")
                                            })))
    @APIResponse(
            responseCode = "429",
            description = "too-many-requests: too many calls for this address; Retry-After says when to try again")
    @APIResponse(
            responseCode = "503",
            description = "plugin-unavailable: the callback cannot be checked right now; send it again later")
    public Response receive(@PathParam("nis") String nis, @PathParam("slot") String slot, InputStream body)
            throws IOException {
        try {
            return accept(nis, slot(slot), body);
        } catch (ProblemException refused) {
            metrics.rejected(refused);
            throw refused;
        }
    }

    private Response accept(String nis, PluginSlot target, InputStream body) throws IOException {
        callbacks.handler(target); // a slot that never receives callbacks: the same answer for every municipality
        // Headers first: the limit is taken before the body is read (up to 16 MB for a scan batch), and an address
        // nobody configured reads and refuses the body just like a configured one refuses a forged call.
        boolean configured = callbacks.configured(target);
        rateLimit.acquire(nis, target.path(), configured);
        byte[] bytes = body.readAllBytes(); // bounded by RequestSizeLimitFilter (413)
        if (!configured) {
            throw CallbackService.notVerified();
        }
        CallbackService.Received received = callbacks.receive(target, HttpRequests.of("POST", "", headers, uri, bytes));
        return Response.ok(Map.of("received", true, "id", received.id())).build();
    }

    @GET
    @NoPersonalData("a vendor's verification handshake")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Answer a vendor's subscription check (e.g. WhatsApp's hub.challenge)")
    @APIResponse(
            responseCode = "200",
            description = "The answer the vendor expects (e.g. the hub.challenge echoed), as the plug-in makes it",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "429",
            description = "too-many-requests: too many calls for this address; Retry-After says when to try again")
    public Response verify(@PathParam("nis") String nis, @PathParam("slot") String slot) {
        try {
            return answer(nis, slot(slot));
        } catch (ProblemException refused) {
            metrics.rejected(refused);
            throw refused;
        }
    }

    private Response answer(String nis, PluginSlot target) {
        callbacks.handler(target);
        boolean configured = callbacks.configured(target);
        rateLimit.acquire(nis, target.path(), configured);
        // Only a successful check is answered as the plug-in says; anything else (nobody configured the slot, the
        // plug-in knows no check, a wrong token) gets one and the same answer.
        if (!configured) {
            throw ProblemException.notFound(NO_GET);
        }
        return callbacks
                .answerVerification(target, HttpRequests.of("GET", "", headers, uri, null))
                .filter(answer -> answer.status() / 100 == 2)
                .map(PageResponses::toResponse)
                .orElseThrow(() -> ProblemException.notFound(NO_GET));
    }

    static final String NO_GET = "This callback address answers no such request.";

    static PluginSlot slot(String path) {
        return PluginSlot.fromPath(path)
                .orElseThrow(() -> ProblemException.notFound("No plug-in slot '" + path + "'."));
    }
}
