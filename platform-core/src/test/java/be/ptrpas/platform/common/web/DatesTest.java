package be.ptrpas.platform.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void acceptsDatesTheDatabaseStoresFaithfully() {
        assertThat(Dates.parameter("at", "2026-11-24")).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(Dates.parameter("at", null)).isNull();
    }

    @Test
    void refusesMalformedAndFarAwayDates() {
        assertThatThrownBy(() -> Dates.parameter("at", "24/11/2026"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> Dates.parameter("at", "+6000000-01-01")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Dates.parameter("at", "1066-10-14"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("1900");
        Violations violations = new Violations();
        Dates.checkRange(violations, "validTo", LocalDate.of(2300, 1, 1));
        assertThat(violations.errors()).extracting(FieldError::field).containsExactly("validTo");
    }
}
