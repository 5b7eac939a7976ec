package be.ptrpas.platform.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.pass.MoneyState;
import be.ptrpas.platform.pass.PassKind;
import be.ptrpas.platform.pass.PassStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a basket is judged and split into one payment per municipality. */
class BasketSplitTest {

    static BasketLine line(String id, String nis, MoneyState money, Long amount, long paid) {
        return new BasketLine(
                id, nis, PassKind.RETRIBUTION, PassStatus.RECEIVED, money, amount, paid, "090933755493", "1-ABC-123");
    }

    @Test
    void itemsOfSeveralMunicipalitiesSplitIntoOneShareEachInTheOrderListed() {
        List<BasketLine> found = List.of(
                line("a", "71016", MoneyState.OPEN, 2500L, 0),
                line("b", "11002", MoneyState.REMINDER_SENT, 5800L, 0),
                line("c", "71016", MoneyState.OPEN, 1000L, 0));

        List<BasketSplit.Share> shares = BasketSplit.split(List.of("b", "a", "c"), found);

        assertThat(shares).extracting(BasketSplit.Share::municipality).containsExactly("11002", "71016");
        assertThat(shares.get(0).lines()).extracting(BasketLine::passItemId).containsExactly("b");
        assertThat(shares.get(1).lines()).extracting(BasketLine::passItemId).containsExactly("a", "c");
        assertThat(shares.get(1).amountCents()).isEqualTo(3500);
        assertThat(shares.get(0).amountCents()).isEqualTo(5800);
    }

    @Test
    void anItemNotOnThePassIsNotFoundWithoutSayingWhetherItExists() {
        assertThatThrownBy(() -> BasketSplit.split(
                        List.of("a", "someone-elses"), List.of(line("a", "71016", MoneyState.OPEN, 2500L, 0))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("Your pass has no item someone-elses.");
                });
    }

    @Test
    void paidCancelledRefundedOrNothingDueIsAConflict() {
        for (MoneyState money :
                List.of(MoneyState.PAID, MoneyState.CANCELLED, MoneyState.REFUNDED, MoneyState.REFUND_PENDING)) {
            assertThat(problem(line("a", "71016", money, 2500L, 0)))
                    .as(money.name())
                    .isEqualTo(ProblemType.BASKET_ITEM_PAID);
        }
        assertThat(problem(line("a", "71016", MoneyState.OPEN, 2500L, 2500)))
                .as("nothing due")
                .isEqualTo(ProblemType.BASKET_ITEM_PAID);
        assertThat(problem(new BasketLine(
                        "a", "71016", PassKind.GAS_FINE, PassStatus.CANCELLED, MoneyState.OPEN, 2500L, 0, "1", "x")))
                .isEqualTo(ProblemType.BASKET_ITEM_PAID);
    }

    @Test
    void anItemWithoutMoneyOrInDisputeOrWithTheCollectorIsNotPayableHere() {
        assertThat(problem(new BasketLine(
                        "a", "71016", PassKind.IOD_PERMIT, PassStatus.HANDLED, null, null, 0, null, "permit")))
                .isEqualTo(ProblemType.BASKET_ITEM_NOT_PAYABLE);
        assertThat(problem(new BasketLine(
                        "a", null, PassKind.DISABLED_CARD, PassStatus.HANDLED, null, null, 0, null, "card")))
                .isEqualTo(ProblemType.BASKET_ITEM_NOT_PAYABLE);
        for (MoneyState money :
                List.of(MoneyState.IN_DISPUTE, MoneyState.HANDED_TO_COLLECTION, MoneyState.PARTLY_PAID)) {
            assertThat(problem(line("a", "71016", money, 2500L, 100)))
                    .as(money.name())
                    .isEqualTo(ProblemType.BASKET_ITEM_NOT_PAYABLE);
        }
    }

    @Test
    void aBasketHoldsOneToFiftyItemsEachOnce() {
        assertThat(validation(List.of())).contains("at least one");
        assertThat(validation(null)).contains("at least one");
        assertThat(validation(new ArrayList<>(Collections.nCopies(51, "x")))).contains("at most 50");
        assertThat(validation(List.of("a", "b", "a"))).contains("a second time");
        List<String> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add("item-" + i);
        }
        assertThat(BasketSplit.requested(fifty)).hasSize(50);
    }

    static ProblemType problem(BasketLine line) {
        try {
            BasketSplit.split(List.of(line.passItemId()), List.of(line));
        } catch (ProblemException e) {
            return e.type();
        }
        throw new AssertionError("accepted " + line);
    }

    static String validation(List<String> ids) {
        try {
            BasketSplit.requested(ids);
        } catch (ProblemException e) {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
            return e.errors().toString();
        }
        throw new AssertionError("accepted " + ids);
    }
}
