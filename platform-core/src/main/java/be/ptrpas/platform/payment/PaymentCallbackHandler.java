package be.ptrpas.platform.payment;

import be.ptrpas.platform.callback.CallbackHandler;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.payment.PaymentNotice;
import be.ptrpas.spi.payment.PaymentProvider;
import be.ptrpas.spi.payment.PaymentSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Payment webhooks. Whatever the webhook claims, the status comes from asking the provider (fetch to confirm): a
 * webhook is a hint that something changed, never the truth itself. Replays and out-of-order webhooks therefore
 * change nothing twice.
 */
@ApplicationScoped
public class PaymentCallbackHandler implements CallbackHandler {

    private static final Logger LOG = Logger.getLogger(PaymentCallbackHandler.class.getName());

    @Inject
    TenantPlugins plugins;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    PaymentStatusUpdates statusUpdates;

    @Inject
    PaymentCallbackHandler self;

    @Inject
    PaymentLinkPollJob linkPoll;

    @Inject
    CurrentTenant currentTenant;

    @Override
    public boolean handles(PluginSlot slot) {
        return slot == PluginSlot.PAYMENT;
    }

    @Override
    public String verify(PluginSlot slot, InboundRequest request) {
        ActivePlugin<PaymentProvider> provider = plugins.require(slot, PaymentProvider.class);
        provider.callChecked("parseWebhook", p -> p.parseWebhook(request));
        return provider.pluginId();
    }

    @Override
    public void process(PluginSlot slot, InboundRequest request) {
        ActivePlugin<PaymentProvider> provider = plugins.require(slot, PaymentProvider.class);
        PaymentNotice notice = provider.callChecked("parseWebhook", p -> p.parseWebhook(request));
        PaymentSnapshot snapshot = provider.call("fetchPayment", p -> p.fetchPayment(notice.providerPaymentId()));
        self.apply(provider.pluginId(), snapshot);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void apply(String pluginId, PaymentSnapshot snapshot) {
        tenantEm.get()
                .createQuery(
                        "select p from Payment p where p.pluginId = :plugin and p.providerPaymentId = :id",
                        Payment.class)
                .setParameter("plugin", pluginId)
                .setParameter("id", snapshot.providerPaymentId())
                .getResultStream()
                .findFirst()
                .ifPresentOrElse(payment -> statusUpdates.apply(payment, snapshot), () -> {
                    // Not one of ours by id: most likely a payment made through one of our payment links.
                    LOG.fine(() -> "Webhook about payment " + snapshot.providerPaymentId() + ": checking open links");
                    linkPoll.soon(currentTenant.require());
                });
    }
}
