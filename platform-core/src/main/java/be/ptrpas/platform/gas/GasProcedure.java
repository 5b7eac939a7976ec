package be.ptrpas.platform.gas;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The legal flow of a GAS 4 / GAS 5 fine as a pure state machine: which step may follow which, on which date, and
 * which terms a step starts. No persistence and no clock: the caller passes the date the step takes effect and what
 * is known about the fine ({@link Facts}); the answer is the next state with its terms, or a refusal that says why.
 *
 * <pre>
 * REGISTERED ─notify→ NOTIFIED ─file defence→ DEFENCE_FILED ─decide: accept→ CLOSED
 *                        │  │                                └decide: reject→ DECIDED ─appeal→ APPEALED ─granted→ CLOSED
 *                        │  └designate driver (GAS 5)→ DRIVER_DESIGNATED ─notify→ NOTIFIED       └rejected→ APPEAL_REJECTED
 *                        └(30 days, no defence) decide→ CLOSED / DECIDED
 * NOTIFIED, DECIDED, APPEAL_REJECTED ─pay→ PAID
 * DECIDED (payment and appeal terms over), APPEAL_REJECTED (payment term over) ─hand to collection→ HANDED_TO_COLLECTION
 * any open state except APPEALED ─cancel→ CLOSED
 * </pre>
 */
public final class GasProcedure {

    /** Days to pay or to file a defence after a notification, and to pay after a decision or an appeal judgment. */
    public static final int TERM_DAYS = 30;
    /** Months to appeal to the police court after the official's decision. */
    public static final int APPEAL_MONTHS = 1;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private GasProcedure() {}

    @Schema(name = "GasFineState")
    public enum State {
        /** Found by a warden or proposed from a camera or scan-car observation; nobody has been told yet. */
        REGISTERED,
        /** The offender was notified: 30 days to pay or to file a defence. */
        NOTIFIED,
        /** A defence was filed in time: the sanctioning official decides. */
        DEFENCE_FILED,
        /** GAS 5: the holder named the driver; the fine is re-addressed and waits to be notified to the driver. */
        DRIVER_DESIGNATED,
        /** The official imposed the fine: 30 days to pay, one month to appeal to the police court. */
        DECIDED,
        /** Appealed to the police court. */
        APPEALED,
        /** The police court confirmed the fine: 30 days to pay. */
        APPEAL_REJECTED,
        PAID,
        /** Ended without payment: defence accepted, appeal granted, or cancelled. */
        CLOSED,
        /** Unpaid after every term: handed to the collector (bailiff); the municipality takes no more payments. */
        HANDED_TO_COLLECTION;

        public boolean isFinal() {
            return this == PAID || this == CLOSED || this == HANDED_TO_COLLECTION;
        }
    }

    @Schema(name = "GasFineAction")
    public enum Action {
        REGISTER,
        NOTIFY,
        FILE_DEFENCE,
        DESIGNATE_DRIVER,
        PAY,
        DECIDE_ACCEPT,
        DECIDE_REJECT,
        APPEAL,
        APPEAL_GRANTED,
        APPEAL_REJECTED,
        HAND_TO_COLLECTION,
        CANCEL;

        /** How people call the step, for messages. */
        public String label() {
            return switch (this) {
                case REGISTER -> "registration";
                case NOTIFY -> "notification";
                case FILE_DEFENCE -> "defence";
                case DESIGNATE_DRIVER -> "driver designation";
                case PAY -> "payment";
                case DECIDE_ACCEPT -> "decision accepting the defence";
                case DECIDE_REJECT -> "decision imposing the fine";
                case APPEAL -> "appeal";
                case APPEAL_GRANTED -> "appeal judgment granting the appeal";
                case APPEAL_REJECTED -> "appeal judgment rejecting the appeal";
                case HAND_TO_COLLECTION -> "hand-over to collection";
                case CANCEL -> "cancellation";
            };
        }
    }

    /** The running terms of a fine; {@code null} where none runs. All dates are the last day of the term. */
    public record Terms(LocalDate notifiedOn, LocalDate defenceDue, LocalDate paymentDue, LocalDate appealDue) {
        public static final Terms NONE = new Terms(null, null, null, null);
    }

