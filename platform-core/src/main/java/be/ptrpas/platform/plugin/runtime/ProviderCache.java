package be.ptrpas.platform.plugin.runtime;

import be.ptrpas.platform.plugin.PluginSettingChanged;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The providers this instance created, one per municipality and slot, and the one place that closes them: when an
 * entry is replaced (the settings' version moved), when the municipality's choice for the slot changes or is
 * removed (closed after the change commits, so a rolled-back change keeps the provider), and when the platform shuts
 * down. A provider's close is its own business: whatever it throws is logged, never passed on.
 */
@ApplicationScoped
public class ProviderCache {

    private static final Logger LOG = Logger.getLogger(ProviderCache.class.getName());

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** A created provider, or why it could not be created (remembered so a broken setting is reported once). */
    public record Entry(String settingId, long version, String pluginId, Object provider, String failure) {

        boolean isFor(String otherSettingId, long otherVersion, String otherPluginId) {
            return settingId.equals(otherSettingId) && version == otherVersion && pluginId.equals(otherPluginId);
        }
    }

    static String key(String nis, String slotPath) {
        return nis + "|" + slotPath;
    }

    public Entry get(String nis, String slotPath) {
        return entries.get(key(nis, slotPath));
    }

    /** Keeps this entry for the slot and closes the provider it replaces, if any. */
    public void put(String nis, String slotPath, Entry entry) {
        Entry replaced = entries.put(key(nis, slotPath), entry);
        if (replaced != null && replaced.provider() != entry.provider()) {
            close(replaced, "its settings were replaced");
        }
    }

    /** Forgets the slot's provider and closes it; the next use creates one from the stored settings. */
    public void remove(String nis, String slotPath) {
        Entry removed = entries.remove(key(nis, slotPath));
        if (removed != null) {
            close(removed, "its settings were changed or removed");
        }
    }

    void settingChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PluginSettingChanged change) {
        remove(change.nis(), change.slot().path());
    }

    @PreDestroy
    void closeAll() {
        for (String key : entries.keySet()) {
            Entry removed = entries.remove(key);
            if (removed != null) {
                close(removed, "the platform is shutting down");
            }
        }
    }

    private static void close(Entry entry, String why) {
        if (!(entry.provider() instanceof AutoCloseable closeable)) {
            return;
        }
        try {
            closeable.close();
            LOG.fine(() -> "Closed plug-in " + entry.pluginId() + " (setting " + entry.settingId() + "): " + why);
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "Plug-in " + entry.pluginId() + " failed to close (" + why + ")", e);
        }
    }
}
