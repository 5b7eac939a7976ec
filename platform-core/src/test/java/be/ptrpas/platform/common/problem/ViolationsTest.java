package be.ptrpas.platform.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    static final Pattern CODE = Pattern.compile("[A-Z]{2,5}");

    @Test
    void requiredRefusesNullAndBlankAndSaysWhetherTheValueIsThere() {
        Violations v = new Violations();
        assertThat(v.required("a", null)).isFalse();
        assertThat(v.required("b", "  ")).isFalse();
        assertThat(v.required("c", "")).isFalse();
        assertThat(v.required("d", "x")).isTrue();
        assertThat(v.required("e", 0)).isTrue();
        assertThat(v.required("f", List.of()))
                .as("emptiness of a list is the caller's rule")
                .isTrue();
        assertThat(v.errors())
                .containsExactly(
                        new FieldError("a", "is required"),
                        new FieldError("b", "is required"),
                        new FieldError("c", "is required"));
    }

    @Test
    void matchesChecksOnlyValuesThatArePresent() {
        Violations v = new Violations();
        v.matches("ok", "ABC", CODE, "must be a code");
        v.matches("absent", null, CODE, "must be a code");
        v.matches("partial", "ABC1", CODE, "must be a code");
        v.matches("lower", "abc", CODE, "must be a code");
        assertThat(v.errors())
                .containsExactly(
                        new FieldError("partial", "must be a code"), new FieldError("lower", "must be a code"));
    }

    @Test
    void rangeIsInclusiveAndSkipsNull() {
        Violations v = new Violations();
        v.range("min", 1, 1, 10);
        v.range("max", 10, 1, 10);
        v.range("absent", null, 1, 10);
        v.range("below", 0, 1, 10);
        v.range("above", 11, 1, 10);
        assertThat(v.errors())
                .containsExactly(
                        new FieldError("below", "must be between 1 and 10"),
                        new FieldError("above", "must be between 1 and 10"));
    }

    @Test
    void maxLengthCountsCharactersAndSkipsNull() {
        Violations v = new Violations();
        v.maxLength("fits", "abcde", 5);
        v.maxLength("absent", null, 5);
        v.maxLength("long", "abcdef", 5);
        assertThat(v.errors()).containsExactly(new FieldError("long", "must be at most 5 characters"));
    }

    @Test
    void errorsAreACopyInTheOrderAdded() {
        Violations v = new Violations().add("x", "first").addAll(List.of(new FieldError("y", "second")));
        List<FieldError> errors = v.errors();
        v.add("z", "third");
        assertThat(errors).extracting(FieldError::field).containsExactly("x", "y");
        assertThat(v.errors()).extracting(FieldError::field).containsExactly("x", "y", "z");
        assertThat(v.isEmpty()).isFalse();
    }

    @Test
    void throwIfAnyDoesNothingWithoutErrors() {
        Violations v = new Violations();
        assertThat(v.isEmpty()).isTrue();
        assertThatCode(v::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void throwIfAnyWithOneErrorNamesTheFieldInTheDetail() {
        Violations v = new Violations();
        v.required("nisCode", null);
        ProblemException problem = catchThrowableOfType(ProblemException.class, v::throwIfAny);
        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(problem.getMessage()).isEqualTo("nisCode is required");
        assertThat(problem.errors()).containsExactly(new FieldError("nisCode", "is required"));
    }

    @Test
    void throwIfAnyWithSeveralErrorsCountsThemAndNamesEachFieldOnce() {
        Violations v = new Violations();
        v.required("names.nl", null);
        v.range("tier", 12, 1, 9);
        v.add("tier", "another problem");
        ProblemException problem = catchThrowableOfType(ProblemException.class, v::throwIfAny);
        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(problem.getMessage()).isEqualTo("3 fields are invalid: names.nl, tier");
        assertThat(problem.errors()).hasSize(3);
    }

    @Test
    void stopsCollectingAfterAHundredErrorsButCountsThemAll() {
        Violations violations = new Violations();
        for (int i = 0; i < 100_000; i++) {
            violations.add("streets[" + i + "]", "is empty");
        }
        assertThat(violations.errors()).hasSize(Violations.MAX_ERRORS);
        assertThatThrownBy(violations::throwIfAny)
                .hasMessageStartingWith("100000 fields are invalid: streets[0], ")
                .hasMessageEndingWith(", …");
    }

    @Test
    void refusesOverlongListsWithoutLookingAtTheirElements() {
        Violations violations = new Violations();
        assertThat(violations.maxSize("timeFrames", Collections.nCopies(25, "x"), 24))
                .isFalse();
        assertThat(violations.maxSize("timeFrames", List.of("x"), 24)).isTrue();
        assertThat(violations.maxSize("timeFrames", null, 24)).isFalse();
        assertThat(violations.errors())
                .extracting(FieldError::message)
                .containsExactly("has 25 entries; at most 24 are allowed");
    }
}
