package be.ptrpas.platform.common.cache;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A thread-safe map that forgets its least recently used entry beyond a capacity: for values that are costly to
 * rebuild (parsed geometries) and whose keys change when the value does, so nothing ever needs invalidating.
 */
public final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    public BoundedCache(int capacity) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    public V get(K key, Function<? super K, ? extends V> load) {
        return entries.computeIfAbsent(key, load);
    }

    public V getIfPresent(K key) {
        return entries.get(key);
    }

    public void put(K key, V value) {
        entries.put(key, value);
    }
}
