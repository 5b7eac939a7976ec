package be.ptrpas.platform.messaging;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.outbox.OutboxDelivery;
import be.ptrpas.platform.outbox.OutboxKind;
import be.ptrpas.platform.outbox.OutboxMessage;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.spi.messaging.MessageChannel;
import be.ptrpas.spi.messaging.OutgoingMessage;
import be.ptrpas.spi.messaging.SendResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Hands a queued message to the municipality's channel plug-in; the outbox item's id is the message id. */
@ApplicationScoped
public class MessageDelivery implements OutboxDelivery {

    @Inject
    TenantPlugins plugins;

    @Override
    public OutboxKind kind() {
        return OutboxKind.MESSAGE;
    }

    @Override
    public Delivered deliver(OutboxMessage item) {
        PluginSlot slot = PluginSlot.fromPath(item.slot()).orElseThrow();
        ActivePlugin<MessageChannel> channel = plugins.require(slot, MessageChannel.class);
        MessagePayload payload = Json.read(item.payload(), MessagePayload.class);
        OutgoingMessage message = new OutgoingMessage(
                item.id(), payload.recipient().toRecipient(), payload.template(), payload.parameters());
        SendResult result = channel.call("send", provider -> provider.send(message));
        return new Delivered(
                channel.pluginId(), result.providerMessageId(), result.status().name());
    }
}
