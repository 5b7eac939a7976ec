package be.ptrpas.platform.gas;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.gas.GasProcedure.Action;
import be.ptrpas.platform.gas.GasProcedure.Decision;
import be.ptrpas.platform.gas.GasProcedure.Facts;
import be.ptrpas.platform.gas.GasProcedure.State;
import be.ptrpas.platform.gas.GasProcedure.Terms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every state × every action of the GAS procedure, within and after the running terms, and the terms themselves. */
class GasProcedureTest {

    static final LocalDate ON = LocalDate.of(2025, 6, 16);

    /** The allowed steps while every term still runs on the day of the step; everything else is refused. */
    static final Map<State, Map<Action, State>> WITHIN_TERMS = new EnumMap<>(State.class);
    /** The allowed steps once every term ran out before the day of the step. */
    static final Map<State, Map<Action, State>> AFTER_TERMS = new EnumMap<>(State.class);

    static {
        allow(WITHIN_TERMS, State.REGISTERED, Action.NOTIFY, State.NOTIFIED, Action.CANCEL, State.CLOSED);
        allow(
                WITHIN_TERMS,
                State.NOTIFIED,
                Action.FILE_DEFENCE,
                State.DEFENCE_FILED,
                Action.DESIGNATE_DRIVER,
                State.DRIVER_DESIGNATED,
                Action.PAY,
                State.PAID,
                Action.CANCEL,
                State.CLOSED);
        allow(
                WITHIN_TERMS,
                State.DEFENCE_FILED,
                Action.DECIDE_ACCEPT,
                State.CLOSED,
                Action.DECIDE_REJECT,
                State.DECIDED,
                Action.CANCEL,
                State.CLOSED);
        allow(WITHIN_TERMS, State.DRIVER_DESIGNATED, Action.NOTIFY, State.NOTIFIED, Action.CANCEL, State.CLOSED);
        allow(
                WITHIN_TERMS,
                State.DECIDED,
                Action.PAY,
                State.PAID,
                Action.APPEAL,
                State.APPEALED,
                Action.CANCEL,
                State.CLOSED);
        allow(
                WITHIN_TERMS,
                State.APPEALED,
                Action.APPEAL_GRANTED,
                State.CLOSED,
                Action.APPEAL_REJECTED,
                State.APPEAL_REJECTED);
        allow(WITHIN_TERMS, State.APPEAL_REJECTED, Action.PAY, State.PAID, Action.CANCEL, State.CLOSED);
        allow(WITHIN_TERMS, State.PAID);
        allow(WITHIN_TERMS, State.CLOSED);
        allow(WITHIN_TERMS, State.HANDED_TO_COLLECTION);

        allow(AFTER_TERMS, State.REGISTERED, Action.NOTIFY, State.NOTIFIED, Action.CANCEL, State.CLOSED);
        allow(
                AFTER_TERMS,
                State.NOTIFIED,
                Action.PAY,
                State.PAID,
                Action.DECIDE_ACCEPT,
                State.CLOSED,
                Action.DECIDE_REJECT,
                State.DECIDED,
                Action.CANCEL,
                State.CLOSED);
        allow(
                AFTER_TERMS,
                State.DEFENCE_FILED,
                Action.DECIDE_ACCEPT,
                State.CLOSED,
                Action.DECIDE_REJECT,
                State.DECIDED,
                Action.CANCEL,
                State.CLOSED);
        allow(AFTER_TERMS, State.DRIVER_DESIGNATED, Action.NOTIFY, State.NOTIFIED, Action.CANCEL, State.CLOSED);
        allow(
                AFTER_TERMS,
                State.DECIDED,
                Action.PAY,
                State.PAID,
                Action.HAND_TO_COLLECTION,
                State.HANDED_TO_COLLECTION,
                Action.CANCEL,
                State.CLOSED);
        allow(
                AFTER_TERMS,
                State.APPEALED,
                Action.APPEAL_GRANTED,
                State.CLOSED,
                Action.APPEAL_REJECTED,
                State.APPEAL_REJECTED);
        allow(
                AFTER_TERMS,
                State.APPEAL_REJECTED,
                Action.PAY,
                State.PAID,
                Action.HAND_TO_COLLECTION,
                State.HANDED_TO_COLLECTION,
                Action.CANCEL,
                State.CLOSED);
        allow(AFTER_TERMS, State.PAID);
        allow(AFTER_TERMS, State.CLOSED);
        allow(AFTER_TERMS, State.HANDED_TO_COLLECTION);
    }

