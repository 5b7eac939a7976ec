package be.ptrpas.platform.payment;

import be.ptrpas.platform.common.metrics.Census;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.payment.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Payments (and payment links) per state, for {@code /metrics}: open ones piling up, or failures rising, show a
 * provider in trouble before citizens call.
 */
@ApplicationScoped
public class PaymentCensus implements Census<PaymentStatus> {

    private static final Metric<PaymentStatus> METRIC =
            new Metric<>("ptr_payments", "Payments and payment links per state", "state", PaymentStatus.class);

    @Inject
    TenantEntityManager tenantEm;

    @Override
    public Metric<PaymentStatus> metric() {
        return METRIC;
    }

    @Override
    public Map<PaymentStatus, Long> count() {
        return Census.counts(
                PaymentStatus.class,
                tenantEm.get()
                        .createQuery("select p.status, count(p) from Payment p group by p.status", Object[].class)
                        .getResultList());
    }
}
