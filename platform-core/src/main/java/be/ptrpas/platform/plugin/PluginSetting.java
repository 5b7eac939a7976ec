package be.ptrpas.platform.plugin;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which plug-in a municipality uses in one slot, with its settings. Plain settings are stored as JSON; secret ones
 * only encrypted ({@link SecretCipher}) and never returned by the API.
 */
@Entity
@Table(name = "plugin_setting")
public class PluginSetting extends TenantOwnedEntity {

    private static final Type STRING_MAP =
            new HashMap<String, String>() {}.getClass().getGenericSuperclass();

    @Enumerated(EnumType.STRING)
    @Column(name = "slot", nullable = false, updatable = false)
    private PluginSlot slot;

    @Column(name = "provider_id", nullable = false)
    private String providerId;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "config", nullable = false)
    private String config;
    /** JSON map of property name to ciphertext. */
    @Column(name = "secrets", nullable = false)
    private String secrets;

    protected PluginSetting() {}

    PluginSetting(PluginSlot slot) {
        this.slot = slot;
    }

    void apply(String providerId, boolean enabled, Map<String, String> config, Map<String, String> encryptedSecrets) {
        this.providerId = providerId;
        this.enabled = enabled;
        this.config = Json.write(new TreeMap<>(config));
        this.secrets = Json.write(new TreeMap<>(encryptedSecrets));
    }

    public PluginSlot slot() {
        return slot;
    }

    public String providerId() {
        return providerId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Map<String, String> config() {
        return Json.read(config, STRING_MAP);
    }

    public Map<String, String> encryptedSecrets() {
        return Json.read(secrets, STRING_MAP);
    }
}
