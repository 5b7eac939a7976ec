package be.ptrpas.platform.zone;

import be.ptrpas.platform.permitrule.PermitTypeUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** A permit type some zone still lists cannot lose its rule: the zone would name a permit nobody can get. */
@ApplicationScoped
public class ZonePermitTypeUsage implements PermitTypeUsage {

    @Inject
    ZoneService zones;

    @Override
    public Optional<String> refusalToDeletePermitType(String permitType) {
        return zones.usesPermitType(permitType)
                ? Optional.of("Permit type " + permitType
                        + " is still valid in some zones; remove it from those zones first.")
                : Optional.empty();
    }
}
