package be.ptrpas.platform.messaging;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Messages",
        description = "Messages to citizens through the municipality's channels, delivered by the outbox")
@SecurityRequirement(name = "jwt")
public class MessageResource {

    static final String EXAMPLE = """
            {"channel": "sms", "recipient": {"name": "An Peeters", "phone": "+32470123456", "language": "nl"},
             "template": "payment-request", "parameters": {"subject": "Betaalverzoek", "body": "Betaal 24,50 euro.",
             "amount": "24,50", "reference": "+++090/9337/55493+++", "paymentUrl": "https://ptr-pas.be/p/1"},
             "dedupeKey": "permit-42-payment-request"}""";

    @Inject
    MessageService messages;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(
            summary = "Queue a message to a citizen",
            description = "The channel checks the recipient now; the "
                    + "outbox delivers later, with retries. The same dedupe key (or Idempotency-Key) never sends twice: the "
                    + "first message is returned with 200 instead of 202.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "SMS", value = EXAMPLE)))
    @APIResponseSchema(
            value = MessageView.class,
            responseCode = "202",
            responseDescription = "The message, queued for delivery")
    @APIResponse(
            responseCode = "200",
            description = "A retry with the same Idempotency-Key and request: the first answer again")
    public Response send(
            @PathParam("nis") String nis,
            @Parameter(
                            description =
                                    "Optional: a retry with the same key gets the first answer; the body's dedupeKey, when given, wins")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            MessageRequest request) {
        MessageService.Queued queued = messages.send(request, idempotencyKey);
        return Response.status(queued.existing() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(queued.message())
                .build();
    }

    @GET
    @PersonalDataRead("message")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Recent messages, newest first; status=dead lists the dead letters")
    public List<MessageView> list(
            @PathParam("nis") String nis, @QueryParam("status") String status, @QueryParam("limit") Integer limit) {
        return messages.list(status, PageSize.of(limit, 100, 500));
    }

    @GET
    @PersonalDataRead(value = "message", idParam = "id")
    @Path("{id}")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "One message and its delivery state")
    public MessageView get(@PathParam("nis") String nis, @PathParam("id") String id) {
        return messages.get(id);
    }

    @POST
    @Path("{id}/retry")
    @RolesAllowed({Roles.ADMIN})
    @Operation(summary = "Send a dead message again")
    public MessageView retry(@PathParam("nis") String nis, @PathParam("id") String id) {
        return messages.retry(id);
    }

    @GET
    @PersonalDataRead("message-reply")
    @Path("replies")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Replies citizens sent through the channels, newest first")
    public List<InboundMessageView> replies(@PathParam("nis") String nis, @QueryParam("limit") Integer limit) {
        return messages.replies(PageSize.of(limit, 100, 500));
    }
}
