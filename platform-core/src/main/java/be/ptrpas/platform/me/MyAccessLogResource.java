package be.ptrpas.platform.me;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.web.PageSize;
import be.ptrpas.platform.pass.MyPassResource;
import be.ptrpas.platform.pass.PassHolders;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Access transparency: who read my personal data, in which municipality, when, why and what — from the read audit,
 * across every municipality. Reading it is itself a recorded read (and shows in the log as mine).
 */
@Path("v1/me/access-log")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.CITIZEN)
public class MyAccessLogResource {

    @Inject
    AccessLog log;

    @Inject
    PassHolders holders;

    @GET
    @PersonalDataRead("access-log")
    @Operation(
            summary = "Who read my personal data: where, when, why and what, newest first",
            description = "Readers are named by role or service (clerk, warden, platform, ...), my own reads as 'you'."
                    + " With ?company= the reads of a company's data that I may act for. Page with the cursor of the"
                    + " previous answer's next.")
    public AccessLogPage accessLog(
            @QueryParam("company") String company,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return log.page(
                holders.readFor(company),
                cursor,
                PageSize.of(limit, 20, AccessLog.MAX_PAGE),
                MyPassResource.language(acceptLanguage));
    }
}
