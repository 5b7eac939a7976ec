package be.ptrpas.platform.plugin.runtime;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A failed call into one of the municipality's plug-ins, kept so that its admin can see what goes wrong. */
@Entity
@Table(name = "plugin_failure")
public class PluginFailure extends TenantOwnedEntity {

    @Column(name = "slot", nullable = false, updatable = false)
    private String slot;

    @Column(name = "plugin_id", nullable = false, updatable = false)
    private String pluginId;

    @Column(name = "operation", nullable = false, updatable = false)
    private String operation;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_kind", nullable = false, updatable = false)
    private FailureKind kind;

    @Column(name = "message", nullable = false, updatable = false)
    private String message;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected PluginFailure() {}

    PluginFailure(
            String slot, String pluginId, String operation, FailureKind kind, String message, Instant occurredAt) {
        this.slot = slot;
        this.pluginId = pluginId;
        this.operation = operation;
        this.kind = kind;
        this.message = message == null || message.isBlank() ? kind.name().toLowerCase() : truncate(message);
        this.occurredAt = occurredAt;
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }

    public String slot() {
        return slot;
    }

    public String pluginId() {
        return pluginId;
    }

    public String operation() {
        return operation;
    }

    public FailureKind kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
