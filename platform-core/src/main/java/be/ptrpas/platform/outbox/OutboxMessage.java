package be.ptrpas.platform.outbox;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing that must reach a plug-in, written in the same transaction as the change that caused it. Unique per
 * municipality and {@code dedupeKey}, so that the same cause never yields two deliveries.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends TenantOwnedEntity {

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
    @Column(name = "attempts", nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "lease_until")
    private Instant leaseUntil;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "plugin_id")
    private String pluginId;
    @Column(name = "provider_ref")
    private String providerRef;
    @Column(name = "delivery_status")
    private String deliveryStatus;
    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected OutboxMessage() {
    }

    OutboxMessage(OutboxKind kind, String slot, String dedupeKey, String payload, Instant now) {
        this.kind = kind;
        this.slot = slot;
        this.dedupeKey = dedupeKey;
        this.payload = payload;
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = now;
    }

    void claim(Instant leaseUntil) {
        this.leaseUntil = leaseUntil;
        this.attempts++;
    }

    void delivered(String pluginId, String providerRef, String deliveryStatus, Instant at) {
        this.status = OutboxStatus.DELIVERED;
        this.pluginId = pluginId;
        this.providerRef = providerRef;
        this.deliveryStatus = deliveryStatus;
        this.deliveredAt = at;
        this.leaseUntil = null;
        this.lastError = null;
    }

    void retryAt(Instant next, String error, boolean countAttempt) {
        this.status = OutboxStatus.PENDING;
        this.nextAttemptAt = next;
        this.leaseUntil = null;
        this.lastError = truncate(error);
        if (!countAttempt) {
            this.attempts--;
        }
    }

    void dead(String error) {
        this.status = OutboxStatus.DEAD;
        this.leaseUntil = null;
        this.lastError = truncate(error);
    }

    void revive(Instant now) {
        this.status = OutboxStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    void receipt(String deliveryStatus) {
        this.deliveryStatus = deliveryStatus;
    }

    private static String truncate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
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

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public String lastError() {
        return lastError;
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
