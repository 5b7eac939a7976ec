package be.ptrpas.platform.tariff;

import be.ptrpas.platform.permitrule.PermitTypeUsage;
import be.ptrpas.platform.zone.ZoneUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A tariff's product is a zone (parking time) or a permit type (permits): neither may be deleted while a tariff still
 * prices it. Told to the zone and permit-rule features through their usage interfaces, so they do not depend on
 * tariffs (tariffs depend on them).
 */
@ApplicationScoped
public class TariffProductUsage implements ZoneUsage, PermitTypeUsage {

    @Inject
    TariffService tariffs;

    @Override
    public Optional<String> refusalToDeleteZone(String zoneCode) {
        return tariffs.isProductInUse(Tariff.Kind.PARKING_TIME, zoneCode)
                ? Optional.of("Zone " + zoneCode + " still has parking tariffs; end or delete them first.")
                : Optional.empty();
    }

    @Override
    public Optional<String> refusalToDeletePermitType(String permitType) {
        return tariffs.isProductInUse(Tariff.Kind.PERMIT, permitType)
                ? Optional.of("Permit type " + permitType + " still has tariffs; delete them first.")
                : Optional.empty();
    }
}
