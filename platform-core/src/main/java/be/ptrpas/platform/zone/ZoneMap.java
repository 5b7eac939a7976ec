package be.ptrpas.platform.zone;

import be.ptrpas.platform.zone.geo.ZoneGeometry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The municipality's zones with their prepared geometries, as one immutable copy: what the plate check and scan
 * processing ask of the zone feature, handed over in one call ({@link ZoneService#forCheck()}) so the hot path makes no
 * further round trips to it. The zones are detached: read them, never change them.
 */
public final class ZoneMap {

    private record Placed(Zone zone, ZoneGeometry geometry) {}

    private final Map<String, Placed> byCode;
    /** Ordered by code, so zones at a point come out in a stable order. */
    private final List<Placed> ordered;

    ZoneMap(List<Zone> zones, Function<Zone, ZoneGeometry> geometries) {
        List<Placed> placed = new ArrayList<>(zones.size());
        Map<String, Placed> codes = new HashMap<>();
        for (Zone zone : zones) {
            Placed p = new Placed(zone, geometries.apply(zone));
            placed.add(p);
            codes.put(zone.code(), p);
        }
        placed.sort(Comparator.comparing(p -> p.zone().code()));
        this.ordered = List.copyOf(placed);
        this.byCode = Map.copyOf(codes);
    }

    /** The zone with this code, if the municipality has one. */
    public Optional<Zone> find(String code) {
        Placed p = code == null ? null : byCode.get(code);
        return p == null ? Optional.empty() : Optional.of(p.zone());
    }

    /** The zones whose polygon contains the point (boundary included), by code; cheapest bounding-box test first. */
    public List<Zone> at(double lat, double lon) {
        List<Zone> found = new ArrayList<>(2);
        for (Placed p : ordered) {
            if (p.zone().boxContains(lat, lon) && p.geometry().contains(lat, lon)) {
                found.add(p.zone());
            }
        }
        return found;
    }

    /** Codes of the zones of a higher tier than this one. */
    public List<String> codesAboveTier(int tier) {
        List<String> codes = new ArrayList<>();
        for (Placed p : ordered) {
            if (p.zone().tier() != null && p.zone().tier() > tier) {
                codes.add(p.zone().code());
            }
        }
        return codes;
    }

    /** The prepared geometry of a zone of this map. */
    public ZoneGeometry geometryOf(Zone zone) {
        Placed p = byCode.get(zone.code());
        if (p == null) {
            throw new IllegalArgumentException("zone " + zone.code() + " is not one of this map's zones");
        }
        return p.geometry();
    }
}
