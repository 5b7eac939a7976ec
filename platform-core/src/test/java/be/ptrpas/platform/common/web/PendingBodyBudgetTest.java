package be.ptrpas.platform.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PendingBodyBudgetTest {

    @Test
    void refusesBytesBeyondTheBudgetUntilOthersAreReleased() {
        PendingBodyBudget budget = new PendingBodyBudget(100);
        assertThat(budget.reserve(60)).isTrue();
        assertThat(budget.reserve(41)).as("60 + 41 > 100").isFalse();
        assertThat(budget.reserve(40)).as("the refused 41 were not kept").isTrue();
        budget.release(60);
        assertThat(budget.reserve(60)).isTrue();
        assertThat(budget.reserve(1)).isFalse();
    }
}
