package be.ptrpas.platform.plugin;

import be.ptrpas.platform.audit.NoPersonalData;
import be.ptrpas.platform.security.Roles;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.SpiVersion;
import be.ptrpas.spi.messaging.MessageChannelFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plug-in catalog", description = "The plug-ins installed on this platform")
@SecurityRequirement(name = "jwt")
public class PluginCatalogResource {

    @Inject
    PluginCatalog catalog;

    /** One installed plug-in. {@code source} is "bundled" or the jar's file name in the plug-in directory. */
    public record InstalledPluginView(
            String id,
            String displayName,
            String version,
            String spiVersion,
            String kind,
            String channelType,
            String source,
            List<String> slots,
            List<ConfigProperty> configProperties) {}

    /** The catalog and what went wrong loading it. */
    public record Catalog(String spiVersion, List<InstalledPluginView> plugins, List<String> loadProblems) {}

    @GET
    @NoPersonalData("the plug-ins on offer")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Installed plug-ins with their versions, source and settings form")
    public Catalog list() {
        return new Catalog(
                SpiVersion.current(),
                catalog.installed().stream().map(PluginCatalogResource::view).toList(),
                catalog.loadProblems());
    }

    private static InstalledPluginView view(PluginCatalog.InstalledPlugin installed) {
        PluginFactory factory = installed.factory();
        String channelType = factory instanceof MessageChannelFactory channel
                ? channel.channelType().name()
                : null;
        List<String> slots = Arrays.stream(PluginSlot.values())
                .filter(slot -> slot.accepts(factory))
                .map(PluginSlot::path)
                .toList();
        return new InstalledPluginView(
                factory.id(),
                factory.displayName(),
                factory.version(),
                factory.spiVersion(),
                factory.kind().name(),
                channelType,
                installed.source(),
                slots,
                factory.configProperties());
    }
}
