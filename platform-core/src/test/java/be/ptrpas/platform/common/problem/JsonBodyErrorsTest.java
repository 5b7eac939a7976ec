package be.ptrpas.platform.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.ptrpas.platform.common.json.Json;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyErrorsTest {

    public record Name(String nl, String fr) {}

    public record Period(Name label, LocalDate from) {}

    public record Body(String code, Name name, Integer tier, List<Name> names, Period period) {}

    /** Reads the body with the platform's own JSON-B and returns the problem its failure becomes. */
    static ProblemException problemFor(String json) {
        Throwable thrown = catchThrowable(() -> Json.jsonb().fromJson(json, Body.class));
        assertThat(thrown).as("JSON-B must refuse %s", json).isNotNull();
        return JsonBodyErrors.toProblem(thrown);
    }

    static FieldError onlyError(ProblemException problem) {
        assertThat(problem.errors()).hasSize(1);
        return problem.errors().get(0);
    }

    @Test
    void anUnknownFieldIsNamed() {
        ProblemException problem = problemFor("{\"code\":\"GNK-1\",\"tierr\":2}");
        assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(onlyError(problem)).isEqualTo(new FieldError("tierr", "is not a known field; check its spelling"));
        assertThat(problem.getMessage()).isEqualTo("Field 'tierr' is not a known field; check its spelling.");
    }

    @Test
    void anUnknownNestedFieldIsNamedByItsPath() {
        ProblemException problem = problemFor("{\"code\":\"GNK-1\",\"name\":{\"nl\":\"Centrum\",\"xx\":1}}");
        assertThat(onlyError(problem).field()).isEqualTo("name.xx");
        assertThat(onlyError(problem).message()).contains("is not a known field");
    }

    @Test
    void anUnknownFieldTwoLevelsDownIsNamedByItsPathOnce() {
        assertThat(onlyError(problemFor("{\"period\":{\"label\":{\"nl\":\"a\",\"zz\":1}}}"))
                        .field())
                .isEqualTo("period.label.zz");
    }

    @Test
    void anUnknownFieldInAListElementNamesTheList() {
        assertThat(onlyError(problemFor("{\"names\":[{\"nl\":\"a\",\"qq\":2}]}"))
                        .field())
                .isEqualTo("names.qq");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        ProblemException problem = problemFor("{\"tier\":\"three\"}");
        assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(onlyError(problem)).isEqualTo(new FieldError("tier", "has a value of the wrong type or format"));
    }

    @Test
    void aNestedValueOfTheWrongFormatNamesItsPath() {
        assertThat(onlyError(problemFor("{\"period\":{\"from\":\"2025-13-01\"}}")))
                .isEqualTo(new FieldError("period.from", "must be a date YYYY-MM-DD"));
    }

    @Test
    void truncatedJsonGivesItsPosition() {
        ProblemException problem = problemFor("{\"code\":\"GNK-1\",");
        assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(problem.getMessage()).matches("The request body is not valid JSON \\(line 1, column \\d+\\)\\.");
        assertThat(onlyError(problem).field()).isEqualTo("body");
        assertThat(onlyError(problem).message()).matches("is not valid JSON at line 1, column \\d+");
    }

    @Test
    void aSyntaxErrorGivesItsLineAndColumn() {
        ProblemException problem = problemFor("{\"code\":\"GNK-1\",\n\"tier\":}");
        assertThat(problem.getMessage()).isEqualTo("The request body is not valid JSON (line 2, column 8).");
    }

    @Test
    void aListInsteadOfAnObjectIsTheWrongStructure() {
        // (A list whose first element is an object is read by Yasson as that object; not a case here.)
        ProblemException problem = problemFor("[1,2]");
        assertThat(onlyError(problem)).isEqualTo(new FieldError("body", "has the wrong structure: found a list"));
        assertThat(problem.getMessage()).isEqualTo("Field 'body' has the wrong structure: found a list.");
        assertThat(onlyError(problemFor("[]")).message()).isEqualTo("has the wrong structure: found a list");
    }

    @Test
    void aNestedListOrObjectWhereSomethingElseBelongsNamesTheField() {
        assertThat(onlyError(problemFor("{\"name\":[\"Centrum\"]}")))
                .isEqualTo(new FieldError("name", "has the wrong structure: found a list"));
        assertThat(onlyError(problemFor("{\"code\":{\"nl\":\"x\"}}")))
                .isEqualTo(new FieldError("code", "has the wrong structure: found an object"));
    }

    @Test
    void aProblemExceptionInTheCauseChainIsReturnedAsIs() {
        ProblemException tooLarge = new ProblemException(ProblemType.CONTENT_TOO_LARGE, "The body is too large.");
        assertThat(JsonBodyErrors.toProblem(tooLarge)).isSameAs(tooLarge);
        Throwable wrapped = new JsonbException(
                "Internal error: reading failed", new UncheckedIOException(new IOException("stream", tooLarge)));
        assertThat(JsonBodyErrors.toProblem(wrapped)).isSameAs(tooLarge);
    }

    @Test
    void anUnrecognisedFailureIsStillAClientProblemWithoutDetails() {
        ProblemException problem = JsonBodyErrors.toProblem(new JsonbException("Something odd in java.lang.Object"));
        assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(onlyError(problem)).isEqualTo(new FieldError("body", "could not be read"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"zz\":1}",
                "{\"name\":{\"xx\":1}}",
                "{\"period\":{\"label\":{\"zz\":1}}}",
                "{\"tier\":\"abc\"}",
                "{\"tier\":[1]}",
                "{\"period\":{\"from\":\"tomorrow\"}}",
                "{\"name\":{\"nl\":{}}}",
                "{\"names\":{}}",
                "{\"code\":\"a\",",
                "[1,2]",
                "\"text\"",
                "42",
                ""
            })
    void noMessageEverNamesAJavaClass(String json) {
        ProblemException problem = problemFor(json);
        StringBuilder text = new StringBuilder(problem.getMessage());
        problem.errors()
                .forEach(error ->
                        text.append(' ').append(error.field()).append(' ').append(error.message()));
        assertThat(text.toString())
                .doesNotContain("be.ptrpas")
                .doesNotContain("java.")
                .doesNotContain("jakarta.")
                .doesNotContain("yasson")
                .doesNotContain("class ")
                .doesNotContain("$")
                .doesNotContain("JsonBodyErrorsTest");
    }

    public record Flags(Boolean revealRightDetails, String note, Double lat) {}

    @Test
    void aValueOfTheWrongKindIsMalformedAndNamesItsField() {
        ProblemException problem = JsonBodyErrors.toProblem(
                catchThrowable(() -> Json.jsonb().fromJson("{\"revealRightDetails\":\"yes\"}", Flags.class)));
        assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("revealRightDetails");
        assertThat(problem.getMessage()).contains("true or false");
        assertThat(JsonBodyErrors.toProblem(catchThrowable(() -> Json.jsonb().fromJson("{\"note\":5}", Flags.class)))
                        .errors())
                .extracting(FieldError::field)
                .containsExactly("note");
    }

    @Test
    void aNumberTooLargeIsAValidationProblemNamingItsField() {
        ProblemException problem =
                JsonBodyErrors.toProblem(catchThrowable(() -> Json.jsonb().fromJson("{\"lat\":1e400}", Flags.class)));
        assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("lat");
    }
}