    /**
     * What the rules need to know about a fine. {@code hasAddressee}: an offender (or designated driver) to notify is
     * known; {@code driverDesignated}: the holder has already named a driver once.
     */
    public record Facts(GasKind kind, State state, Terms terms, boolean hasAddressee, boolean driverDesignated) {
        public Facts {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(state);
            terms = terms == null ? Terms.NONE : terms;
        }
    }

    /** The answer: allowed (the next state and its terms) or refused (and why, in words a clerk understands). */
    public record Decision(boolean allowed, State next, Terms terms, String reason) {

        static Decision to(State next, Terms terms) {
            return new Decision(true, next, terms, null);
        }

        static Decision refused(String reason) {
            return new Decision(false, null, null, reason);
        }
    }

    /** Whether {@code action} taking effect on {@code on} is allowed for a fine with these facts, and what follows. */
    public static Decision decide(Facts fine, Action action, LocalDate on) {
        Objects.requireNonNull(action);
        Objects.requireNonNull(on);
        State state = fine.state();
        Terms terms = fine.terms();
        if (action == Action.REGISTER) {
            return Decision.refused("the fine is already registered");
        }
        if (state.isFinal()) {
            return Decision.refused(finalReason(state, action));
        }
        return switch (action) {
            case NOTIFY -> notify(fine, on);
            case FILE_DEFENCE -> {
                if (state != State.NOTIFIED) {
                    yield refusedIn(state, action, "a defence can only be filed while the fine is NOTIFIED");
                }
                if (on.isAfter(terms.defenceDue())) {
                    yield Decision.refused("the 30-day term to file a defence ended on " + day(terms.defenceDue()));
                }
                yield Decision.to(State.DEFENCE_FILED, terms);
            }
            case DESIGNATE_DRIVER -> {
                if (fine.kind() != GasKind.GAS5) {
                    yield Decision.refused("only a GAS 5 (speeding) fine can be re-addressed to a driver; for GAS 4 "
                            + "the holder answers for the parked vehicle");
                }
                if (state != State.NOTIFIED) {
                    yield refusedIn(state, action, "the holder can only name the driver while the fine is NOTIFIED");
                }
                if (fine.driverDesignated()) {
                    yield Decision.refused(
                            "the driver was already designated once; the driver cannot pass the fine on");
                }
                if (on.isAfter(terms.defenceDue())) {
                    yield Decision.refused("the 30-day term to name the driver ended on " + day(terms.defenceDue()));
                }
                yield Decision.to(State.DRIVER_DESIGNATED, Terms.NONE);
            }
            case PAY ->
                switch (state) {
                    case NOTIFIED, DECIDED, APPEAL_REJECTED -> Decision.to(State.PAID, terms);
                    case REGISTERED ->
                        refusedIn(state, action, "it has not been notified yet, so there is nothing to pay");
                    case DEFENCE_FILED ->
                        refusedIn(
                                state, action, "a defence is pending and the sanctioning official " + "decides first");
                    case DRIVER_DESIGNATED ->
                        refusedIn(state, action, "it was re-addressed to the driver, who must be " + "notified first");
                    case APPEALED -> refusedIn(state, action, "it is under appeal at the police court");
                    default -> refusedIn(state, action, "");
                };
            case DECIDE_ACCEPT, DECIDE_REJECT -> {
                boolean accept = action == Action.DECIDE_ACCEPT;
                if (state == State.DEFENCE_FILED || state == State.NOTIFIED && on.isAfter(terms.defenceDue())) {
                    yield accept
                            ? Decision.to(State.CLOSED, terms)
                            : Decision.to(
                                    State.DECIDED,
                                    new Terms(
                                            terms.notifiedOn(),
                                            terms.defenceDue(),
                                            on.plusDays(TERM_DAYS),
                                            on.plusMonths(APPEAL_MONTHS)));
                }
                if (state == State.NOTIFIED) {
                    yield Decision.refused("no defence was filed and the 30-day defence term runs until "
                            + day(terms.defenceDue()) + "; the sanctioning official decides only on a defence, or "
                            + "after that term");
                }
                yield refusedIn(
                        state,
                        action,
                        "the official decides only on a NOTIFIED fine whose defence term is "
                                + "over, or on a filed defence");
            }
            case APPEAL -> {
                if (state != State.DECIDED) {
                    yield refusedIn(state, action, "only the official's decision (DECIDED) can be appealed");
                }
                if (on.isAfter(terms.appealDue())) {
                    yield Decision.refused("the one-month term to appeal ended on " + day(terms.appealDue()));
                }
                yield Decision.to(State.APPEALED, terms);
            }
            case APPEAL_GRANTED, APPEAL_REJECTED -> {
                if (state != State.APPEALED) {
                    yield refusedIn(state, action, "there is no appeal pending");
                }
                yield action == Action.APPEAL_GRANTED
                        ? Decision.to(State.CLOSED, terms)
                        : Decision.to(
                                State.APPEAL_REJECTED,
                                new Terms(terms.notifiedOn(), terms.defenceDue(), on.plusDays(TERM_DAYS), null));
            }
            case HAND_TO_COLLECTION -> collection(fine, on);
            case CANCEL ->
                state == State.APPEALED
                        ? refusedIn(state, action, "it is under appeal and the police court decides")
                        : Decision.to(State.CLOSED, terms);
            case REGISTER -> throw new IllegalStateException("handled above");
        };
    }

