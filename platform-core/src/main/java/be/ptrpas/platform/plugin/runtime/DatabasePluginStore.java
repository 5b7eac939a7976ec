package be.ptrpas.platform.plugin.runtime;

import be.ptrpas.spi.PluginStore;
import java.util.Optional;

/** A plug-in's store for one municipality, kept in the platform's database. */
record DatabasePluginStore(PluginStateRepository repository, String nis, String pluginId) implements PluginStore {

    @Override
    public Optional<String> get(String key) {
        return repository.get(nis, pluginId, key);
    }

    @Override
    public void put(String key, String value) {
        repository.put(nis, pluginId, key, value);
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
        return repository.putIfAbsent(nis, pluginId, key, value);
    }

    @Override
    public void remove(String key) {
        repository.remove(nis, pluginId, key);
    }
}
