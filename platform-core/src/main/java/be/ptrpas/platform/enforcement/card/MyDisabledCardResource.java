package be.ptrpas.platform.enforcement.card;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.pass.PassHolders;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.security.Roles;
import be.ptrpas.spi.belgian.NationalNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The card holder's side: their own cards and the plates linked to them. A card of someone else answers 404, as if
 * it did not exist.
 */
@Path("v1/me/disabled-cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.CITIZEN)
public class MyDisabledCardResource {

    @Inject
    DisabledCardService cards;

    @Inject
    Caller caller;

    @Inject
    PassHolders holders;

    @GET
    @PersonalDataRead("disabled-card")
    @Operation(summary = "My disabled-person parking cards with their linked plates")
    public List<DisabledCardView> mine() {
        String holder = caller.nationalNumber()
                .map(NationalNumber::value)
                .orElseThrow(
                        () -> new ProblemException(ProblemType.FORBIDDEN, "Your token carries no national number."));
        holders.readFor(null); // the holder is the subject of this read: their access log shows it
        return cards.ofHolder(holder, 20);
    }

    @GET
    @PersonalDataRead(value = "disabled-card", idParam = "number")
    @Path("{number}")
    @Operation(summary = "One of my cards, with its history")
    public DisabledCardView one(@PathParam("number") String number) {
        DisabledCardView card = cards.mine(number);
        holders.readFor(null);
        return card;
    }

    @POST
    @Path("{number}/plates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Link a plate to my card (at most 3); linking a linked plate again changes nothing")
    public DisabledCardView link(@PathParam("number") String number, PlateLink link) {
        return cards.linkPlate(number, link);
    }

    @DELETE
    @Path("{number}/plates/{plate}")
    @Operation(summary = "Unlink a plate from my card; the car has no card right from now on")
    public DisabledCardView unlink(
            @PathParam("number") String number,
            @PathParam("plate") String plate,
            @QueryParam("country") String country) {
        return cards.unlinkPlate(number, plate, country);
    }
}
