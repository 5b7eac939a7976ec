package be.ptrpas.platform.plugin;

import be.ptrpas.platform.audit.NoPersonalData;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.security.Roles;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plug-in settings", description = "Which vendor plug-in a municipality uses per slot, and its settings")
@SecurityRequirement(name = "jwt")
public class PluginSettingResource {

    static final String EXAMPLE = """
            {"providerId": "payment-mollie", "enabled": true, "config": {"profileId": "pfl_3RkSN1zuPE"},
             "secrets": {"apiKey": "live_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM"}}""";

    @Inject
    PluginSettingService settings;

    @Inject
    PluginCatalog catalog;

    /** An installed plug-in and the settings form it asks for. */
    public record AvailablePlugin(
            String id,
            String displayName,
            String version,
            String kind,
            List<String> slots,
            List<ConfigProperty> configProperties) {}

    @GET
    @NoPersonalData("plug-in configuration, secrets masked")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "The plug-in chosen for each configured slot (secrets are never shown)")
    public List<PluginSettingView> list(@PathParam("nis") String nis) {
        return settings.list();
    }

    @GET
    @NoPersonalData("the plug-ins on offer")
    @Path("available")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Plug-ins installed on the platform, with the settings each needs")
    public List<AvailablePlugin> available(@PathParam("nis") String nis) {
        return catalog.all().stream().map(PluginSettingResource::describe).toList();
    }

    @GET
    @NoPersonalData("plug-in configuration, secrets masked")
    @Path("{slot}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "The plug-in chosen for one slot")
    public PluginSettingView get(@PathParam("nis") String nis, @PathParam("slot") String slot) {
        return settings.get(slot(slot));
    }

    @PUT
    @Path("{slot}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(
            summary = "Choose or reconfigure the plug-in of a slot",
            description = "Secrets are write-only: a "
                    + "value replaces, null removes, an absent key keeps the stored secret.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Payment provider", value = EXAMPLE)))
    @APIResponseSchema(
            value = PluginSettingView.class,
            responseCode = "200",
            responseDescription = "The slot's setting, changed")
    @APIResponse(responseCode = "201", description = "The slot's setting, chosen for the first time")
    public Response save(
            @PathParam("nis") String nis,
            @PathParam("slot") String slot,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PluginSettingDetails details) {
        PluginSettingService.Saved saved = settings.save(slot(slot), details, Versions.expected(ifMatch));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(saved.view())
                .build();
    }

    @DELETE
    @Path("{slot}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Remove the plug-in choice of a slot")
    @APIResponse(responseCode = "204", description = "The slot has no plug-in any more")
    public Response delete(
            @PathParam("nis") String nis,
            @PathParam("slot") String slot,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        settings.delete(slot(slot), Versions.expected(ifMatch));
        return Response.noContent().build();
    }

    private static PluginSlot slot(String path) {
        return PluginSlot.fromPath(path)
                .orElseThrow(() -> ProblemException.notFound("No plug-in slot '" + path + "'. Slots: "
                        + String.join(
                                ", ",
                                Arrays.stream(PluginSlot.values())
                                        .map(PluginSlot::path)
                                        .toList()) + "."));
    }

    private static AvailablePlugin describe(PluginFactory factory) {
        List<String> slots = Arrays.stream(PluginSlot.values())
                .filter(slot -> slot.accepts(factory))
                .map(PluginSlot::path)
                .toList();
        return new AvailablePlugin(
                factory.id(),
                factory.displayName(),
                factory.version(),
                factory.kind().name(),
                slots,
                factory.configProperties());
    }
}
