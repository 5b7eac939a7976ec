package be.ptrpas.plugins.register.magda;

import be.ptrpas.spi.ConfigIssue;
import be.ptrpas.spi.ConfigProperty;
import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.ProviderFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the three MAGDA register factories share: version, settings and validation from {@link MagdaSettings}, and
 * a register over a {@link MagdaClient} for the municipality's settings. A subclass names its id and display name,
 * and how to make its register; it also implements its kind's factory interface, which gives {@link #kind()}.
 *
 * @param <R> the register type
 */
abstract class MagdaRegisterFactory<R> implements ProviderFactory<R> {

    private final String id;
    private final String displayName;
    private final Function<MagdaClient, R> register;

    MagdaRegisterFactory(String id, String displayName, Function<MagdaClient, R> register) {
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
        return MagdaSettings.VERSION;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final List<ConfigProperty> configProperties() {
        return MagdaSettings.PROPERTIES;
    }

    @Override
    public final List<ConfigIssue> validate(Map<String, String> config) {
        return MagdaSettings.validate(config);
    }

    @Override
    public final R create(PluginContext context) {
        return register.apply(new MagdaClient(MagdaSettings.from(context), context.clock()));
    }
}
