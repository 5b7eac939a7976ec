package be.ptrpas.platform.gas;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.time.PlatformClock;
import be.ptrpas.platform.common.web.Dates;
import be.ptrpas.platform.common.web.Versions;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.gas.GasProcedure.Action;
import be.ptrpas.platform.gas.GasProcedure.State;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.security.Roles;
import be.ptrpas.platform.tariff.Tariff;
import be.ptrpas.platform.tariff.TariffDetails;
import be.ptrpas.platform.tariff.TariffService;
import be.ptrpas.platform.tariff.TariffView;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.zone.ZoneService;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * GAS 4 / GAS 5 fines of the current municipality: registration, the lists, and every step of the procedure. A step
 * is checked by {@link GasProcedure} on the day it takes effect; a refused step changes nothing and is answered with
 * 409 {@code gas-transition-not-allowed}; an allowed one changes the fine, appends to its history and to the audit
 * trail in one transaction.
 */
@ApplicationScoped
@Transactional
public class GasFineService {

    static final int MAX_TEXT = 1000;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    TariffService tariffs;

    @Inject
    ZoneService zones;

    @Inject
    GasFineRegistration registration;

    @Inject
    GasFineHistory history;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A fine, and whether it is the first answer to an earlier request with the same idempotency key. */
    public record Answer(GasFineView fine, boolean replayed) {}

    /** A step as the resource read it from its body: the day, a text for the history, and what the step needs. */
    public record Step(LocalDate date, String reason, GasFine.Party party, BigDecimal amount) {}

    public Answer register(GasFineDetails details, String idempotencyKey) {
        GasFineHistory.Request request = GasFineHistory.request(idempotencyKey, Action.REGISTER, null, details);
        Optional<GasFineView> first = history.replay(request, Action.REGISTER, null);
        if (first.isPresent()) {
            return new Answer(first.get(), true);
        }
        if (details == null) {
            throw ProblemException.invalid("body", "a GAS fine is required");
        }
        GasFine.Found found = validate(details);
        GasFine fine = registration.register(
                found, details.offence() == null ? "registered" : "registered: " + details.offence(), request);
        return new Answer(GasFineView.of(fine).withEvents(history.events(fine.id())), false);
    }

    public GasFineView get(String id) {
        GasFine fine = require(id);
        return GasFineView.of(fine).withEvents(history.events(id));
    }

    /** Newest offence first; by state, and by plate. */
    public List<GasFineView> list(State state, PlateNumber plate, int limit) {
        StringBuilder jpql = new StringBuilder("select f from GasFine f where 1 = 1");
        if (state != null) {
            jpql.append(" and f.state = :state");
        }
        if (plate != null) {
            jpql.append(" and f.plate = :plate and f.country = :country");
        }
        jpql.append(" order by f.offenceAt desc, f.id");
        var query = tenantEm.get().createQuery(jpql.toString(), GasFine.class).setMaxResults(limit);
        if (state != null) {
            query.setParameter("state", state);
        }
        if (plate != null) {
            query.setParameter("plate", plate.normalized()).setParameter("country", plate.country());
        }
        return query.getResultStream().map(GasFineView::of).toList();
    }

