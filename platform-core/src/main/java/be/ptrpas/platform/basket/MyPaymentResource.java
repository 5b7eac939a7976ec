package be.ptrpas.platform.basket;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.pass.MyPassResource;
import be.ptrpas.platform.pass.PassHolders;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in person's own payments (made from their pass) and their receipts. Anyone else's answers 404. */
@Path("v1/me/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.CITIZEN)
public class MyPaymentResource {

    @Inject
    MyPayments payments;

    @Inject
    PassHolders holders;

    @GET
    @Path("{id}")
    @PersonalDataRead(value = "payment", idParam = "id")
    @Operation(summary = "One of my payments: status, municipality, amount, when paid, the items it pays")
    public MyPaymentView get(
            @PathParam("id") String id,
            @QueryParam("company") String company,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return payments.get(holders.of(company), id, MyPassResource.language(acceptLanguage));
    }

    @GET
    @Path("{id}/receipt")
    // JSON too: a refusal (401, 403, 404, 409) is a problem document whatever the caller accepts.
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @PersonalDataRead(value = "payment", idParam = "id")
    @APIResponse(
            responseCode = "200",
            description = "The payment's receipt (PDF/A-1b)",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "not-found: no such payment of mine")
    @APIResponse(responseCode = "409", description = "payment-not-paid: no receipt before it is paid")
    @Operation(summary = "The receipt of one of my payments")
    public Response receipt(
            @PathParam("id") String id,
            @QueryParam("company") String company,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        byte[] pdf = payments.receipt(holders.of(company), id, MyPassResource.language(acceptLanguage));
        return Response.ok(pdf, "application/pdf")
                .header(
                        "Content-Disposition",
                        "inline; filename=\"receipt-" + id.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf\"")
                .build();
    }
}
