package be.ptrpas.platform.plugin.runtime;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One key-value pair a plug-in stored for a municipality ({@link be.ptrpas.spi.PluginStore}). */
@Entity
@Table(name = "plugin_state")
public class PluginStateEntry extends TenantOwnedEntity {

    @Column(name = "plugin_id", nullable = false, updatable = false)
    private String pluginId;

    @Column(name = "state_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "state_value", nullable = false)
    private String value;

    protected PluginStateEntry() {}

    PluginStateEntry(String pluginId, String key, String value) {
        this.pluginId = pluginId;
        this.key = key;
        this.value = value;
    }

    String value() {
        return value;
    }

    void value(String value) {
        this.value = value;
    }
}
