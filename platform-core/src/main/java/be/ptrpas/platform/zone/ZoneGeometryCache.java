package be.ptrpas.platform.zone;

import be.ptrpas.platform.zone.geo.ZoneGeometry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared zone geometries, so a point look-up (public, no login) does not rebuild and re-validate every candidate
 * polygon on each request. Keyed by zone id and version: an edited zone gets a new key, and the old entry ages out.
 */
@ApplicationScoped
public class ZoneGeometryCache {

    static final int CAPACITY = 5_000;

    private final Map<String, ZoneGeometry> geometries = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ZoneGeometry> eldest) {
                    return size() > CAPACITY;
                }
            });

    ZoneGeometry of(Zone zone) {
        return geometries.computeIfAbsent(zone.id() + "@" + zone.version(), key -> zone.geometry());
    }
}
