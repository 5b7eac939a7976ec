package be.ptrpas.platform.tariff;

import java.time.Instant;
import java.time.LocalDate;

public record TariffView(
        String id,
        Tariff.Kind kind,
        String productCode,
        LocalDate validFrom,
        LocalDate validTo,
        TariffDefinitions.PermitPricing permit,
        TariffDefinitions.RetributionTariff retribution,
        TariffDefinitions.ParkingTimeTariff parkingTime,
        TariffDefinitions.GasTariff gas,
        long version,
        Instant updatedAt) {}
