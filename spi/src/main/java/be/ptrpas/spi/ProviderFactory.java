package be.ptrpas.spi;

/**
 * A factory that creates the provider one municipality uses, from that municipality's settings. Implement the
 * kind-specific sub-interface ({@code PaymentProviderFactory}, {@code MessageChannelFactory}, ...), not this one.
 *
 * @param <P> the provider type of the extension point
 */
public interface ProviderFactory<P> extends PluginFactory {

    /**
     * Creates a provider for one municipality. Called once per municipality and settings version; must not do
     * network calls (the platform may create providers while handling a request).
     *
     * @throws IllegalArgumentException when the settings cannot be used although {@link #validate} accepted them
     */
    P create(PluginContext context);
}
