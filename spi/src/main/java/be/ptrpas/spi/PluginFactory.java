package be.ptrpas.spi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entry point of a plug-in: one stateless instance per platform, found through {@link java.util.ServiceLoader}.
 * The factory never reads platform data itself: each municipality's settings are handed to it as a plain map.
 */
public interface PluginFactory {

    /** Stable id that tenants refer to in their settings, e.g. {@code payment-mollie}. Lower case, digits, '-'. */
    String id();

    /** The plug-in's own version, shown to operators. */
    String version();

    /** The SPI version ("major.minor") this plug-in was built against; see {@link SpiVersion}. */
    default String spiVersion() {
        return SpiVersion.current();
    }

    /** Which extension point this plug-in fills. */
    PluginKind kind();

    /** Name shown to admins, e.g. "Mollie". */
    String displayName();

    /** The settings a municipality must or may give, in the order a form should show them. */
    List<ConfigProperty> configProperties();

    /**
     * Checks a tenant's complete settings (plain and secret values together). The default checks presence,
     * types and unknown keys against {@link #configProperties()}; override to add cross-field rules, and call
     * {@link #validateAgainstDescriptors} first.
     *
     * @return every problem found; empty when the settings can be saved
     */
    default List<ConfigIssue> validate(Map<String, String> config) {
        return validateAgainstDescriptors(configProperties(), config);
    }

    /** Presence, type and unknown-key checks shared by every factory. */
    static List<ConfigIssue> validateAgainstDescriptors(List<ConfigProperty> properties, Map<String, String> config) {
        List<ConfigIssue> issues = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (ConfigProperty property : properties) {
            known.add(property.name());
            String value = config.get(property.name());
            if (value == null || value.isBlank()) {
                if (property.required()) {
                    issues.add(new ConfigIssue(property.name(), property.label() + " is required"));
                }
            } else {
                property.check(value).ifPresent(issues::add);
            }
        }
        config.keySet().stream()
                .filter(key -> !known.contains(key))
                .sorted()
                .forEach(key -> issues.add(new ConfigIssue(key, "unknown setting '" + key + "' for this plug-in")));
        return issues;
    }
}
