package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.enforcement.plate.PlateNumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Everything a retribution needs, worked out before the charge rules decide whether and how it is issued. */
record ChargeDraft(
        String sourceKey,
        PlateNumber plate,
        String zoneCode,
        LocalDate chargeDay,
        Instant observedAt,
        double latitude,
        double longitude,
        String evidenceRef,
        String tariffProduct,
        BigDecimal amount,
        String issuer,
        String collector,
        LocalDate dueDate) {}
