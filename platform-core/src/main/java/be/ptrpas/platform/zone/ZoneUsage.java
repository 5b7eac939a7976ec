package be.ptrpas.platform.zone;

/**
 * A feature that names zones by code and would be left pointing at nothing if a zone it names were deleted (the rights
 * registry: a right whose zone is gone can no longer be checked). The feature implements this; the zone feature asks
 * every implementation before it deletes a zone, so zones depend on no feature that uses them.
 */
public interface ZoneUsage {

    /**
     * What still names the zone and counts now, or none.
     *
     * @param zoneCode the zone about to be deleted, in the current municipality
     * @return e.g. "3 parking right(s) valid now or later", or empty when nothing live names it
     */
    java.util.Optional<String> liveUsesOf(String zoneCode);
}
