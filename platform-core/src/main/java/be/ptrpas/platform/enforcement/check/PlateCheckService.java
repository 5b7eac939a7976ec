package be.ptrpas.platform.enforcement.check;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The warden's plate check: the verdict ({@link PlateVerdicts}) and the check log, and the log read back. The rights
 * themselves are the registry's ({@code enforcement.rights}); the check only reads them.
 */
@ApplicationScoped
@Transactional
public class PlateCheckService {

    @Inject
    PlateVerdicts verdicts;

    @Inject
    Clock clock;

    @Inject
    PlateCheckLog checkLog;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Caller caller;

    /** The plate check: a right in this zone (or in every zone) at this moment, or one that just ended. */
    public CheckResult check(
            String plateText, String country, String zoneCode, Double lat, Double lon, Instant at, String device) {
        if (!PlateNumber.isCountryOrDefault(country)) {
            throw ProblemException.invalid("country", "is not a country code (two letters, e.g. NL)");
        }
        PlateNumber plate = PlateNumber.parse(plateText, country)
                .orElseThrow(() -> ProblemException.invalid("plate", "is not a plate (e.g. 1-ABC-123)"));
        Instant moment = at == null ? Instant.now(clock) : at;
        CheckResult result = verdicts.check(plate, zoneCode, lat, lon, moment);
        // Logged off the request path (batched); the answer does not wait for the log.
        checkLog.record(PlateCheckLog.Entry.of(
                currentTenant.require(),
                Instant.now(clock),
                caller.auditActor(),
                device,
                plate.normalized(),
                plate.country(),
                result.zone(),
                result.verdict(),
                lat,
                lon,
                moment));
        return result;
    }

    /** The recent checks, newest first, for the municipality's admin and the warden page. */
    public List<CheckLogEntry> recentChecks(int limit) {
        checkLog.awaitWritten(2_000);
        return tenantEm.get()
                .createQuery("select c from PlateCheck c order by c.checkedAt desc", PlateCheck.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(CheckLogEntry::of)
                .toList();
    }

    /**
     * One entry of the check log. {@code plate} is the normalised plate as stored; {@code displayPlate} is the same
     * plate as it is written ({@link PlateNumber#display()}), so no client needs to know the plate formats.
     */
    public record CheckLogEntry(
            Instant checkedAt,
            String actor,
            String device,
            String plate,
            String country,
            String displayPlate,
            String zone,
            String verdict,
            Double lat,
            Double lon,
            Instant at) {
        static CheckLogEntry of(PlateCheck c) {
            return new CheckLogEntry(
                    c.checkedAt(),
                    c.actor(),
                    c.device(),
                    c.plate(),
                    c.country(),
                    new PlateNumber(c.plate(), c.country()).display(),
                    c.zoneCode(),
                    c.verdict(),
                    c.latitude(),
                    c.longitude(),
                    c.checkedFor());
        }
    }
}
