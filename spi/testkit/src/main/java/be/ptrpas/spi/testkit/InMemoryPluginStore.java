package be.ptrpas.spi.testkit;

import be.ptrpas.spi.PluginStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link PluginStore} in memory, with the platform's key and value limits. */
public final class InMemoryPluginStore implements PluginStore {

    static final int MAX_KEY = 200;
    static final int MAX_VALUE = 64 * 1024;

    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(checkKey(key)));
    }

    @Override
    public void put(String key, String value) {
        values.put(checkKey(key), checkValue(value));
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
        return values.putIfAbsent(checkKey(key), checkValue(value)) == null;
    }

    @Override
    public void remove(String key) {
        values.remove(checkKey(key));
    }

    /** How many entries are stored, for assertions. */
    public int size() {
        return values.size();
    }

    private static String checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("a store key must have 1 to " + MAX_KEY + " characters");
        }
        return key;
    }

    private static String checkValue(String value) {
        if (value == null || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException(
                    "a store value must be present and at most " + MAX_VALUE + " characters");
        }
        return value;
    }
}
