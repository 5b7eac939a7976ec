package be.ptrpas.platform.plugin.runtime;

import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.PluginStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** The context the platform gives a plug-in for one municipality. */
record PlatformPluginContext(
        String tenantNis,
        Map<String, String> config,
        URI callbackUrl,
        URI pagesUrl,
        Path workDirectory,
        PluginStore store,
        Clock clock)
        implements PluginContext {

    PlatformPluginContext {
        config = Map.copyOf(config);
    }

    @Override
    public String toString() {
        // Never print the settings: they include secrets.
        return "PluginContext[" + tenantNis + "]";
    }
}