    static void allow(Map<State, Map<Action, State>> table, State from, Object... actionThenTarget) {
        Map<Action, State> allowed = new EnumMap<>(Action.class);
        for (int i = 0; i < actionThenTarget.length; i += 2) {
            allowed.put((Action) actionThenTarget[i], (State) actionThenTarget[i + 1]);
        }
        table.put(from, allowed);
    }

    /** Terms that all end {@code offset} days from the step's day (positive: still running; negative: over). */
    static Terms termsEnding(int offset) {
        LocalDate due = ON.plusDays(offset);
        return new Terms(ON.minusDays(20), due, due, due);
    }

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (String when : List.of("within", "after")) {
            for (State state : State.values()) {
                for (Action action : Action.values()) {
                    cases.add(Arguments.of(when, state, action));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} + {2} ({0} the terms)")
    @MethodSource("everyStateAndAction")
    void everyStepIsAllowedOrRefusedWithAReason(String when, State state, Action action) {
        boolean within = when.equals("within");
        Facts fine = new Facts(GasKind.GAS5, state, termsEnding(within ? 10 : -10), true, false);
        State expected = (within ? WITHIN_TERMS : AFTER_TERMS).get(state).get(action);

        Decision decision = GasProcedure.decide(fine, action, ON);

        if (expected == null) {
            assertThat(decision.allowed())
                    .as(state + " + " + action + " must be refused")
                    .isFalse();
            assertThat(decision.reason()).isNotBlank();
            assertThat(decision.next()).isNull();
        } else {
            assertThat(decision.allowed())
                    .as(state + " + " + action + ": " + decision.reason())
                    .isTrue();
            assertThat(decision.next()).isEqualTo(expected);
            assertThat(decision.reason()).isNull();
        }
    }

    @Test
    void theTablesCoverEveryState() {
        assertThat(WITHIN_TERMS).containsOnlyKeys(State.values());
        assertThat(AFTER_TERMS).containsOnlyKeys(State.values());
    }

    @Nested
    class Terms_ {

        @Test
        void aNotificationStartsThirtyDaysToPayOrFileADefence() {
            Decision notified = GasProcedure.decide(
                    new Facts(GasKind.GAS4, State.REGISTERED, null, true, false), Action.NOTIFY, ON);
            assertThat(notified.terms()).isEqualTo(new Terms(ON, ON.plusDays(30), ON.plusDays(30), null));
        }

        @Test
        void aRejectedDefenceStartsANewPaymentTermAndAMonthToAppeal() {
            Facts filed = new Facts(GasKind.GAS4, State.DEFENCE_FILED, termsEnding(5), true, false);
            Decision decided = GasProcedure.decide(filed, Action.DECIDE_REJECT, ON);
            assertThat(decided.next()).isEqualTo(State.DECIDED);
            assertThat(decided.terms().paymentDue()).isEqualTo(ON.plusDays(30));
            assertThat(decided.terms().appealDue()).isEqualTo(ON.plusMonths(1));
            assertThat(decided.terms().notifiedOn()).isEqualTo(filed.terms().notifiedOn());
        }

        @Test
        void aRejectedAppealStartsANewPaymentTermAndNoFurtherAppeal() {
            Decision judged = GasProcedure.decide(
                    new Facts(GasKind.GAS4, State.APPEALED, termsEnding(-40), true, false), Action.APPEAL_REJECTED, ON);
            assertThat(judged.terms().paymentDue()).isEqualTo(ON.plusDays(30));
            assertThat(judged.terms().appealDue()).isNull();
        }

        @Test
        void aDesignatedDriverIsNotifiedAfreshWithAFullTerm() {
            Facts notified = new Facts(GasKind.GAS5, State.NOTIFIED, termsEnding(3), true, false);
            Decision designated = GasProcedure.decide(notified, Action.DESIGNATE_DRIVER, ON);
            assertThat(designated.next()).isEqualTo(State.DRIVER_DESIGNATED);
            Decision renotified = GasProcedure.decide(
                    new Facts(GasKind.GAS5, designated.next(), designated.terms(), true, true),
                    Action.NOTIFY,
                    ON.plusDays(2));
            assertThat(renotified.next()).isEqualTo(State.NOTIFIED);
            assertThat(renotified.terms().defenceDue()).isEqualTo(ON.plusDays(32));
        }
    }

    @Nested
    class Boundaries {

        final Terms notifiedToday = new Terms(ON, ON.plusDays(30), ON.plusDays(30), null);

        @Test
        void aDefenceOnTheLastDayCountsTheDayAfterDoesNot() {
            Facts fine = new Facts(GasKind.GAS4, State.NOTIFIED, notifiedToday, true, false);
            assertThat(GasProcedure.decide(fine, Action.FILE_DEFENCE, ON.plusDays(30))
                            .allowed())
                    .isTrue();
            Decision late = GasProcedure.decide(fine, Action.FILE_DEFENCE, ON.plusDays(31));
            assertThat(late.allowed()).isFalse();
            assertThat(late.reason()).contains("ended on " + ON.plusDays(30));
        }

        @Test
        void noDecisionWithoutADefenceUntilTheDefenceTermIsOver() {
            Facts fine = new Facts(GasKind.GAS4, State.NOTIFIED, notifiedToday, true, false);
            for (LocalDate day : List.of(ON, ON.plusDays(29), ON.plusDays(30))) {
                Decision early = GasProcedure.decide(fine, Action.DECIDE_REJECT, day);
                assertThat(early.allowed()).as(day.toString()).isFalse();
                assertThat(early.reason())
                        .contains("no defence was filed")
                        .contains(ON.plusDays(30).toString());
            }
            assertThat(GasProcedure.decide(fine, Action.DECIDE_REJECT, ON.plusDays(31))
                            .next())
                    .isEqualTo(State.DECIDED);
            assertThat(GasProcedure.decide(fine, Action.DECIDE_ACCEPT, ON.plusDays(31))
                            .next())
                    .isEqualTo(State.CLOSED);
        }

        @Test
        void collectionWaitsForBothThePaymentAndTheAppealTerm() {
            Terms decided = new Terms(ON.minusDays(60), ON.minusDays(30), ON.plusDays(30), ON.plusDays(31));
            Facts fine = new Facts(GasKind.GAS4, State.DECIDED, decided, true, false);
            assertThat(GasProcedure.decide(fine, Action.HAND_TO_COLLECTION, ON.plusDays(30))
                            .reason())
                    .contains("payment term runs until " + ON.plusDays(30));
            assertThat(GasProcedure.decide(fine, Action.HAND_TO_COLLECTION, ON.plusDays(31))
                            .reason())
                    .contains("appeal term runs until " + ON.plusDays(31));
            assertThat(GasProcedure.decide(fine, Action.HAND_TO_COLLECTION, ON.plusDays(32))
                            .next())
                    .isEqualTo(State.HANDED_TO_COLLECTION);
        }

        @Test
        void anAppealAfterTheMonthIsRefused() {
            Terms decided = new Terms(ON.minusDays(60), ON.minusDays(30), ON.plusDays(30), ON.plusMonths(1));
            Facts fine = new Facts(GasKind.GAS4, State.DECIDED, decided, true, false);
            assertThat(GasProcedure.decide(fine, Action.APPEAL, ON.plusMonths(1))
                            .allowed())
                    .isTrue();
            assertThat(GasProcedure.decide(fine, Action.APPEAL, ON.plusMonths(1).plusDays(1))
                            .reason())
                    .contains("term to appeal ended");
        }
    }

    @Nested
    class Refusals {

        @Test
        void noPaymentAfterTheHandOverToCollection() {
            Decision paid = GasProcedure.decide(
                    new Facts(GasKind.GAS4, State.HANDED_TO_COLLECTION, termsEnding(-5), true, false), Action.PAY, ON);
            assertThat(paid.allowed()).isFalse();
            assertThat(paid.reason()).contains("HANDED_TO_COLLECTION").contains("collector");
        }

        @Test
        void onlyGas5FinesCanBeReAddressedToADriverAndOnlyOnce() {
            assertThat(GasProcedure.decide(
                                    new Facts(GasKind.GAS4, State.NOTIFIED, termsEnding(5), true, false),
                                    Action.DESIGNATE_DRIVER,
                                    ON)
                            .reason())
                    .contains("only a GAS 5");
            assertThat(GasProcedure.decide(
                                    new Facts(GasKind.GAS5, State.NOTIFIED, termsEnding(5), true, true),
                                    Action.DESIGNATE_DRIVER,
                                    ON)
                            .reason())
                    .contains("already designated");
        }

        @Test
        void nobodyToNotifyWithoutAnOffender() {
            assertThat(GasProcedure.decide(
                                    new Facts(GasKind.GAS4, State.REGISTERED, null, false, false), Action.NOTIFY, ON)
                            .reason())
                    .contains("name the offender");
        }

        @Test
        void stateRefusalsNameTheStateAndTheStep() {
            Decision decision = GasProcedure.decide(
                    new Facts(GasKind.GAS4, State.DEFENCE_FILED, termsEnding(5), true, false), Action.PAY, ON);
            assertThat(decision.reason())
                    .contains("payment")
                    .contains("DEFENCE_FILED")
                    .contains("official decides");
        }
    }
}
