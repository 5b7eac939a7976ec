package be.ptrpas.platform.payment;

import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/payment-links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
@SecurityRequirement(name = "jwt")
public class PaymentLinkResource {

    @Inject
    PaymentService payments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Create a reusable payment link (e.g. to share during a video call)")
    @APIResponseSchema(value = PaymentView.class, responseCode = "201", responseDescription = "The payment link")
    @APIResponse(
            responseCode = "200",
            description = "A retry with the same Idempotency-Key and request: the first answer again")
    @APIResponse(responseCode = "422", description = "plugin-refused: the payment provider refused the payment")
    @APIResponse(responseCode = "503", description = "plugin-unavailable: the payment provider cannot be reached")
    public Response createLink(
            @PathParam("nis") String nis, @HeaderParam("Idempotency-Key") String key, PaymentRequestDetails details) {
        PaymentService.Created created = payments.createLink(details, key);
        return Response.status(created.existing() ? Response.Status.OK : Response.Status.CREATED)
                .entity(created.payment())
                .build();
    }
}
