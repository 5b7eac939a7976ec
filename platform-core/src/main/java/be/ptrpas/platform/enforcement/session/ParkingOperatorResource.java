package be.ptrpas.platform.enforcement.session;

import be.ptrpas.platform.audit.NoPersonalData;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/parking-operators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parking sessions", description = "Paid parking sessions sold by admitted app and SMS parking operators")
@SecurityRequirement(name = "jwt")
public class ParkingOperatorResource {

    @Inject
    ParkingOperatorService operators;

    @GET
    @NoPersonalData("admitted parking operators are companies")
    @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.OPERATOR})
    @Operation(summary = "The parking operators this municipality admits")
    public List<ParkingOperatorView> list(@PathParam("nis") String nis) {
        return operators.list();
    }

    @GET
    @NoPersonalData("an admitted parking operator is a company")
    @Path("{operatorId}")
    @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.OPERATOR})
    @Operation(summary = "One admitted parking operator")
    public ParkingOperatorView get(@PathParam("nis") String nis, @PathParam("operatorId") String operatorId) {
        return operators.get(operatorId);
    }

    @PUT
    @Path("{operatorId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(
            summary = "Admit a parking operator (201), or rename an admitted one (200)",
            description =
                    "operatorId is the id the operator's tokens carry (claim operator_id by default). Until it is "
                            + "admitted, the operator's calls to this municipality get 403 parking-operator-not-admitted.")
    @APIResponseSchema(
            value = ParkingOperatorView.class,
            responseCode = "201",
            responseDescription = "The operator, newly admitted")
    @APIResponse(responseCode = "200", description = "The admitted operator, renamed")
    public Response admit(
            @PathParam("nis") String nis,
            @PathParam("operatorId") String operatorId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ParkingOperatorDetails details) {
        ParkingOperatorService.Admitted admitted = operators.admit(operatorId, details, Versions.expected(ifMatch));
        return Response.status(admitted.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(admitted.operator())
                .build();
    }

    @DELETE
    @Path("{operatorId}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(
            summary = "Withdraw an operator's admission",
            description = "From now on it cannot start, see or change sessions here; sessions it sold stay rights "
                    + "until their end.")
    @APIResponse(responseCode = "204", description = "The operator is no longer admitted")
    public Response withdraw(
            @PathParam("nis") String nis,
            @PathParam("operatorId") String operatorId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        operators.withdraw(operatorId, Versions.expected(ifMatch));
        return Response.noContent().build();
    }
}
