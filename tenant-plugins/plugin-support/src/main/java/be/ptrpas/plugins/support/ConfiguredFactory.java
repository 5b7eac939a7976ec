package be.ptrpas.plugins.support;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.ProviderFactory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A provider factory described by values: id, display name, version, settings, validation and how to make the
 * provider. For a plug-in jar with several factories that share their settings (a register per kind over one
 * source, say), so each factory is only its id, its name and its provider. A subclass also implements its kind's
 * factory interface ({@code PersonRegisterFactory}, ...), which gives {@link #kind()}.
 *
 * @param <P> the provider type
 */
public abstract class ConfiguredFactory<P> implements ProviderFactory<P> {

    private final String id;
    private final String displayName;
    private final String version;
    private final List<ConfigProperty> properties;
    private final Function<Map<String, String>, List<ConfigIssue>> validation;
    private final Function<PluginContext, P> provider;

    /**
     * @param validation the complete check of a tenant's settings, as {@link #validate} returns it
     * @param provider   makes the provider for one municipality's context
     */
    protected ConfiguredFactory(
            String id,
            String displayName,
            String version,
            List<ConfigProperty> properties,
            Function<Map<String, String>, List<ConfigIssue>> validation,
            Function<PluginContext, P> provider) {
        this.id = Objects.requireNonNull(id);
        this.displayName = Objects.requireNonNull(displayName);
        this.version = Objects.requireNonNull(version);
        this.properties = List.copyOf(properties);
        this.validation = Objects.requireNonNull(validation);
        this.provider = Objects.requireNonNull(provider);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String version() {
        return version;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final List<ConfigProperty> configProperties() {
        return properties;
    }

    @Override
    public final List<ConfigIssue> validate(Map<String, String> config) {
        return validation.apply(config);
    }

    @Override
    public final P create(PluginContext context) {
        return provider.apply(context);
    }
}
