package be.ptrpas.platform.basket;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.pass.MyPassResource;
import be.ptrpas.platform.pass.PassHolders;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.security.Roles;
import be.ptrpas.spi.belgian.NationalNumber;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Paying from the pass: a basket of the signed-in person's (or their company's) items, split into one payment per
 * municipality. A basket of anyone else answers 404, as if it did not exist.
 */
@Path("v1/me/pass/baskets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.CITIZEN)
public class MyBasketResource {

    static final String EXAMPLE = """
            {"items": ["6f1c3e52-1a8e-4a57-9a53-0c1d2e3f4a5b", "0b7d9c1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e"]}""";

    @Inject
    BasketService baskets;

    @Inject
    PassHolders holders;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Pay items of my pass: one payment per municipality",
            description = "Needs an Idempotency-Key header: a retry with the same key and items returns the first"
                    + " basket (200) and reaches no provider again. Each payment's checkout returns to"
                    + " /pass/baskets/{id}.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "Two items", value = EXAMPLE)))
    @APIResponseSchema(
            value = BasketView.class,
            responseCode = "201",
            responseDescription = "The basket, with one payment and checkout per municipality")
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the basket as it is now")
    @APIResponse(responseCode = "404", description = "not-found: an item that is not on my pass")
    @APIResponse(
            responseCode = "409",
            description = "basket-item-paid, basket-item-being-paid, or plugin-not-configured (a municipality takes"
                    + " no online payments); nothing was created")
    @APIResponse(
            responseCode = "422",
            description = "basket-item-not-payable, or idempotency-key-reused (the key was used for other items)")
    public Response create(
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            BasketRequest request) {
        String payer = caller.nationalNumber()
                .map(NationalNumber::value)
                .orElseThrow(
                        () -> new ProblemException(ProblemType.FORBIDDEN, "Your token carries no national number."));
        BasketService.Answer answer = baskets.create(
                holders.of(request == null ? null : request.company()),
                payer,
                request,
                key,
                MyPassResource.language(acceptLanguage));
        return Response.status(answer.existing() ? Response.Status.OK : Response.Status.CREATED)
                .entity(answer.basket())
                .build();
    }

    @GET
    @Path("{id}")
    @PersonalDataRead(value = "basket", idParam = "id")
    @Operation(summary = "One of my baskets as it is now: its status follows its payments")
    public BasketView get(
            @PathParam("id") String id,
            @QueryParam("company") String company,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return baskets.get(holders.of(company), id, MyPassResource.language(acceptLanguage))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "You have no basket " + id + "."));
    }
}
