package be.ptrpas.platform.zone;

import java.util.Optional;

/**
 * A feature that names zones by code and would be left pointing at nothing if a zone it names were deleted (the rights
 * registry: a right whose zone is gone can no longer be checked; tariffs: a parking-time tariff is priced per zone).
 * The feature implements this; the zone feature asks every implementation before it deletes a zone, so zones depend
 * on no feature that uses them.
 */
public interface ZoneUsage {

    /**
     * Why the zone may not be deleted now, or none.
     *
     * @param zoneCode the zone about to be deleted, in the current municipality
     * @return the problem's detail, e.g. "Zone X is still named by 3 parking right(s) valid now or later; …", or empty
     *         when nothing live names it
     */
    Optional<String> refusalToDeleteZone(String zoneCode);
}
