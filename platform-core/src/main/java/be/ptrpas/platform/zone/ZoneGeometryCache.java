package be.ptrpas.platform.zone;

import be.ptrpas.platform.common.cache.BoundedCache;
import be.ptrpas.platform.zone.geo.ZoneGeometry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Prepared zone geometries, so a point look-up (public, no login) does not rebuild and re-validate every candidate
 * polygon on each request. Keyed by zone id and version: an edited zone gets a new key, and the old entry ages out.
 */
@ApplicationScoped
public class ZoneGeometryCache {

    static final int CAPACITY = 5_000;

    private final BoundedCache<String, ZoneGeometry> geometries = new BoundedCache<>(CAPACITY);

    ZoneGeometry of(Zone zone) {
        return geometries.get(zone.id() + "@" + zone.version(), key -> zone.geometry());
    }
}
