package be.ptrpas.platform.pass;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The citizen's PTR-pas: every item of the signed-in person (or of the company they act for) in every municipality.
 * An item of anyone else answers 404, as if it did not exist.
 */
@Path("v1/me/pass")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.CITIZEN)
public class MyPassResource {

    @Inject
    PassReader reader;

    @Inject
    PassElsewhere elsewhere;

    @Inject
    PassDocuments documents;

    @Inject
    PassHolders holders;

    @GET
    @PersonalDataRead("pass")
    @Operation(
            summary = "My pass: every item in every municipality, newest first",
            description = "Filter by kind, municipality (NIS), status and money state (repeat a parameter or separate"
                    + " values by commas); page with the cursor of the previous answer's next.")
    public PassPage pass(
            @QueryParam("kind") List<String> kinds,
            @QueryParam("municipality") List<String> municipalities,
            @QueryParam("status") List<String> statuses,
            @QueryParam("money") List<String> money,
            @QueryParam("company") String company,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        PassFilter filter = PassFilter.of(kinds, municipalities, statuses, money);
        PassHolder holder = holder(company);
        String language = language(acceptLanguage);
        PassPage page = reader.page(holder, filter, cursor, PageSize.of(limit, 20, PassReader.MAX_PAGE), language);
        return cursor == null || cursor.isBlank() ? elsewhere.add(page, holder, filter, language) : page;
    }

    @GET
    @Path("items/{id}")
    @PersonalDataRead(value = "pass-item", idParam = "id")
    @Operation(summary = "One item of my pass, with its details, timeline and documents")
    public PassItemDetail item(
            @PathParam("id") String id,
            @QueryParam("company") String company,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return reader.item(holder(company), id, language(acceptLanguage))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "Your pass has no item " + id + "."));
    }

    @GET
    @Path("items/{id}/document")
    // JSON too: a refusal (401, 403, 404) is a problem document whatever the caller accepts.
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @PersonalDataRead(value = "pass-item", idParam = "id")
    @APIResponse(
            responseCode = "200",
            description = "The item's PDF (PDF/A-1b)",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "not-found: no such item on my pass, or a kind without a document")
    @Operation(
            summary = "The PDF of one item of my pass",
            description = "With the transfer slip, the structured reference and the EPC QR code when something is due"
                    + " and the municipality has given its account.")
    public Response document(
            @PathParam("id") String id,
            @QueryParam("company") String company,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = language(acceptLanguage);
        PassItemDetail detail = reader.item(holder(company), id, language)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "Your pass has no item " + id + "."));
        if (!PassDocuments.hasDocument(detail.item().kind())) {
            throw new ProblemException(
                    ProblemType.NOT_FOUND,
                    "A " + detail.item().kind().name().toLowerCase().replace('_', ' ')
                            + " has no document; its details are in the pass.");
        }
        return Response.ok(documents.pdf(detail, language), "application/pdf")
                .header(
                        "Content-Disposition",
                        "inline; filename=\"" + detail.item().reference().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"")
                .build();
    }

    /** Whose pass (checked in {@link PassHolders}), noted as the subject of the read for their access log. */
    private PassHolder holder(String company) {
        return holders.readFor(company);
    }

    /** The reader's language from {@code Accept-Language}: nl, fr or en, Dutch when none of them is asked. */
    public static String language(String acceptLanguage) {
        if (acceptLanguage == null) {
            return "nl";
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage.length() > 200 ? "nl" : acceptLanguage);
        } catch (IllegalArgumentException e) {
            return "nl";
        }
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().length() >= 2 ? range.getRange().substring(0, 2) : "";
            if (language.equals("nl") || language.equals("fr") || language.equals("en")) {
                return language;
            }
        }
        return "nl";
    }
}
