package be.ptrpas.spi;

import java.util.Optional;

/**
 * Durable key-value storage the platform keeps for one municipality and one plug-in, e.g. to remember a payment a
 * sandbox created or a token a vendor handed out. Keys up to 200 characters, values up to 64 KiB. Writes are
 * immediately durable; there is no transaction across calls.
 */
public interface PluginStore {

    Optional<String> get(String key);

    void put(String key, String value);

    /** Stores the value only when the key is absent; returns whether it was stored. */
    boolean putIfAbsent(String key, String value);

    void remove(String key);
}
