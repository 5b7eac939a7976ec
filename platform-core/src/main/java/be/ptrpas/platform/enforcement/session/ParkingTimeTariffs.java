package be.ptrpas.platform.enforcement.session;

import be.ptrpas.platform.tariff.Tariff;
import be.ptrpas.platform.tariff.TariffService;
import be.ptrpas.platform.zone.Zone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** A zone's parking-time tariffs over time, as the fee calculator and the scan processing read them. */
@ApplicationScoped
public class ParkingTimeTariffs {

    @Inject
    TariffService tariffs;

    public ParkingFeeCalculator of(Zone zone) {
        List<ParkingFeeCalculator.TariffPeriod> periods =
                tariffs.list(Tariff.Kind.PARKING_TIME, zone.code(), null).stream()
                        .filter(tariff -> tariff.parkingTime() != null)
                        .map(tariff -> new ParkingFeeCalculator.TariffPeriod(
                                tariff.validFrom(), tariff.validTo(), tariff.parkingTime()))
                        .toList();
        return new ParkingFeeCalculator(zone.code(), periods, zone.maxStayMinutes());
    }
}
