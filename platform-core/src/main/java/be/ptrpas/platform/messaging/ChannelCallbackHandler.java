package be.ptrpas.platform.messaging;

import be.ptrpas.platform.callback.CallbackHandler;
import be.ptrpas.platform.outbox.OutboxMessage;
import be.ptrpas.platform.outbox.OutboxRepository;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.PageResponse;
import be.ptrpas.spi.messaging.DeliveryReceipt;
import be.ptrpas.spi.messaging.InboundMessages;
import be.ptrpas.spi.messaging.InboundReply;
import be.ptrpas.spi.messaging.MessageChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Replies and delivery receipts of the message channels: each reply stored once, each receipt noted on its message. */
@ApplicationScoped
public class ChannelCallbackHandler implements CallbackHandler {

    @Inject
    Clock clock;

    @Inject
    TenantPlugins plugins;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    OutboxRepository outbox;

    @Inject
    ChannelCallbackHandler self;

    @Override
    public boolean handles(PluginSlot slot) {
        return slot.channelType() != null;
    }

    @Override
    public String verify(PluginSlot slot, InboundRequest request) {
        ActivePlugin<MessageChannel> channel = plugins.require(slot, MessageChannel.class);
        channel.callChecked("parseInbound", provider -> provider.parseInbound(request));
        return channel.pluginId();
    }

    @Override
    public void process(PluginSlot slot, InboundRequest request) {
        ActivePlugin<MessageChannel> channel = plugins.require(slot, MessageChannel.class);
        InboundMessages messages = channel.callChecked("parseInbound", provider -> provider.parseInbound(request));
        for (InboundReply reply : messages.replies()) {
            self.storeReply(slot, channel.pluginId(), reply);
        }
        for (DeliveryReceipt receipt : messages.receipts()) {
            outbox.recordReceipt(
                    slot.path(), receipt.providerMessageId(), receipt.status().name());
        }
    }

    @Override
    public Optional<PageResponse> answerVerification(PluginSlot slot, InboundRequest request) {
        ActivePlugin<MessageChannel> channel = plugins.require(slot, MessageChannel.class);
        return channel.call("answerVerification", provider -> provider.answerVerification(request));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void storeReply(PluginSlot slot, String pluginId, InboundReply reply) {
        boolean known = tenantEm.get()
                        .createQuery(
                                "select count(m) from InboundMessage m where m.slot = :slot "
                                        + "and m.providerMessageId = :id",
                                Long.class)
                        .setParameter("slot", slot.path())
                        .setParameter("id", reply.providerMessageId())
                        .getSingleResult()
                > 0;
        if (known) {
            return;
        }
        String inReplyTo = reply.inReplyTo() == null
                ? null
                : tenantEm.get()
                        .createQuery(
                                "select o from OutboxMessage o where o.slot = :slot and o.providerRef = :ref",
                                OutboxMessage.class)
                        .setParameter("slot", slot.path())
                        .setParameter("ref", reply.inReplyTo())
                        .getResultStream()
                        .map(OutboxMessage::id)
                        .findFirst()
                        .orElse(null);
        String text = reply.text() == null ? "" : reply.text();
        tenantEm.get()
                .persist(new InboundMessage(
                        slot.path(),
                        pluginId,
                        reply.providerMessageId(),
                        reply.from() == null ? "unknown" : truncate(reply.from(), 320),
                        text,
                        reply.receivedAt() == null ? clock.instant() : reply.receivedAt(),
                        inReplyTo));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