    /**
     * One step of the procedure. Order of checks: the idempotency key (a retry gets the first answer, even if the fine
     * moved on since), the fine, If-Match, who may do it, the day, and then the procedure's rules.
     */
    public Answer step(String id, Action action, Step step, Object body, String idempotencyKey, Long expectedVersion) {
        GasFineHistory.Request request = GasFineHistory.request(idempotencyKey, action, id, body);
        Optional<GasFineView> first = history.replay(request, action, id);
        if (first.isPresent()) {
            return new Answer(first.get(), true);
        }
        GasFine fine = require(id);
        Versions.check(expectedVersion, fine.version(), "GAS fine " + fine.reference());
        if (action == Action.CANCEL && !caller.hasRole(Roles.OFFICIAL) && fine.state() != State.REGISTERED) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "GAS fine " + fine.reference() + " is " + fine.state()
                            + ": once a fine is notified only the sanctioning official may cancel it.");
        }
        LocalDate today = LocalDate.now(clock.withZone(PlatformClock.BRUSSELS));
        LocalDate on = step.date() == null ? today : step.date();
        Violations v = new Violations();
        Dates.checkRange(v, "date", on);
        if (on.isAfter(today)) {
            v.add("date", "must not be in the future (today is " + today + ")");
        } else if (on.isBefore(fine.lastStepOn())) {
            v.add("date", "must not be before the fine's previous step, on " + fine.lastStepOn());
        }
        if (action == Action.NOTIFY && step.party() != null && fine.state() == State.DRIVER_DESIGNATED) {
            v.add("addressee", "the fine is addressed to the designated driver; leave addressee out");
        }
        if (action == Action.PAY && step.amount() != null && step.amount().compareTo(fine.amount()) != 0) {
            v.add("amount", "must be the fine's amount, " + fine.amount() + " (part payments are not recorded)");
        }
        v.throwIfAny();

        State from = fine.state();
        GasProcedure.Facts facts = fine.facts();
        if (action == Action.NOTIFY && step.party() != null) {
            facts = new GasProcedure.Facts(facts.kind(), facts.state(), facts.terms(), true, facts.driverDesignated());
        }
        GasProcedure.Decision decision = GasProcedure.decide(facts, action, on);
        if (!decision.allowed()) {
            // The state is always named, once: most reasons name it themselves.
            throw new ProblemException(
                    ProblemType.GAS_TRANSITION_NOT_ALLOWED,
                    "GAS fine " + fine.reference() + (decision.reason().contains(from.name()) ? "" : " is " + from)
                            + ": " + decision.reason() + ".");
        }
        GasFineView before = GasFineView.of(fine);
        switch (action) {
            case NOTIFY -> {
                if (step.party() != null) {
                    fine.readdress(step.party());
                }
            }
            case DESIGNATE_DRIVER -> {
                fine.readdress(step.party());
                fine.driverDesignated();
            }
            case PAY -> fine.paid(on, fine.amount());
            default -> {
                // the state and its terms say it all
            }
        }
        fine.moveTo(decision.next(), decision.terms(), on);
        tenantEm.get().flush();
        history.record(fine, action, from, on, step.reason(), request, before);
        return new Answer(GasFineView.of(fine).withEvents(history.events(id)), false);
    }

    private GasFine.Found validate(GasFineDetails d) {
        Violations v = new Violations();
        v.required("kind", d.kind());
        boolean product = v.required("productCode", d.productCode());
        if (product) {
            v.matches(
                    "productCode",
                    d.productCode(),
                    TariffDetails.PRODUCT_CODE,
                    "must be a GAS tariff's product code, " + "e.g. GAS4_CAT1");
        }
        Optional<PlateNumber> plate = Optional.empty();
        if (v.required("plate", d.plate())) {
            if (d.country() != null && !d.country().matches("[A-Z]{2}")) {
                v.add("country", "must be an ISO country code such as BE or NL");
            } else {
                plate = PlateNumber.parse(d.plate(), d.country());
                if (plate.isEmpty()) {
                    v.add("plate", "is not a plate (e.g. 1-ABC-123, or give its country)");
                }
            }
        }
        GasFine.Party offender = party(v, "offender", d.offender(), true);
        Instant now = Instant.now(clock);
        if (v.required("offenceAt", d.offenceAt())) {
            LocalDate day = d.offenceAt().atZone(PlatformClock.BRUSSELS).toLocalDate();
            Dates.checkRange(v, "offenceAt", day);
            if (d.offenceAt().isAfter(now)) {
                v.add("offenceAt", "must not be in the future");
            }
        }
        if (v.required("place", d.place())) {
            v.maxLength("place", d.place(), 200);
        }
        if (d.zone() != null && zones.find(d.zone()).isEmpty()) {
            v.add("zone", "no zone " + d.zone() + " in this municipality");
        }
        if ((d.latitude() == null) != (d.longitude() == null)) {
            v.add(d.latitude() == null ? "latitude" : "longitude", "give latitude and longitude together");
        }
        if (d.latitude() != null && (d.latitude() < 49.4 || d.latitude() > 51.6)) {
            v.add("latitude", "must lie in Belgium (49.4 to 51.6)");
        }
        if (d.longitude() != null && (d.longitude() < 2.5 || d.longitude() > 6.5)) {
            v.add("longitude", "must lie in Belgium (2.5 to 6.5)");
        }
        v.maxLength("offence", d.offence(), 200);
        v.maxLength("evidenceRef", d.evidenceRef(), 500);
        if (d.kind() == GasKind.GAS5) {
            if (v.required("measuredSpeed", d.measuredSpeed())) {
                v.range("measuredSpeed", d.measuredSpeed(), 1, 300);
            }
            if (v.required("speedLimit", d.speedLimit())) {
                v.range("speedLimit", d.speedLimit(), 5, 130);
            }
        } else if (d.kind() == GasKind.GAS4) {
            if (d.measuredSpeed() != null) {
                v.add("measuredSpeed", "applies to GAS 5 (speeding) only");
            }
            if (d.speedLimit() != null) {
                v.add("speedLimit", "applies to GAS 5 (speeding) only");
            }
        }
        v.throwIfAny();

        LocalDate day = d.offenceAt().atZone(PlatformClock.BRUSSELS).toLocalDate();
        BigDecimal amount;
        try {
            TariffView tariff =
                    GasAmounts.tariffFor(tariffs.list(Tariff.Kind.GAS, null, null), d.kind(), d.productCode(), day);
            amount = d.kind() == GasKind.GAS4
                    ? GasAmounts.gas4(tariff.gas())
                    : GasAmounts.gas5(tariff.gas(), d.measuredSpeed(), d.speedLimit());
        } catch (GasAmounts.NoAmount e) {
            throw ProblemException.invalid(e.field(), e.getMessage());
        }
        PlateNumber parsed = plate.orElseThrow();
        return new GasFine.Found(
                d.kind(),
                d.productCode(),
                parsed.normalized(),
                parsed.country(),
                offender,
                d.offenceAt(),
                day,
                d.place().strip(),
                d.zone(),
                d.latitude(),
                d.longitude(),
                d.offence(),
                d.evidenceRef(),
                amount,
                d.measuredSpeed(),
                d.speedLimit(),
                null,
                null);
    }

    /** A person or company from a request: exactly one valid number, and a name of at most 200 characters. */
    static GasFine.Party party(Violations v, String field, GasFineDetails.PartyInput input, boolean companyAllowed) {
        if (input == null) {
            return null;
        }
        String nationalNumber = null;
        String companyNumber = null;
        if (input.nationalNumber() != null) {
            nationalNumber = NationalNumber.parse(input.nationalNumber())
                    .map(NationalNumber::value)
                    .orElse(null);
            if (nationalNumber == null) {
                v.add(field + ".nationalNumber", "is not a valid national number (11 digits, mod-97 check)");
            }
        }
        if (input.companyNumber() != null) {
            if (!companyAllowed) {
                v.add(field + ".companyNumber", "a driver is a person: give a national number");
            } else {
                companyNumber = CompanyNumber.parse(input.companyNumber())
                        .map(CompanyNumber::value)
                        .orElse(null);
                if (companyNumber == null) {
                    v.add(field + ".companyNumber", "is not a valid company number (10 digits, mod-97 check)");
                }
            }
        }
        if (input.nationalNumber() == null && input.companyNumber() == null) {
            v.add(
                    field,
                    companyAllowed ? "give a nationalNumber or a companyNumber" : "give the driver's nationalNumber");
        } else if (input.nationalNumber() != null && input.companyNumber() != null) {
            v.add(field, "give a nationalNumber or a companyNumber, not both");
        }
        v.maxLength(field + ".name", input.name(), 200);
        return new GasFine.Party(
                nationalNumber,
                companyNumber,
                input.name() == null ? null : input.name().strip());
    }

    private GasFine require(String id) {
        GasFine fine = id == null ? null : tenantEm.get().find(GasFine.class, id);
        if (fine == null) {
            throw ProblemException.notFound("No GAS fine " + id + ".");
        }
        return fine;
    }
}
