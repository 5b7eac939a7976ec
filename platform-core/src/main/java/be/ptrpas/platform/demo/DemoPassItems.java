package be.ptrpas.platform.demo;

import be.ptrpas.platform.enforcement.iod.IodPermitDetails;
import be.ptrpas.platform.enforcement.iod.IodPermitService;
import be.ptrpas.platform.gas.GasFineDetails;
import be.ptrpas.platform.gas.GasFineService;
import be.ptrpas.platform.gas.GasKind;
import be.ptrpas.platform.gas.GasProcedure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the demo citizens find on their pass: IOD permits and GAS fines in several municipalities, registered through
 * the same services a clerk uses (so the pass is filled the way it always is), with dates relative to the first
 * start so the demo never looks stale.
 */
@ApplicationScoped
public class DemoPassItems {

    @Inject
    IodPermitService iodPermits;

    @Inject
    GasFineService gasFines;

    @Inject
    Clock clock;

    /**
     * An item of a demo citizen. {@code kind} is IOD_PERMIT (reference, holder, one holder number, purpose, area,
     * widthMetres, startsInDays, days) or GAS_FINE (productCode, plate, offender, place, offence, daysAgo; notified
     * at once when {@code notifyAtOnce}).
     */
    public record Item(
            String tenant,
            String kind,
            String reference,
            String holder,
            String holderNationalNumber,
            String holderCompanyNumber,
            String purpose,
            JsonObject area,
            Double widthMetres,
            Integer startsInDays,
            Integer days,
            String productCode,
            String plate,
            GasFineDetails.PartyInput offender,
            String place,
            String offence,
            Double latitude,
            Double longitude,
            Integer daysAgo,
            Boolean notifyAtOnce) {}

    /**
     * Registers the item in the current municipality (a retried start finds it registered under the same key); answers
     * its reference.
     */
    @Transactional
    public String seed(Item item) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        switch (item.kind()) {
            case "IOD_PERMIT" -> {
                Instant from = now.plus(Duration.ofDays(item.startsInDays()));
                iodPermits.register(
                        new IodPermitDetails(
                                item.reference(),
                                item.holder(),
                                item.holderNationalNumber(),
                                item.holderCompanyNumber(),
                                item.purpose(),
                                item.area(),
                                item.widthMetres(),
                                from,
                                from.plus(Duration.ofDays(item.days())),
                                List.of()),
                        "demo-iod-" + item.reference());
                return item.reference();
            }
            case "GAS_FINE" -> {
                GasFineService.Answer registered = gasFines.register(
                        new GasFineDetails(
                                GasKind.GAS4,
                                item.productCode(),
                                item.plate(),
                                "BE",
                                item.offender(),
                                now.minus(Duration.ofDays(item.daysAgo())),
                                item.place(),
                                null,
                                item.latitude(),
                                item.longitude(),
                                item.offence(),
                                null,
                                null,
                                null),
                        "demo-gas-" + item.tenant() + "-" + item.plate());
                if (Boolean.TRUE.equals(item.notifyAtOnce()) && !registered.replayed()) {
                    gasFines.step(
                            registered.fine().id(),
                            GasProcedure.Action.NOTIFY,
                            new GasFineService.Step(null, "notified (demo)", null, null),
                            item,
                            "demo-gas-notify-" + item.tenant() + "-" + item.plate(),
                            null);
                }
                return registered.fine().reference();
            }
            default -> throw new IllegalArgumentException("no demo pass item of kind " + item.kind());
        }
    }
}
