package be.ptrpas.platform.enforcement.settings;

import be.ptrpas.platform.audit.NoPersonalData;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/enforcement-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enforcement")
@SecurityRequirement(name = "jwt")
public class EnforcementSettingsResource {

    @Inject
    EnforcementSettingsService settings;

    @GET
    @NoPersonalData(value = "the municipality's enforcement settings", despite = "chargesPerPlateZoneDay")
    @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.WARDEN})
    @Operation(summary = "The municipality's enforcement settings (grace period, what wardens see, charge rules)")
    public EnforcementSettingsView get(@PathParam("nis") String nis) {
        return settings.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN})
    @Operation(summary = "Change the enforcement settings (send If-Match with the version you read)")
    public EnforcementSettingsView update(
            @PathParam("nis") String nis,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            EnforcementSettingsView details) {
        return settings.update(details, Versions.expected(ifMatch));
    }
}
