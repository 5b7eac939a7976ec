package be.ptrpas.platform.me;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.company.CompanyMandates;
import be.ptrpas.platform.pass.PassHolders;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The companies the signed-in citizen may act for (company mode, F-15), so the page can switch between them. */
@Path("v1/me/companies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.CITIZEN)
public class MyCompaniesResource {

    @Inject
    CompanyMandates mandates;

    @Inject
    PassHolders holders;

    @GET
    @PersonalDataRead("company-mandates")
    @Operation(
            summary = "The companies I may act for",
            description = "The companies my token names that the enterprise register confirms I manage, with the"
                    + " register's name and my role; use one as ?company= on the pass.")
    @APIResponse(
            responseCode = "503",
            description = "enterprise-register-unavailable: no municipality's enterprise register could be asked")
    public List<CompanyMandates.Mandate> companies() {
        holders.readFor(null); // the person is the subject of this read (their mandates)
        return mandates.confirmedCompanies();
    }
}
