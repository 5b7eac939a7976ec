package be.ptrpas.platform.payment;

import be.ptrpas.platform.background.TenantJob;
import be.ptrpas.platform.common.metrics.TenantTally;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.payment.PaymentStatus;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Payments (and payment links) per state, for {@code /metrics}: open ones piling up, or failures rising, show a
 * provider in trouble before citizens call. Counted per municipality at most once per
 * {@code ptr.metrics.census-seconds} (default 60) on the background sweep.
 */
@ApplicationScoped
public class PaymentCensus implements TenantJob {

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    MetricRegistry registry;

    @Inject
    Clock clock;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PaymentCensus self;

    @Inject
    @ConfigProperty(name = "ptr.metrics.census-seconds", defaultValue = "60")
    long censusSeconds;

    private TenantTally<PaymentStatus> payments;

    @PostConstruct
    void register() {
        payments = new TenantTally<>(PaymentStatus.class, Duration.ofSeconds(censusSeconds));
        payments.register(registry, "ptr_payments", "Payments and payment links per state", "state");
    }

    /** From memory, no query: between two censuses a sweep's visit costs nothing for this job. */
    @Override
    public boolean mayHaveWork(Instant now) {
        return payments.due(currentTenant.require(), clock.instant());
    }

    @Override
    public void runFor(String nis) {
        if (payments.due(nis, clock.instant())) {
            self.count(nis);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void count(String nis) {
        Instant now = clock.instant();
        Map<PaymentStatus, Long> counts = new EnumMap<>(PaymentStatus.class);
        for (Object[] row : tenantEm.get().createQuery("select p.status, count(p) from Payment p group by p.status",
                Object[].class).getResultList()) {
            counts.put((PaymentStatus) row[0], ((Number) row[1]).longValue());
        }
        payments.record(nis, now, counts);
    }
}
