package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.enforcement.plate.PlateNumber;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A car without a right seen by a scan car in a zone under the GAS regime: what a GAS 4 proposal is made from.
 * {@code sourceKey} is {@code scan:<plug-in>:<observation id>}, so a replayed observation proposes nothing new.
 */
public record GasProposal(
        String sourceKey,
        PlateNumber plate,
        String zoneCode,
        LocalDate day,
        Instant observedAt,
        double latitude,
        double longitude,
        String evidenceRef) {}
