package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.PageSize;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.security.Roles;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/retributions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retributions", description = "Charges for parking without a right, and the clerks' queues")
@SecurityRequirement(name = "jwt")
public class RetributionResource {

    @Inject
    RetributionService retributions;

    /** A clerk's decision on a retribution held for review. */
    public record Review(@Schema(required = true) String decision, String note) {}

    /** The holder a clerk found for a plate the register could not resolve. */
    public record Holder(@Schema(required = true) String holderId, String name) {}

    @GET
    @PersonalDataRead("retribution")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(
            summary = "Retributions, newest first: by status (REVIEW is the review queue), by holder status "
                    + "(UNRESOLVED is the queue of unknown and foreign plates), or of one plate")
    public List<RetributionView> list(
            @PathParam("nis") String nis,
            @QueryParam("status") String status,
            @QueryParam("holderStatus") String holderStatus,
            @QueryParam("plate") String plate,
            @QueryParam("country") String country,
            @QueryParam("limit") Integer limit) {
        String normalized = null;
        String plateCountry = null;
        if (plate != null) {
            PlateNumber parsed = PlateNumber.parse(plate, country)
                    .orElseThrow(() -> ProblemException.invalid("plate", "is not a plate (e.g. 1-ABC-123)"));
            normalized = parsed.normalized();
            plateCountry = parsed.country();
        }
        return retributions.list(
                parse("status", status, Retribution.Status.class),
                parse("holderStatus", holderStatus, Retribution.HolderStatus.class),
                normalized,
                plateCountry,
                PageSize.of(limit, 100, 1000));
    }

    @GET
    @PersonalDataRead(value = "retribution", idParam = "id")
    @Path("{id}")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "One retribution")
    public RetributionView get(@PathParam("nis") String nis, @PathParam("id") String id) {
        return retributions.get(id);
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Issue a retribution held for review, or cancel one (a retried decision changes nothing)")
    public RetributionView review(@PathParam("nis") String nis, @PathParam("id") String id, Review review) {
        if (review == null || review.decision() == null) {
            throw ProblemException.invalid("decision", "is required: ISSUE or CANCEL");
        }
        return retributions.review(id, review.decision(), review.note());
    }

    @POST
    @Path("{id}/holder")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Name the holder of a plate the vehicle register could not resolve")
    public RetributionView holder(@PathParam("nis") String nis, @PathParam("id") String id, Holder holder) {
        // Every problem at once: a clerk fixes the form in one round.
        Violations v = new Violations();
        String holderId = null;
        if (holder == null || holder.holderId() == null) {
            v.add("holderId", "is required: a national number or a company number");
        } else {
            holderId = NationalNumber.parse(holder.holderId())
                    .map(NationalNumber::value)
                    .or(() -> CompanyNumber.parse(holder.holderId()).map(CompanyNumber::value))
                    .orElse(null);
            if (holderId == null) {
                v.add("holderId", "is neither a valid national number nor a company number (mod-97 check)");
            }
        }
        if (holder != null && holder.name() != null && holder.name().length() > 200) {
            v.add("name", "at most 200 characters");
        }
        v.throwIfAny();
        return retributions.nameHolder(id, holderId, holder.name());
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst()
                .orElseThrow(() ->
                        ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
    }
}
