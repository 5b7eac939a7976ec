package be.ptrpas.platform.banking;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.web.PageSize;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/bank-statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Bank statements",
        description = "camt.053 statements of the municipality's bank: transfers settled by their structured reference")
@SecurityRequirement(name = "jwt")
public class BankStatementResource {

    @Inject
    BankStatementService statements;

    /**
     * Any media type reaches the method, which refuses what is not XML itself: a 415 from JAX-RS's own matching would
     * come before the access check and tell a caller without the role what the endpoint takes.
     */
    @POST
    @RolesAllowed({Roles.ADMIN})
    @Operation(
            summary = "Import a camt.053 bank statement file",
            description =
                    "The body is the bank's XML file (camt.053.001.02 to .08). Each transaction is imported once: "
                            + "sending the same file again changes nothing and answers every entry DUPLICATE. The file is "
                            + "applied in one transaction: a refused file leaves nothing applied.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponseSchema(
            value = BankStatementResult.class,
            responseCode = "200",
            responseDescription = "What happened to each transaction")
    @APIResponse(
            responseCode = "400",
            description = "bank-statement-malformed: not well-formed XML, or not a statement")
    @APIResponse(
            responseCode = "409",
            description = "bank-statement-conflicting-entry: an entry contradicts the same entry")
    @APIResponse(responseCode = "413", description = "content-too-large: the file is larger than the limit")
    @APIResponse(responseCode = "415", description = "unsupported-media-type: not sent as application/xml")
    @APIResponse(
            responseCode = "422",
            description = "bank-statement-unsupported (another namespace) or bank-statement-invalid-amount")
    public BankStatementResult importStatement(
            @PathParam("nis") String nis, @HeaderParam("Content-Type") String contentType, InputStream body) {
        if (!isXml(contentType)) {
            throw new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "A bank statement is sent as application/xml (the bank's camt.053 file as it is).");
        }
        return statements.importStatement(body);
    }

    @GET
    @Path("review")
    @PersonalDataRead("bank-entry")
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(
            summary = "Bank transactions waiting for a person",
            description = "Unknown or invalid references, reversals with nothing to undo, batches that do not add up: "
                    + "with amount, dates, payer and the raw remittance. Newest booking first.")
    public List<ReviewItemView> review(@PathParam("nis") String nis, @QueryParam("limit") Integer limit) {
        return statements.review(PageSize.of(limit, 100, 1000));
    }

    static boolean isXml(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/xml") || type.equals("text/xml");
    }
}
