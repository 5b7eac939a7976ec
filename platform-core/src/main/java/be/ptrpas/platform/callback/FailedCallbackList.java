package be.ptrpas.platform.callback;

import be.ptrpas.platform.plugin.FailedCallbacks;
import be.ptrpas.platform.plugin.PluginStatusResource.CallbackView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The callbacks given up on (FAILED), for the plug-in status page. */
@ApplicationScoped
public class FailedCallbackList implements FailedCallbacks {

    @Inject
    CallbackService callbacks;

    @Override
    public List<CallbackView> recent(int limit) {
        return callbacks.recent(InboundEvent.Status.FAILED.name(), limit).stream()
                .map(event -> new CallbackView(
                        event.id(),
                        event.slot(),
                        event.status().name(),
                        event.deliveries(),
                        event.attempts(),
                        event.lastError(),
                        event.receivedAt(),
                        event.processedAt()))
                .toList();
    }
}
