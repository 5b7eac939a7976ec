package be.ptrpas.platform.messaging;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reply a citizen sent through a channel, stored once per vendor message id. */
@Entity
@Table(name = "inbound_message")
public class InboundMessage extends TenantOwnedEntity {

    @Column(name = "slot", nullable = false, updatable = false)
    private String slot;

    @Column(name = "plugin_id", nullable = false, updatable = false)
    private String pluginId;

    @Column(name = "provider_message_id", nullable = false, updatable = false)
    private String providerMessageId;

    @Column(name = "sender", nullable = false, updatable = false)
    private String sender;

    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "in_reply_to", updatable = false)
    private String inReplyTo;

    protected InboundMessage() {}

    public InboundMessage(
            String slot,
            String pluginId,
            String providerMessageId,
            String sender,
            String text,
            Instant receivedAt,
            String inReplyTo) {
        this.slot = slot;
        this.pluginId = pluginId;
        this.providerMessageId = providerMessageId;
        this.sender = sender;
        this.text = text;
        this.receivedAt = receivedAt;
        this.inReplyTo = inReplyTo;
    }

    public String slot() {
        return slot;
    }

    public String providerMessageId() {
        return providerMessageId;
    }

    public String sender() {
        return sender;
    }

    public String text() {
        return text;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String inReplyTo() {
        return inReplyTo;
    }
}
