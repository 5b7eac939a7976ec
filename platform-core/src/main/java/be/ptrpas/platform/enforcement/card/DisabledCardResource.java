package be.ptrpas.platform.enforcement.card;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform operator's side of the card register: cards as the issuing authority reports them. */
@Path("v1/disabled-cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enforcement")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.OPERATOR)
public class DisabledCardResource {

    @Inject
    DisabledCardService cards;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Register a disabled-person parking card (valid in every municipality)",
            description = "Needs an Idempotency-Key header; a retry returns the first answer with 200.")
    @APIResponseSchema(
            value = DisabledCardView.class,
            responseCode = "201",
            responseDescription = "The card as registered")
    @APIResponse(
            responseCode = "200",
            description = "A retry with the same Idempotency-Key and request: the first answer again")
    public Response register(@HeaderParam("Idempotency-Key") String key, DisabledCardDetails details) {
        DisabledCardService.Registered registered = cards.register(details, key);
        return Response.status(registered.existing() ? Response.Status.OK : Response.Status.CREATED)
                .entity(registered.card())
                .build();
    }

    @GET
    @PersonalDataRead(value = "disabled-card", idParam = "number")
    @Path("{number}")
    @Operation(summary = "One card with its linked plates and history")
    public DisabledCardView get(@PathParam("number") String number) {
        return cards.get(number);
    }

    @DELETE
    @Path("{number}")
    @Operation(summary = "Revoke a card (lost, stolen, withdrawn): it stops counting at once; a repeat changes nothing")
    public DisabledCardView revoke(
            @PathParam("number") String number, @Parameter(required = true) @QueryParam("reason") String reason) {
        return cards.revoke(number, reason);
    }
}
