package be.ptrpas.platform.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * That a municipality has chosen a plug-in for a slot, as platform-wide data (no settings, no secrets): the one place
 * that lists, across municipalities, who uses a slot ({@link PluginSlotDirectory}). Written beside every change to a
 * {@link PluginSetting}, in its transaction.
 */
@Entity
@Table(name = "plugin_slot_use")
public class PluginSlotUse {

    @Id
    @Column(name = "id", length = 60)
    private String id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "slot", nullable = false, updatable = false)
    private PluginSlot slot;

    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    protected PluginSlotUse() {}

    PluginSlotUse(String tenantId, PluginSlot slot) {
        this.id = key(tenantId, slot);
        this.tenantId = tenantId;
        this.slot = slot;
    }

    static String key(String tenantId, PluginSlot slot) {
        return tenantId + "|" + slot.name();
    }

    void apply(String providerId, boolean enabled) {
        this.providerId = providerId;
        this.enabled = enabled;
    }
}
