package be.ptrpas.platform.preference;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.pass.PassHolders;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * My notification preferences (F-13): how the platform tells me about my PTR-pas items. Only ever the caller's own,
 * found by the national number in their token.
 */
@Path("v1/me/preferences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citizen")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.CITIZEN)
public class MyPreferencesResource {

    @Inject
    PreferenceService preferences;

    @Inject
    PassHolders holders;

    @GET
    @PersonalDataRead("citizen-preferences")
    @Operation(summary = "My language, contacts and the channels I want per kind of event")
    public PreferencesView mine() {
        holders.readFor(null); // the citizen is the subject of this read: their access log shows it
        return preferences.mine();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change my preferences (send If-Match with the version you read); a new e-mail address or "
                    + "mobile number takes effect once confirmed with the code sent to it, an opt-out at once")
    public PreferencesView update(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PreferencesUpdate update) {
        return preferences.update(update, Versions.expected(ifMatch));
    }

    @POST
    @Path("contacts/{channel}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm my new e-mail address (email) or mobile number (phone) with the code sent to it")
    public PreferencesView confirm(@PathParam("channel") String channel, ConfirmationCode code) {
        return preferences.confirm(channel, code);
    }
}
