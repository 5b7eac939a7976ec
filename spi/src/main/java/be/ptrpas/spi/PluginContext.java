package be.ptrpas.spi;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What the platform hands a factory when it creates a provider for one municipality. A provider is created per
 * municipality and per settings version and may be reused for many calls, from several threads at once.
 */
public interface PluginContext {

    /** NIS code of the municipality this provider works for, e.g. {@code 71022}. */
    String tenantNis();

    /** The municipality's settings for this plug-in: plain and secret values together, already validated. */
    Map<String, String> config();

    /** One setting, or empty when it is not set. */
    default Optional<String> setting(String name) {
        return Optional.ofNullable(config().get(name)).filter(value -> !value.isBlank());
    }

    /** One setting, or {@code fallback} when it is not set. */
    default String setting(String name, String fallback) {
        return setting(name).orElse(fallback);
    }

    /**
     * Public URL where the platform receives this municipality's inbound requests for this plug-in (payment
     * webhooks, message replies and receipts, scan batches). Give it to the vendor as the webhook address.
     */
    URI callbackUrl();

    /** Public base URL under which the platform serves this provider's {@link HostedPages}, ending in '/'. */
    URI pagesUrl();

    /** A private directory for this municipality and plug-in (created, writable, kept across restarts). */
    Path workDirectory();

    /** Small durable key-value storage for this municipality and plug-in. */
    PluginStore store();

    /** The clock to use for every "now"; tests pass a fixed one. */
    Clock clock();
}
