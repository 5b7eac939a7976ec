package be.ptrpas.platform.payment;

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

@Path("v1/tenants/{nis}/payment-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
@SecurityRequirement(name = "jwt")
public class PaymentSettingsResource {

    @Inject
    PaymentSettingsService settings;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CLERK})
    @NoPersonalData("the municipality's own web origins")
    @Operation(summary = "The municipality's payment settings (origins payers may return to after a checkout)")
    public PaymentSettingsView get(@PathParam("nis") String nis) {
        return settings.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN})
    @Operation(summary = "Change the payment settings (send If-Match with the version you read)")
    public PaymentSettingsView update(
            @PathParam("nis") String nis,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PaymentSettingsView details) {
        return settings.update(details, Versions.expected(ifMatch));
    }
}
