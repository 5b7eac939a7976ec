package be.ptrpas.platform.callback;

import be.ptrpas.platform.common.metrics.LabelledCounters;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Vendor callbacks refused at the public address, per reason: a rise in forged or unverifiable calls, or in calls over
 * the rate limit, is an attack or a vendor with a wrong secret. Not labelled by municipality or slot, so that the
 * metrics cannot tell which channels a municipality uses either.
 */
@ApplicationScoped
public class CallbackMetrics {

    enum Reason {
        NOT_VERIFIED,
        RATE_LIMITED,
        TOO_LARGE,
        OTHER
    }

    @Inject
    MetricRegistry registry;

    private LabelledCounters<Reason> rejected;

    /** Created with the application, so that /metrics lists these series (at zero) before the first event. */
    void createdWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // nothing to do: being called makes CDI create the bean, whose @PostConstruct registers the metrics
    }

    @PostConstruct
    void register() {
        rejected = new LabelledCounters<>(
                registry,
                "ptr_callbacks_rejected",
                "Vendor callbacks refused at the public address, per reason",
                "reason",
                Reason.class);
    }

    void rejected(ProblemException refusal) {
        rejected.increment(reason(refusal.type()));
    }

    static Reason reason(ProblemType type) {
        if (type == ProblemType.CALLBACK_REJECTED || type == ProblemType.NOT_FOUND) {
            return Reason.NOT_VERIFIED;
        }
        if (type == ProblemType.TOO_MANY_REQUESTS) {
            return Reason.RATE_LIMITED;
        }
        return type == ProblemType.CONTENT_TOO_LARGE ? Reason.TOO_LARGE : Reason.OTHER;
    }
}
