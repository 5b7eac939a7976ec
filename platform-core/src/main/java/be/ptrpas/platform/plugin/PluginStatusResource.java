package be.ptrpas.platform.plugin;

import be.ptrpas.platform.audit.NoPersonalData;
import be.ptrpas.platform.common.web.PageSize;
import be.ptrpas.platform.plugin.runtime.CircuitBreakers;
import be.ptrpas.platform.plugin.runtime.PluginFailure;
import be.ptrpas.platform.plugin.runtime.PluginFailureLog;
import be.ptrpas.platform.plugin.runtime.PluginInvoker;
import be.ptrpas.platform.security.Roles;
import be.ptrpas.platform.tenancy.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("v1/tenants/{nis}/plugin-status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plug-in settings")
@SecurityRequirement(name = "jwt")
public class PluginStatusResource {

    @Inject
    PluginSettingService settings;

    @Inject
    PluginInvoker invoker;

    @Inject
    PluginFailureLog failures;

    @Inject
    FailedCallbacks failedCallbacks;

    @Inject
    CurrentTenant currentTenant;

    /** How one configured slot is doing: its circuit breaker, as seen by this instance. */
    public record SlotStatus(
            String slot,
            String providerId,
            boolean enabled,
            String circuit,
            int consecutiveFailures,
            Instant pausedUntil) {}

    public record FailureView(
            String slot, String pluginId, String operation, String kind, String message, Instant occurredAt) {}

    public record CallbackView(
            String id,
            String slot,
            String status,
            int deliveries,
            int attempts,
            String lastError,
            Instant receivedAt,
            Instant processedAt) {}

    public record Status(
            List<SlotStatus> slots, List<FailureView> recentFailures, List<CallbackView> failedCallbacks) {}

    @GET
    @NoPersonalData("plug-in health: failures name vendors' ids, never people")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Health of the municipality's plug-ins: circuit breakers, recent failures, failed callbacks")
    public Status status(@PathParam("nis") String nis, @QueryParam("limit") Integer limit) {
        int max = PageSize.of(limit, 50, 500);
        String tenant = currentTenant.require();
        List<SlotStatus> slots = settings.list().stream()
                .map(setting -> {
                    CircuitBreakers.Status breaker = invoker.breakerStatus(tenant, setting.providerId());
                    return new SlotStatus(
                            setting.slot(),
                            setting.providerId(),
                            setting.enabled(),
                            breaker.state().name(),
                            breaker.consecutiveFailures(),
                            breaker.openUntil());
                })
                .toList();
        List<FailureView> recent =
                failures.recent(max).stream().map(PluginStatusResource::view).toList();
        return new Status(slots, recent, failedCallbacks.recent(max));
    }

    private static FailureView view(PluginFailure failure) {
        return new FailureView(
                failure.slot(),
                failure.pluginId(),
                failure.operation(),
                failure.kind().name(),
                failure.message(),
                failure.occurredAt());
    }
}
