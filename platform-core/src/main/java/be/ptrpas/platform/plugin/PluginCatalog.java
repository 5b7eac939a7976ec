package be.ptrpas.platform.plugin;

import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.SpiVersion;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The plug-in factories found on the class path, loaded once with an explicit class loader (timer and executor
 * threads carry another context class loader, and would find nothing). A broken or incompatible plug-in is logged
 * and left out; it never stops the platform.
 */
@ApplicationScoped
public class PluginCatalog {

    private static final Logger LOG = Logger.getLogger(PluginCatalog.class.getName());

    private final Map<String, PluginFactory> factories = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        ServiceLoader<PluginFactory> loader = ServiceLoader.load(PluginFactory.class, PluginFactory.class.getClassLoader());
        var iterator = loader.iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                PluginFactory factory = iterator.next();
                if (!SpiVersion.isCompatible(factory.spiVersion())) {
                    LOG.warning(() -> "Plug-in " + factory.id() + " needs SPI " + factory.spiVersion() + ", this platform has "
                            + SpiVersion.current() + ": not loaded");
                } else if (factories.putIfAbsent(factory.id(), factory) != null) {
                    LOG.warning(() -> "Two plug-ins claim id " + factory.id() + ": the second is ignored");
                }
            } catch (ServiceConfigurationError | RuntimeException e) {
                LOG.log(Level.WARNING, "A plug-in could not be loaded", e);
            }
        }
        LOG.info(() -> "Plug-ins loaded: " + (factories.isEmpty() ? "none" : String.join(", ", factories.keySet())));
    }

    public Optional<PluginFactory> find(String id) {
        return Optional.ofNullable(factories.get(id));
    }

    public Collection<PluginFactory> all() {
        return factories.values();
    }
}