    private static Decision notify(Facts fine, LocalDate on) {
        State state = fine.state();
        if (state != State.REGISTERED && state != State.DRIVER_DESIGNATED) {
            return refusedIn(
                    state,
                    Action.NOTIFY,
                    state == State.NOTIFIED
                            ? "it was notified on " + day(fine.terms().notifiedOn())
                            : "only a REGISTERED fine, or one re-addressed to its driver, is " + "notified");
        }
        if (!fine.hasAddressee()) {
            return Decision.refused("nobody to notify: name the offender (national or company number) first");
        }
        LocalDate due = on.plusDays(TERM_DAYS);
        return Decision.to(State.NOTIFIED, new Terms(on, due, due, null));
    }

    private static Decision collection(Facts fine, LocalDate on) {
        State state = fine.state();
        Terms terms = fine.terms();
        return switch (state) {
            case DECIDED -> {
                if (!on.isAfter(terms.paymentDue())) {
                    yield Decision.refused("the payment term runs until " + day(terms.paymentDue()));
                }
                if (!on.isAfter(terms.appealDue())) {
                    yield Decision.refused("the appeal term runs until " + day(terms.appealDue()));
                }
                yield Decision.to(State.HANDED_TO_COLLECTION, terms);
            }
            case APPEAL_REJECTED ->
                on.isAfter(terms.paymentDue())
                        ? Decision.to(State.HANDED_TO_COLLECTION, terms)
                        : Decision.refused("the payment term after the police court's judgment runs until "
                                + day(terms.paymentDue()));
            case NOTIFIED ->
                refusedIn(
                        state,
                        Action.HAND_TO_COLLECTION,
                        "an unpaid fine needs the sanctioning " + "official's decision before it can be collected");
            default ->
                refusedIn(
                        state,
                        Action.HAND_TO_COLLECTION,
                        "only an imposed fine whose terms ran out unpaid " + "is handed to collection");
        };
    }

    private static String finalReason(State state, Action action) {
        return switch (state) {
            case PAID -> "the fine is PAID; no " + action.label() + " after payment";
            case CLOSED -> "the fine is CLOSED; no " + action.label() + " after it was closed";
            case HANDED_TO_COLLECTION ->
                action == Action.PAY
                        ? "the fine was HANDED_TO_COLLECTION; payments go to the collector, not to the municipality"
                        : "the fine was HANDED_TO_COLLECTION; no " + action.label() + " after the hand-over";
            default -> throw new IllegalArgumentException(state + " is not final");
        };
    }

    private static Decision refusedIn(State state, Action action, String why) {
        return Decision.refused(
                "no " + action.label() + " while the fine is " + state + (why.isEmpty() ? "" : " (" + why + ")"));
    }

    private static String day(LocalDate date) {
        return date == null ? "?" : DAY.format(date);
    }
}
