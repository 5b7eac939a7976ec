package be.ptrpas.platform.callback;

import be.ptrpas.platform.audit.NoPersonalData;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.FailureKind;
import be.ptrpas.platform.plugin.runtime.PluginCallException;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.spi.HostedPages;
import be.ptrpas.spi.InboundRequest;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pages a municipality's plug-in serves to citizens (e.g. the sandbox checkout), without login. */
@Path("v1/pages/{nis}/{slot}/{page: .+}")
@RequestScoped
@Tag(name = "Callbacks")
public class PluginPageResource {

    @Inject
    TenantPlugins plugins;

    @Inject
    CallbackRateLimit rateLimit;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @NoPersonalData("a payer's own checkout page, reached through its unguessable link")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    @APIResponse(
            responseCode = "200",
            description = "The page as the plug-in makes it (usually HTML)",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "429",
            description = "too-many-requests: too many calls for this address; Retry-After says when to try again")
    @APIResponse(responseCode = "503", description = "plugin-unavailable: the page is not available right now")
    @Operation(summary = "A page a plug-in hosts (e.g. a vendor's return or consent page)")
    public Response get(@PathParam("nis") String nis, @PathParam("slot") String slot, @PathParam("page") String page) {
        return handle(nis, slot, HttpRequests.of("GET", page, headers, uri, null));
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.WILDCARD)
    @APIResponse(
            responseCode = "200",
            description = "The page as the plug-in makes it (usually HTML)",
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "429",
            description = "too-many-requests: too many calls for this address; Retry-After says when to try again")
    @APIResponse(responseCode = "503", description = "plugin-unavailable: the page is not available right now")
    @Operation(summary = "A form posted to a page a plug-in hosts")
    public Response post(
            @PathParam("nis") String nis, @PathParam("slot") String slot, @PathParam("page") String page, byte[] body) {
        return handle(nis, slot, HttpRequests.of("POST", page, headers, uri, body));
    }

    private Response handle(String nis, String slot, InboundRequest request) {
        // A name that is no slot at all is refused before the limit: it is the same for every municipality, and a
        // made-up name must not cost a bucket.
        PluginSlot pageSlot = CallbackResource.slot(slot);
        Optional<ActivePlugin<HostedPages>> found;
        try {
            found = plugins.find(pageSlot, HostedPages.class);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.PLUGIN_NOT_CONFIGURED) {
                throw e;
            }
            found = Optional.empty();
        }
        rateLimit.acquire(nis, "pages:" + pageSlot.path(), found.isPresent());
        ActivePlugin<HostedPages> pages = found.orElseThrow(() -> ProblemException.notFound("No page here."));
        Optional<PageResponse> answer;
        try {
            answer = pages.call("page", provider -> provider.handlePage(request));
        } catch (PluginCallException e) {
            if (e.kind() == FailureKind.REFUSED) {
                throw ProblemException.invalid("page", e.getMessage());
            }
            throw new ProblemException(ProblemType.PLUGIN_UNAVAILABLE, "This page is not available right now.");
        }
        return PageResponses.toResponse(answer.orElseThrow(() -> ProblemException.notFound("No page here.")));
    }
}
