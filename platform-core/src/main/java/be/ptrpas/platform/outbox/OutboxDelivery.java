package be.ptrpas.platform.outbox;

/**
 * Delivers one kind of outbox item through the municipality's plug-in. Throw
 * {@link be.ptrpas.platform.plugin.runtime.PluginCallException} (or any exception, counted as retryable) when it
 * did not work.
 */
public interface OutboxDelivery {

    OutboxKind kind();

    /** Delivers the item; runs for the item's municipality, outside a transaction. */
    Delivered deliver(OutboxMessage item);

    /** The plug-in that took the item, its reference for the item, and the delivery status it reported. */
    record Delivered(String pluginId, String providerRef, String deliveryStatus) {}
}
