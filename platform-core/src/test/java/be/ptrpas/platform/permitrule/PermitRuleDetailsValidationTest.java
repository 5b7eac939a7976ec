package be.ptrpas.platform.permitrule;

import static be.ptrpas.platform.permitrule.PermitRuleDetails.Eligibility.CARE_GIVER;
import static be.ptrpas.platform.permitrule.PermitRuleDetails.Eligibility.DOMICILE_IN_ZONE;
import static be.ptrpas.platform.permitrule.PermitRuleDetails.Eligibility.SECOND_RESIDENCE_IN_ZONE;
import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ValidationResults;
import be.ptrpas.platform.common.text.LocalizedText;
import be.ptrpas.platform.permitrule.PermitRuleDetails.Approval;
import be.ptrpas.platform.permitrule.PermitRuleDetails.Eligibility;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PermitRuleDetailsValidationTest {

    static final LocalizedText NAME = new LocalizedText("Bewonerskaart", "Carte de riverain", "Resident permit");

    static PermitRuleDetails rule(String type, List<Eligibility> eligibility, Integer max, Integer months) {
        return new PermitRuleDetails(type, NAME, null, eligibility, max, months, Approval.AUTO);
    }

    static List<FieldError> errors(PermitRuleDetails details) {
        return ValidationResults.errors(details::validate);
    }

    static List<String> fields(PermitRuleDetails details) {
        return ValidationResults.fields(details::validate);
    }

    @Test
    void validInputPasses() {
        assertThat(errors(rule("RESIDENT", List.of(DOMICILE_IN_ZONE), 2, 12))).isEmpty();
        assertThat(errors(new PermitRuleDetails(
                        "SECOND_RESIDENCE",
                        NAME,
                        new LocalizedText("Voor tweedeverblijvers", null, null),
                        List.of(SECOND_RESIDENCE_IN_ZONE, CARE_GIVER),
                        1,
                        60,
                        Approval.REVIEW)))
                .isEmpty();
        assertThat(errors(rule("R1", List.of(CARE_GIVER), 10, 1)))
                .as("the bounds are allowed")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"resident", "R", "1RESIDENT", "RESIDENT-1", "_RESIDENT", "RÉSIDENT"})
    void aPermitTypeOfTheWrongFormIsNamed(String type) {
        assertThat(fields(rule(type, List.of(DOMICILE_IN_ZONE), 2, 12))).containsExactly("permitType");
    }

    @Test
    void everythingRequiredIsNamed() {
        assertThat(fields(new PermitRuleDetails(null, null, null, null, null, null, null)))
                .containsExactly("permitType", "name", "eligibility", "maxPerHousehold", "validityMonths", "approval");
    }

    @Test
    void anEmptyEligibilityIsNamed() {
        List<FieldError> errors = errors(rule("RESIDENT", List.of(), 2, 12));
        assertThat(errors).containsExactly(new FieldError("eligibility", "needs at least one ground"));
    }

    @Test
    void aGroundListedTwiceOrEmptyIsNamedAtItsPlace() {
        assertThat(errors(rule("RESIDENT", Arrays.asList(DOMICILE_IN_ZONE, CARE_GIVER, DOMICILE_IN_ZONE, null), 2, 12)))
                .containsExactly(
                        new FieldError("eligibility[2]", "is listed twice"),
                        new FieldError("eligibility[3]", "is empty"));
    }

    @Test
    void maxPerHouseholdAndValidityMonthsHaveRanges() {
        assertThat(fields(rule("RESIDENT", List.of(DOMICILE_IN_ZONE), 0, 0)))
                .containsExactly("maxPerHousehold", "validityMonths");
        assertThat(errors(rule("RESIDENT", List.of(DOMICILE_IN_ZONE), 11, 61)))
                .containsExactly(
                        new FieldError("maxPerHousehold", "must be between 1 and 10"),
                        new FieldError("validityMonths", "must be between 1 and 60"));
    }

    @Test
    void theDutchNameIsRequiredAndTheDescriptionIsOptionalButBounded() {
        assertThat(fields(new PermitRuleDetails(
                        "RESIDENT",
                        new LocalizedText(null, "Carte", null),
                        null,
                        List.of(DOMICILE_IN_ZONE),
                        2,
                        12,
                        Approval.AUTO)))
                .containsExactly("name.nl");
        assertThat(fields(new PermitRuleDetails(
                        "RESIDENT",
                        NAME,
                        new LocalizedText(null, null, "x".repeat(2001)),
                        List.of(DOMICILE_IN_ZONE),
                        2,
                        12,
                        Approval.AUTO)))
                .containsExactly("description.en");
    }
}
