package be.ptrpas.plugins.register.demo;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.ProviderFactory;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What the four demo register factories share: version, settings and validation from {@link DemoSettings}, and a
 * register made over the one {@link DemoData} set. A subclass names its id and display name, and how to make its
 * register; it also implements its kind's factory interface, which gives {@link #kind()}.
 *
 * @param <R> the register type
 */
abstract class DemoRegisterFactory<R> implements ProviderFactory<R> {

    private final String id;
    private final String displayName;
    private final BiFunction<DemoData, DemoSettings, R> register;

    DemoRegisterFactory(String id, String displayName, BiFunction<DemoData, DemoSettings, R> register) {
        this.id = id;
        this.displayName = displayName;
        this.register = register;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String version() {
        return DemoSettings.VERSION;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final List<ConfigProperty> configProperties() {
        return DemoSettings.PROPERTIES;
    }

    @Override
    public final List<ConfigIssue> validate(Map<String, String> config) {
        return DemoSettings.validate(config);
    }

    @Override
    public final R create(PluginContext context) {
        return register.apply(DemoData.get(), DemoSettings.from(context));
    }
}
