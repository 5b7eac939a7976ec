package be.ptrpas.platform.gas;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.PageSize;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.gas.GasProcedure.Action;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassHolders;
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
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GAS 4 / GAS 5 fines. Clerks (and wardens, for what they find in the street) register; clerks record what happens
 * (notification, defence, driver designation, payment, appeal and its outcome, hand-over to collection); only the
 * sanctioning official decides; admins read. Every step needs an Idempotency-Key (a retry gets the first answer) and
 * takes If-Match (the ETag of the fine as read).
 */
@Path("v1/tenants/{nis}/gas-fines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "GAS fines", description = "Municipal administrative sanctions: GAS 4 (parking) and GAS 5 (speeding)")
@SecurityRequirement(name = "jwt")
public class GasFineResource {

    static final String REPLAYED = "Idempotent-Replayed";
    private static final String STEP = "Needs an Idempotency-Key header (a retry with the same key and body gets the "
            + "first answer); If-Match with the fine's ETag is checked when sent. A step the procedure does not allow "
            + "in the fine's state is refused with 409 gas-transition-not-allowed.";

    @Inject
    PassHolders holders;

    @Inject
    GasFineService fines;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.WARDEN})
    @Operation(
            summary = "Register a GAS 4 or GAS 5 fine (state REGISTERED); the amount follows from the tariff",
            description = "Needs an Idempotency-Key header; a retry returns the first answer with 200.")
    @APIResponseSchema(value = GasFineView.class, responseCode = "201", responseDescription = "The fine as registered")
    @APIResponse(
            responseCode = "200",
            description = "A retry with the same Idempotency-Key and request: the first answer again")
    public Response register(
            @PathParam("nis") String nis, @HeaderParam("Idempotency-Key") String key, GasFineDetails details) {
        GasFineService.Answer answer = fines.register(details, key);
        return answered(answer, answer.replayed() ? Response.Status.OK : Response.Status.CREATED);
    }

    @GET
    @PersonalDataRead("gas-fine")
    @RolesAllowed({Roles.CLERK, Roles.OFFICIAL, Roles.ADMIN})
    @Operation(summary = "GAS fines, newest offence first: by state, or of one plate")
    public List<GasFineView> list(
            @PathParam("nis") String nis,
            @QueryParam("state") String state,
            @QueryParam("plate") String plate,
            @QueryParam("country") String country,
            @QueryParam("limit") Integer limit) {
        PlateNumber parsed = null;
        if (plate != null) {
            parsed = PlateNumber.parse(plate, country)
                    .orElseThrow(() -> ProblemException.invalid("plate", "is not a plate (e.g. 1-ABC-123)"));
        }
        GasProcedure.State wanted = null;
        if (state != null) {
            wanted = Arrays.stream(GasProcedure.State.values())
                    .filter(s -> s.name().equals(state))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.invalid(
                            "state", "must be one of " + Arrays.toString(GasProcedure.State.values())));
        }
        List<GasFineView> found = fines.list(wanted, parsed, PageSize.of(limit, 100, 1000));
        found.forEach(this::noteOffender);
        return found;
    }

    @GET
    @PersonalDataRead(value = "gas-fine", idParam = "id")
    @Path("{id}")
    @RolesAllowed({Roles.CLERK, Roles.OFFICIAL, Roles.ADMIN})
    @Operation(summary = "One GAS fine with its history")
    public GasFineView get(@PathParam("nis") String nis, @PathParam("id") String id) {
        GasFineView fine = fines.get(id);
        noteOffender(fine);
        return fine;
    }

    /** The offender is the subject of the read: their access log shows who of the municipality read the fine. */
    private void noteOffender(GasFineView fine) {
        if (fine.offender() != null) {
            PassHolder.of(fine.offender().nationalNumber(), fine.offender().companyNumber())
                    .ifPresent(holders::noteRead);
        }
    }

    @POST
    @Path("{id}/notification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK})
    @Operation(
            summary = "Record that the offender (or the designated driver) was notified: 30 days to pay or to "
                    + "file a defence",
            description = STEP)
    @APIResponseSchema(
            value = GasFineView.class,
            responseCode = "200",
            responseDescription = "The fine after this step (Idempotent-Replayed: true on a retry)")
    public Response notification(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("If-Match") String ifMatch,
            GasStepRequests.Notification body) {
        GasStepRequests.Notification b = body == null ? new GasStepRequests.Notification(null, null, null) : body;
        Violations v = new Violations();
        GasFine.Party addressee = GasFineService.party(v, "addressee", b.addressee(), true);
        v.maxLength("note", b.note(), 300);
        v.throwIfAny();
        return step(
                id,
                Action.NOTIFY,
                new GasFineService.Step(b.date(), text("notified", b.note()), addressee, null),
                body,
                key,
                ifMatch);
    }

    @POST
    @Path("{id}/defence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK})
    @Operation(
            summary = "Record a defence filed within the 30-day term; the official decides on it",
            description = STEP)
    @APIResponseSchema(
            value = GasFineView.class,
            responseCode = "200",
            responseDescription = "The fine after this step (Idempotent-Replayed: true on a retry)")
    public Response defence(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("If-Match") String ifMatch,
            GasStepRequests.Defence body) {
        GasStepRequests.Defence b = body == null ? new GasStepRequests.Defence(null, null) : body;
        Violations v = new Violations();
        if (v.required("summary", b.summary())) {
            v.maxLength("summary", b.summary(), GasFineService.MAX_TEXT);
        }
        v.throwIfAny();
        return step(
                id,
                Action.FILE_DEFENCE,
                new GasFineService.Step(b.date(), "defence: " + b.summary().strip(), null, null),
                body,
                key,
                ifMatch);
    }

    @POST
    @Path("{id}/driver-designation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK})
    @Operation(
            summary = "GAS 5: the holder named the driver; the fine is re-addressed and must be notified to the "
                    + "driver",
            description = STEP)
    @APIResponseSchema(
            value = GasFineView.class,
            responseCode = "200",
            responseDescription = "The fine after this step (Idempotent-Replayed: true on a retry)")
    public Response driverDesignation(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("If-Match") String ifMatch,
            GasStepRequests.DriverDesignation body) {
        GasStepRequests.DriverDesignation b =
                body == null ? new GasStepRequests.DriverDesignation(null, null, null) : body;
        Violations v = new Violations();
        GasFine.Party driver = null;
        if (v.required("driver", b.driver())) {
            driver = GasFineService.party(v, "driver", b.driver(), false);
            v.required("driver.name", b.driver().name());
        }
        v.maxLength("note", b.note(), 300);
        v.throwIfAny();
        return step(
                id,
                Action.DESIGNATE_DRIVER,
                new GasFineService.Step(b.date(), text("driver designated: " + driver.name(), b.note()), driver, null),
                body,
                key,
                ifMatch);
    }

    @POST
    @Path("{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK})
    @Operation(
            summary = "Record the payment of the fine (while notified, decided or after a rejected appeal; never "
                    + "after the hand-over to collection)",
            description = STEP)
    @APIResponseSchema(
            value = GasFineView.class,
            responseCode = "200",
            responseDescription = "The fine after this step (Idempotent-Replayed: true on a retry)")
    public Response payment(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("If-Match") String ifMatch,
            GasStepRequests.Payment body) {
        GasStepRequests.Payment b = body == null ? new GasStepRequests.Payment(null, null, null) : body;
        Violations v = new Violations();
        BigDecimal amount = b.amount();
        if (amount != null
                && (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2)) {
            v.add("amount", "must be a positive amount in euro with at most 2 decimals");
        }
        v.maxLength("reference", b.reference(), 100);
        v.throwIfAny();
        return step(
                id,
                Action.PAY,
                new GasFineService.Step(
                        b.date(),
                        text("paid", b.reference() == null ? null : "reference " + b.reference()),
                        null,
                        amount),
                body,
                key,
                ifMatch);
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICIAL})
    @Operation(
            summary = "The sanctioning official's decision: ACCEPT the defence (the fine is CLOSED) or REJECT it "
                    + "(DECIDED: 30 days to pay, one month to appeal); without a defence only after the 30-day term",
            description = STEP)
    @APIResponseSchema(
            value = GasFineView.class,
            responseCode = "200",
            responseDescription = "The fine after this step (Idempotent-Replayed: true on a retry)")
    public Response decision(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("If-Match") String ifMatch,
            GasStepRequests.Decision body) {
        GasStepRequests.Decision b = body == null ? new GasStepRequests.Decision(null, null, null) : body;
        Violations v = new Violations();
        v.required("outcome", b.outcome());
        if (v.required("motivation", b.motivation())) {
            v.maxLength("motivation", b.motivation(), GasFineService.MAX_TEXT);
        }
        v.throwIfAny();
        boolean accept = b.outcome() == GasStepRequests.Decision.Outcome.ACCEPT;
        return step(
                id,
                accept ? Action.DECIDE_ACCEPT : Action.DECIDE_REJECT,
                new GasFineService.Step(
                        b.date(),
                        (accept ? "defence accepted: " : "fine imposed: ")
                                + b.motivation().strip(),
                        null,
                        null),
                body,
                key,
                ifMatch);
    }

    @POST
    @Path("{id}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK})
    @Operation(summary = "Record an appeal to the police court, within a month of the decision", description = STEP)
    @APIResponseSchema(
            value = GasFineView.class,
            responseCode = "200",
            responseDescription = "The fine after this step (Idempotent-Replayed: true on a retry)")
    public Response appeal(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("If-Match") String ifMatch,
            GasStepRequests.Appeal body) {
        GasStepRequests.Appeal b = body == null ? new GasStepRequests.Appeal(null, null, null) : body;
        Violations v = new Violations();
        v.maxLength("court", b.court(), 200);
        v.maxLength("note", b.note(), 300);
        v.throwIfAny();
        return step(
                id,
                Action.APPEAL,
                new GasFineService.Step(
                        b.date(),
                        text(b.court() == null ? "appealed" : "appealed to " + b.court(), b.note()),
                        null,
                        null),
                body,
                key,
                ifMatch);
    }

    @POST
    @Path("{id}/appeal-outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK})
    @Operation(
            summary = "Record the police court's judgment: GRANTED (the fine is CLOSED) or REJECTED (30 days to pay)",
            description = STEP)
    @APIResponseSchema(
            value = GasFineView.class,
            responseCode = "200",
            responseDescription = "The fine after this step (Idempotent-Replayed: true on a retry)")
    public Response appealOutcome(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("If-Match") String ifMatch,
            GasStepRequests.AppealOutcome body) {
        GasStepRequests.AppealOutcome b = body == null ? new GasStepRequests.AppealOutcome(null, null, null) : body;
        Violations v = new Violations();
        v.required("outcome", b.outcome());
        v.maxLength("note", b.note(), 300);
        v.throwIfAny();
        boolean granted = b.outcome() == GasStepRequests.AppealOutcome.Outcome.GRANTED;
        return step(
                id,
                granted ? Action.APPEAL_GRANTED : Action.APPEAL_REJECTED,
                new GasFineService.Step(
                        b.date(), text(granted ? "appeal granted" : "appeal rejected", b.note()), null, null),
                body,
                key,
                ifMatch);
    }

    @POST
    @Path("{id}/collection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK})
    @Operation(
            summary = "Hand an imposed fine to collection once its payment and appeal terms ran out unpaid",
            description = STEP)
    @APIResponseSchema(
            value = GasFineView.class,
            responseCode = "200",
            responseDescription = "The fine after this step (Idempotent-Replayed: true on a retry)")
    public Response collection(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("If-Match") String ifMatch,
            GasStepRequests.Collection body) {
        GasStepRequests.Collection b = body == null ? new GasStepRequests.Collection(null, null, null) : body;
        Violations v = new Violations();
        v.maxLength("collector", b.collector(), 200);
        v.maxLength("note", b.note(), 300);
        v.throwIfAny();
        return step(
                id,
                Action.HAND_TO_COLLECTION,
                new GasFineService.Step(
                        b.date(),
                        text(b.collector() == null ? "handed to collection" : "handed to " + b.collector(), b.note()),
                        null,
                        null),
                body,
                key,
                ifMatch);
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.OFFICIAL})
    @Operation(
            summary = "Cancel a fine (CLOSED). Clerks may cancel only a fine not yet notified; after that only "
                    + "the official; never one under appeal",
            description = STEP)
    @APIResponseSchema(
            value = GasFineView.class,
            responseCode = "200",
            responseDescription = "The fine after this step (Idempotent-Replayed: true on a retry)")
    public Response cancellation(
            @PathParam("nis") String nis,
            @PathParam("id") String id,
            @HeaderParam("Idempotency-Key") String key,
            @HeaderParam("If-Match") String ifMatch,
            GasStepRequests.Cancellation body) {
        GasStepRequests.Cancellation b = body == null ? new GasStepRequests.Cancellation(null, null) : body;
        Violations v = new Violations();
        if (v.required("reason", b.reason())) {
            v.maxLength("reason", b.reason(), GasFineService.MAX_TEXT);
        }
        v.throwIfAny();
        return step(
                id,
                Action.CANCEL,
                new GasFineService.Step(b.date(), "cancelled: " + b.reason().strip(), null, null),
                body,
                key,
                ifMatch);
    }

    private Response step(String id, Action action, GasFineService.Step step, Object body, String key, String ifMatch) {
        Long expected = Versions.expected(ifMatch);
        return answered(fines.step(id, action, step, body, key, expected), Response.Status.OK);
    }

    private static Response answered(GasFineService.Answer answer, Response.Status status) {
        Response.ResponseBuilder response = Response.status(status).entity(answer.fine());
        if (answer.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    private static String text(String what, String note) {
        return note == null || note.isBlank() ? what : what + ": " + note.strip();
    }
}
