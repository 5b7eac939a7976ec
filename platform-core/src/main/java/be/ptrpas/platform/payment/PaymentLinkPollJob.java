package be.ptrpas.platform.payment;

import be.ptrpas.platform.background.TenantJob;
import be.ptrpas.platform.persistence.TenantsWithWork;
import be.ptrpas.platform.persistence.WorkProbe;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.PluginCallException;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.payment.PaymentLinkSnapshot;
import be.ptrpas.spi.payment.PaymentProvider;
import be.ptrpas.spi.payment.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks the provider about open payment links: a payment made through a link carries the provider's payment id, not
 * the link's, so a webhook about it cannot name the link. Runs every {@code ptr.payments.link-poll-seconds}
 * (default 300) per municipality, and sooner — but at most every 10 s — when a webhook names a payment the platform
 * does not know, which is what a link being paid looks like.
 */
@ApplicationScoped
public class PaymentLinkPollJob implements TenantJob {

    private static final int BATCH = 50;
    private static final Duration SOONEST = Duration.ofSeconds(10);

    @Inject
    Clock clock;

    @Inject
    TenantPlugins plugins;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    TenantsWithWork tenantsWithWork;

    @Inject
    PaymentStatusUpdates statusUpdates;

    @Inject
    PaymentLinkPollJob self;

    @Inject
    @ConfigProperty(name = "ptr.payments.link-poll-seconds", defaultValue = "300")
    long pollSeconds;

    private final Map<String, Instant> nextRun = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastRun = new ConcurrentHashMap<>();

    /** A webhook named an unknown payment: look at the open links soon. */
    public void soon(String nis) {
        Instant earliest = lastRun.getOrDefault(nis, Instant.EPOCH).plus(SOONEST);
        nextRun.put(nis, earliest);
    }

    /**
     * The municipalities whose poll is due (from memory) and that have open links (one query across municipalities,
     * asked only when a poll is due somewhere).
     */
    @Override
    public Set<String> withWork(Collection<String> municipalities, Instant now) {
        Set<String> due = municipalities.stream().filter(nis -> due(nis, now)).collect(Collectors.toSet());
        if (!due.isEmpty()) {
            due.retainAll(tenantsWithWork.find(WorkProbe.OPEN_PAYMENT_LINKS, now));
        }
        return due;
    }

    private boolean due(String nis, Instant now) {
        return !now.isBefore(nextRun.getOrDefault(nis, Instant.EPOCH));
    }

    @Override
    public void runFor(String nis) {
        Instant now = clock.instant();
        if (!due(nis, now)) {
            return;
        }
        lastRun.put(nis, now);
        nextRun.put(nis, now.plusSeconds(pollSeconds));
        List<String> open = self.openLinks(now);
        if (open.isEmpty()) {
            return;
        }
        Optional<ActivePlugin<PaymentProvider>> provider = plugins.find(PluginSlot.PAYMENT, PaymentProvider.class);
        if (provider.isEmpty()) {
            return;
        }
        for (String id : open) {
            String linkId = self.providerLinkId(id);
            try {
                PaymentLinkSnapshot snapshot = provider.get().call("fetchPaymentLink", p -> p.fetchPaymentLink(linkId));
                if (snapshot.status() != PaymentStatus.OPEN) {
                    self.apply(id, snapshot);
                }
            } catch (PluginCallException e) {
                // Recorded by the invoker; the next round tries again.
            }
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> openLinks(Instant now) {
        return tenantEm.get()
                .createQuery(
                        "select p.id from Payment p where p.kind = :link and p.status = :open "
                                + "order by p.updatedAt",
                        String.class)
                .setParameter("link", Payment.Kind.LINK)
                .setParameter("open", PaymentStatus.OPEN)
                .setMaxResults(BATCH)
                .getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String providerLinkId(String id) {
        return tenantEm.get().find(Payment.class, id).providerPaymentId();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void apply(String id, PaymentLinkSnapshot snapshot) {
        Payment link = tenantEm.get().find(Payment.class, id);
        if (link != null) {
            statusUpdates.applyLink(link, snapshot);
        }
    }
}
