package be.ptrpas.spi;

/**
 * What every provider is (payment provider, message channel, register, …): an object the platform creates for one
 * municipality from its settings, uses from many threads, and closes when it is done with it.
 *
 * <p>The platform calls {@link #close()} once, after it has stopped handing the provider out: when the municipality's
 * settings for the slot are replaced or removed, and when the platform shuts down. A call that had already started
 * may still be running then, so close what can be closed without breaking it (an idle connection pool, a scheduler),
 * or let such a call finish. Afterwards the provider is never called again.
 *
 * @since SPI 1.1
 */
public interface Provider extends AutoCloseable {

    /**
     * Releases what the provider holds (threads, connections, open files). The default does nothing: a provider
     * that holds only memory needs no close. Must not throw; anything thrown is logged and otherwise ignored.
     */
    @Override
    default void close() {}
}
