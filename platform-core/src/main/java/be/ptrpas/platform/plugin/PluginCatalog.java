package be.ptrpas.platform.plugin;

import be.ptrpas.platform.persistence.DatabaseSettings;
import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.SpiVersion;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The plug-in factories of this platform: those bundled with it, plus the jars an operator dropped in the plug-in
 * directory ({@code PTR_PLUGIN_DIR}), read once at start-up. Always loaded with an explicit class loader (timer and
 * executor threads carry another context class loader and would find nothing). Each directory jar gets its own
 * {@link PluginClassLoader}: it shares the SPI and the Jakarta APIs with the platform, sees nothing else of it (no
 * platform class, no platform library) and cannot shadow another plug-in's classes. A broken or incompatible plug-in
 * is logged and left out; it never stops the platform.
 */
@ApplicationScoped
public class PluginCatalog {

    private static final Logger LOG = Logger.getLogger(PluginCatalog.class.getName());
    public static final String BUNDLED = "bundled";

    private final Map<String, InstalledPlugin> plugins = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    @Inject
    @ConfigProperty(name = "ptr.plugin.dir")
    Optional<String> pluginDirectory;

    /**
     * Plug-ins the operator switches off, comma-separated, or {@code none}. By default the demo plug-ins (a payment
     * provider where the payer picks the outcome, synthetic registers) are off on PostgreSQL, i.e. in production.
     */
    @Inject
    @ConfigProperty(name = "ptr.plugins.disabled", defaultValue = "auto")
    String disabledSetting;

    static final Set<String> DEMO_ONLY = Set.of(
            "payment-sandbox",
            "register-demo-person",
            "register-demo-vehicle",
            "register-demo-enterprise",
            "register-demo-second-residence");

    /** A loaded factory and where it came from ({@value #BUNDLED} or the jar's file name). */
    public record InstalledPlugin(PluginFactory factory, String source) {}

    @PostConstruct
    void load() {
        ClassLoader platform = PluginFactory.class.getClassLoader();
        loadFrom(platform, BUNDLED);
        pluginDirectory.filter(dir -> !dir.isBlank()).map(Path::of).ifPresent(dir -> loadDirectory(dir, platform));
        LOG.info(() -> "Plug-ins loaded: " + (plugins.isEmpty() ? "none" : String.join(", ", plugins.keySet())));
    }

    private void loadDirectory(Path directory, ClassLoader parent) {
        if (!Files.isDirectory(directory)) {
            problem("Plug-in directory " + directory + " does not exist: no extra plug-ins loaded");
            return;
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(directory)) {
            jars = files.filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problem("Plug-in directory " + directory + " cannot be read: " + e.getMessage());
            return;
        }
        for (Path jar : jars) {
            try {
                // Never closed: the plug-in's classes stay in use for the platform's lifetime.
                PluginClassLoader loader = new PluginClassLoader(
                        "plugin:" + jar.getFileName(), jar.toUri().toURL(), parent);
                int before = plugins.size();
                loadFrom(loader, jar.getFileName().toString());
                if (plugins.size() == before) {
                    problem("Plug-in jar " + jar.getFileName() + " contributed no plug-in (is META-INF/services/"
                            + PluginFactory.class.getName() + " present?)");
                }
            } catch (MalformedURLException | RuntimeException e) {
                problem("Plug-in jar " + jar.getFileName() + " cannot be opened: " + e.getMessage());
            }
        }
    }

    private void loadFrom(ClassLoader loader, String source) {
        var iterator = ServiceLoader.load(PluginFactory.class, loader).stream().iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                ServiceLoader.Provider<PluginFactory> provider = iterator.next();
                if (!source.equals(BUNDLED) && provider.type().getClassLoader() != loader) {
                    continue; // found through the parent: bundled, already listed
                }
                PluginFactory factory = provider.get();
                if (disabled().contains(factory.id())) {
                    problem("Plug-in " + factory.id() + " (" + source + ") is switched off by the operator "
                            + "(ptr.plugins.disabled)");
                } else if (!SpiVersion.isCompatible(factory.spiVersion())) {
                    problem("Plug-in " + factory.id() + " (" + source + ") needs SPI " + factory.spiVersion()
                            + ", this platform has " + SpiVersion.current() + ": not loaded");
                } else if (plugins.putIfAbsent(factory.id(), new InstalledPlugin(factory, source)) != null) {
                    problem("Two plug-ins claim id " + factory.id() + ": the one from " + source + " is ignored");
                }
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "A plug-in from " + source + " could not be loaded", e);
                problems.add("A plug-in from " + source + " could not be loaded: " + e.getMessage());
            }
        }
    }

    private Set<String> disabled() {
        String setting = disabledSetting.strip();
        if (setting.equals("auto")) {
            return DatabaseSettings.isEmbedded() ? Set.of() : DEMO_ONLY;
        }
        if (setting.equals("none")) {
            return Set.of();
        }
        return Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .collect(Collectors.toSet());
    }

    private void problem(String message) {
        LOG.warning(message);
        problems.add(message);
    }

    public Optional<PluginFactory> find(String id) {
        return Optional.ofNullable(plugins.get(id)).map(InstalledPlugin::factory);
    }

    public Collection<PluginFactory> all() {
        return plugins.values().stream().map(InstalledPlugin::factory).toList();
    }

    public Collection<InstalledPlugin> installed() {
        return List.copyOf(plugins.values());
    }

    /** What went wrong while loading, for the operator. */
    public List<String> loadProblems() {
        return List.copyOf(problems);
    }
}
