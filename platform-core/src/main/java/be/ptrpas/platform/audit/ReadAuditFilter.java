package be.ptrpas.platform.audit;

import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.tenancy.CurrentTenant;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;

/**
 * Records every successful call of a {@link PersonalDataRead} method in the read audit, before the answer's body is
 * written: JAX-RS runs response filters before the entity is serialised, and a refusal thrown here replaces the answer
 * with a problem. Before the method runs, a stated purpose that cannot be recorded is refused, so nothing is read for
 * a request that would be refused afterwards. Refused and failed calls (4xx/5xx) disclose nothing and are not recorded.
 */
@Provider
@PersonalDataRead("")
// After the access filter (it fixes who calls and for which municipality) and any other request filter.
@Priority(Priorities.USER + 500)
public class ReadAuditFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String PURPOSE = ReadAuditFilter.class.getName() + ".purpose";

    @Context
    ResourceInfo resourceInfo;

    @Inject
    Caller caller;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    ReadJournal journal;

    @Inject
    Clock clock;

    @Inject
    PlatformRegisterReads registerReads;

    @Inject
    ReadSubjects subjects;

    @Override
    public void filter(ContainerRequestContext request) {
        String stated = ReadPurpose.stated(request.getHeaderString(ReadPurpose.HEADER));
        if (stated != null) {
            request.setProperty(PURPOSE, stated);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            return;
        }
        PersonalDataRead marker = resourceInfo.getResourceMethod() == null
                ? null
                : resourceInfo.getResourceMethod().getAnnotation(PersonalDataRead.class);
        if (marker == null) {
            return; // the filter is bound to marked methods only; an error page has no resource method
        }
        String role = caller.auditRole();
        String stated = (String) request.getProperty(PURPOSE);
        String id = marker.idParam().isEmpty()
                ? null
                : request.getUriInfo().getPathParameters().getFirst(marker.idParam());
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String purpose = stated != null ? stated : ReadPurpose.ofRole(role);
        List<String> about = subjects.noted();
        // One record per person whose data the answer disclosed, so each can find it in their access log; a read
        // that noted nobody is recorded once, without a subject.
        for (String subject : about.isEmpty() ? Collections.<String>singletonList(null) : about) {
            journal.record(new ReadRecord(
                    currentTenant.get().orElse(null),
                    at,
                    caller.auditActor(),
                    role,
                    marker.value(),
                    id,
                    query,
                    purpose,
                    stated != null,
                    subject));
        }
        for (String register : registerReads.resources()) {
            // In the register's own trail the request names the municipality it was read for.
            String asked = request.getUriInfo().getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
            journal.record(new ReadRecord(
                    null, at, caller.auditActor(), role, register, null, asked, purpose, stated != null, null));
        }
    }
}
