package be.ptrpas.platform.payment;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.web.PageSize;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Payments and payment links through the municipality's payment provider")
@SecurityRequirement(name = "jwt")
public class PaymentResource {

    static final String EXAMPLE = """
            {"amountCents": 2450, "description": "Bewonerskaart zone A - 1-ABC-123",
             "structuredReference": "090933755493", "returnUrl": "https://www.genk.be/betaald",
             "citizenRrn": "85073003328"}""";

    @Inject
    PaymentService payments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(
            summary = "Create a payment at the municipality's provider",
            description =
                    "Needs an Idempotency-Key "
                            + "header: a retry with the same key returns the first payment (200) instead of creating another (201).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Permit", value = EXAMPLE)))
    @APIResponseSchema(
            value = PaymentView.class,
            responseCode = "201",
            responseDescription = "The payment, with its checkout address")
    @APIResponse(
            responseCode = "200",
            description = "A retry with the same Idempotency-Key and request: the first answer again")
    @APIResponse(responseCode = "422", description = "plugin-refused: the payment provider refused the payment")
    @APIResponse(responseCode = "503", description = "plugin-unavailable: the payment provider cannot be reached")
    public Response create(
            @PathParam("nis") String nis, @HeaderParam("Idempotency-Key") String key, PaymentRequestDetails details) {
        PaymentService.Created created = payments.create(details, key);
        return Response.status(created.existing() ? Response.Status.OK : Response.Status.CREATED)
                .entity(created.payment())
                .build();
    }

    @GET
    @PersonalDataRead("payment")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Recent payments, newest first")
    public List<PaymentView> list(
            @PathParam("nis") String nis, @QueryParam("status") String status, @QueryParam("limit") Integer limit) {
        return payments.list(status, PageSize.of(limit, 100, 500));
    }

    @GET
    @PersonalDataRead(value = "payment", idParam = "id")
    @Path("{id}")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "One payment")
    public PaymentView get(@PathParam("nis") String nis, @PathParam("id") String id) {
        return payments.get(id);
    }

    @POST
    @Path("{id}/refresh")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Ask the provider for the payment's current status now")
    @APIResponse(responseCode = "503", description = "plugin-unavailable: the payment provider cannot be reached")
    public PaymentView refresh(@PathParam("nis") String nis, @PathParam("id") String id) {
        return payments.refresh(id);
    }

    @POST
    @Path("{id}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN})
    @Operation(summary = "Refund (part of) a paid payment", description = "Needs an Idempotency-Key header.")
    @APIResponse(responseCode = "503", description = "plugin-unavailable: the payment provider cannot be reached")
    @APIResponse(responseCode = "422", description = "plugin-refused: the payment provider refused the refund")
    public PaymentView refund(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String key,
            RefundDetails details) {
        return payments.refund(id, details, key);
    }
}
