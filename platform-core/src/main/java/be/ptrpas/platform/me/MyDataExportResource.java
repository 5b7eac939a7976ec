package be.ptrpas.platform.me;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.problem.ProblemResponses;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.pass.MyPassResource;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassHolders;
import be.ptrpas.platform.security.Roles;
import be.ptrpas.spi.belgian.NationalNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** My data export: everything the platform holds about me, as one JSON document (GDPR Art. 15 and 20). */
@Path("v1/me/data-export")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.CITIZEN)
public class MyDataExportResource {

    @Inject
    PassHolders holders;

    @Inject
    DataExports exports;

    @Inject
    ExportRateLimit rateLimit;

    @GET
    @PersonalDataRead("data-export")
    @Operation(
            summary = "Everything the platform holds about me, as one JSON document (an attachment)",
            description = "Pass items with details and timelines, preferences, disabled-person cards, the companies I"
                    + " act for and the access log; the shape is stable per schemaVersion. One export a minute.")
    @APIResponse(
            responseCode = "200",
            description = "The export, as an attachment",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DataExport.class)))
    @APIResponse(responseCode = "422", description = "export-too-large: too much data for one export")
    @APIResponse(responseCode = "429", description = "too-many-requests: one export a minute; Retry-After says when")
    public Response export(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        PassHolder person = holders.readFor(null);
        Optional<Duration> wait = rateLimit.take(holders.keyOf(person));
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            return Response.fromResponse(ProblemResponses.of(
                            ProblemType.TOO_MANY_REQUESTS,
                            "You asked for an export less than a minute ago; try again in " + seconds + " s.",
                            null))
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .build();
        }
        DataExport export =
                exports.of(NationalNumber.require(person.number()), MyPassResource.language(acceptLanguage));
        String day = LocalDate.ofInstant(export.generatedAt(), ZoneOffset.UTC).toString();
        return Response.ok(export)
                .header("Content-Disposition", "attachment; filename=\"ptr-pas-data-" + day + ".json\"")
                .build();
    }
}
