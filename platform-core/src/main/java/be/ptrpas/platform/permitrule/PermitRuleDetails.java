package be.ptrpas.platform.permitrule;

import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.text.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A permit rule as an admin sends it. */
public record PermitRuleDetails(
        @Schema(required = true) String permitType,
        @Schema(required = true) LocalizedText name,
        LocalizedText description,
        @Schema(required = true) List<Eligibility> eligibility,
        @Schema(required = true) Integer maxPerHousehold,
        @Schema(required = true) Integer validityMonths,
        @Schema(required = true) Approval approval) {

    public static final Pattern PERMIT_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** Grounds on which an applicant can qualify; any one of the listed grounds suffices. */
    public enum Eligibility {
        DOMICILE_IN_ZONE,
        SECOND_RESIDENCE_IN_ZONE,
        EMPLOYEE_IN_ZONE,
        BUSINESS_IN_ZONE,
        CARE_GIVER
    }

    /** AUTO: granted as soon as the authentic sources confirm eligibility (and payment is done); REVIEW: a clerk decides. */
    public enum Approval {
        AUTO,
        REVIEW
    }

    public void validate(Violations violations) {
        if (violations.required("permitType", permitType)) {
            violations.matches(
                    "permitType",
                    permitType,
                    PERMIT_TYPE,
                    "must be 2-40 upper-case letters, digits or '_', starting with a letter, e.g. RESIDENT");
        }
        LocalizedText.validate(violations, "name", name, 200);
        LocalizedText.validateOptional(violations, "description", description, 2000);
        if (violations.required("eligibility", eligibility)
                && violations.maxSize("eligibility", eligibility, Eligibility.values().length)) {
            if (eligibility.isEmpty()) {
                violations.add("eligibility", "needs at least one ground");
            }
            Set<Eligibility> seen = new HashSet<>();
            for (int i = 0; i < eligibility.size(); i++) {
                if (eligibility.get(i) == null || !seen.add(eligibility.get(i))) {
                    violations.add(
                            "eligibility[" + i + "]", eligibility.get(i) == null ? "is empty" : "is listed twice");
                }
            }
        }
        if (violations.required("maxPerHousehold", maxPerHousehold)) {
            violations.range("maxPerHousehold", maxPerHousehold, 1, 10);
        }
        if (violations.required("validityMonths", validityMonths)) {
            violations.range("validityMonths", validityMonths, 1, 60);
        }
        violations.required("approval", approval);
    }
}
