package be.ptrpas.platform.outbox;

import be.ptrpas.platform.queue.QueuedWork;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing that must reach a plug-in, written in the same transaction as the change that caused it. Unique per
 * municipality and {@code dedupeKey}, so that the same cause never yields two deliveries. A row of a work queue
 * ({@link QueuedWork}): PENDING until delivered (DELIVERED) or given up (DEAD).
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends QueuedWork {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private OutboxKind kind;

    @Column(name = "slot", nullable = false, updatable = false)
    private String slot;

    @Column(name = "dedupe_key", nullable = false, updatable = false)
    private String dedupeKey;

    @Column(name = "payload", nullable = false, updatable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OutboxStatus status;

    @Column(name = "plugin_id")
    private String pluginId;

    @Column(name = "provider_ref")
    private String providerRef;

    @Column(name = "delivery_status")
    private String deliveryStatus;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected OutboxMessage() {}

    OutboxMessage(OutboxKind kind, String slot, String dedupeKey, String payload, Instant now) {
        super(now);
        this.kind = kind;
        this.slot = slot;
        this.dedupeKey = dedupeKey;
        this.payload = payload;
        this.status = OutboxStatus.PENDING;
    }

    @Override
    protected void markPending() {
        status = OutboxStatus.PENDING;
    }

    @Override
    protected void markDone() {
        status = OutboxStatus.DELIVERED;
    }

    @Override
    protected void markDead() {
        status = OutboxStatus.DEAD;
    }

    /** What the plug-in reported for the delivery; the queue then marks the item done. */
    void delivered(String pluginId, String providerRef, String deliveryStatus, Instant at) {
        this.pluginId = pluginId;
        this.providerRef = providerRef;
        this.deliveryStatus = deliveryStatus;
        this.deliveredAt = at;
    }

    void receipt(String deliveryStatus) {
        this.deliveryStatus = deliveryStatus;
    }

    public OutboxKind kind() {
        return kind;
    }

    public String slot() {
        return slot;
    }

    public String dedupeKey() {
        return dedupeKey;
    }

    public String payload() {
        return payload;
    }

    public OutboxStatus status() {
        return status;
    }

    public String pluginId() {
        return pluginId;
    }

    public String providerRef() {
        return providerRef;
    }

    public String deliveryStatus() {
        return deliveryStatus;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
