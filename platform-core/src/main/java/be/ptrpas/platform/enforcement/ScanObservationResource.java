package be.ptrpas.platform.enforcement;

import be.ptrpas.platform.audit.PersonalDataRead;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.web.PageSize;
import be.ptrpas.platform.security.Roles;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/scan-observations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enforcement")
@SecurityRequirement(name = "jwt")
public class ScanObservationResource {

    @Inject
    TenantEntityManager tenantEm;

    /** An observation and what it led to. */
    public record ObservationView(
            String id,
            String vendor,
            String observationId,
            String batchId,
            String device,
            String plateAsRead,
            String country,
            Instant observedAt,
            double latitude,
            double longitude,
            String photoRef,
            String outcome,
            String zone,
            String detail,
            String chargeId,
            Instant processedAt) {
        static ObservationView of(ScanObservation o) {
            return new ObservationView(
                    o.id(),
                    o.pluginId(),
                    o.observationId(),
                    o.batchId(),
                    o.deviceId(),
                    o.plate(),
                    o.country(),
                    o.observedAt(),
                    o.latitude(),
                    o.longitude(),
                    o.photoRef(),
                    o.status(),
                    o.zoneCode(),
                    o.outcomeDetail(),
                    o.chargeId(),
                    o.processedAt());
        }
    }

    @GET
    @PersonalDataRead("scan-observation")
    @Transactional
    @RolesAllowed({Roles.CLERK, Roles.ADMIN})
    @Operation(summary = "Scan-car observations, newest first, by outcome (UNREADABLE and NO_TARIFF need a clerk)")
    public List<ObservationView> list(
            @PathParam("nis") String nis, @QueryParam("outcome") String outcome, @QueryParam("limit") Integer limit) {
        if (outcome != null
                && Arrays.stream(ScanOutcome.values()).noneMatch(o -> o.name().equals(outcome))) {
            throw ProblemException.invalid("outcome", "must be one of " + Arrays.toString(ScanOutcome.values()));
        }
        var query = tenantEm.get()
                .createQuery(
                        "select o from ScanObservation o" + (outcome == null ? "" : " where o.status = :outcome")
                                + " order by o.observedAt desc, o.id",
                        ScanObservation.class)
                .setMaxResults(PageSize.of(limit, 100, 1000));
        if (outcome != null) {
            query.setParameter("outcome", outcome);
        }
        return query.getResultStream().map(ObservationView::of).toList();
    }
}
