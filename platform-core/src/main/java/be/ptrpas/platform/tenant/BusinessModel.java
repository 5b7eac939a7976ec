package be.ptrpas.platform.tenant;

import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.spi.belgian.CompanyNumber;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a municipality runs parking: who issues retributions, who collects the money and who enforces. GAS fines are
 * always the municipality's (its sanctioning official), whatever the model.
 */
public record BusinessModel(
        @Schema(required = true) Type type,
        Operator operator,
        @Schema(required = true) Party retributionIssuer,
        @Schema(required = true) Party collector,
        @Schema(required = true) Party enforcer) {

    @Schema(name = "BusinessModelType")
    public enum Type {
        IN_HOUSE,
        CONCESSION,
        AUTONOMOUS_MUNICIPAL_COMPANY,
        INTERMUNICIPAL
    }

    @Schema(name = "BusinessParty")
    public enum Party {
        MUNICIPALITY,
        OPERATOR
    }

    /** The organisation that runs parking for the municipality, when it is not the municipality itself. */
    public record Operator(
            @Schema(required = true) String name,
            @Schema(required = true) String companyNumber) {}

    static void validate(Violations violations, String field, BusinessModel model) {
        if (!violations.required(field, model)) {
            return;
        }
        violations.required(field + ".type", model.type());
        violations.required(field + ".retributionIssuer", model.retributionIssuer());
        violations.required(field + ".collector", model.collector());
        violations.required(field + ".enforcer", model.enforcer());
        boolean inHouse = model.type() == Type.IN_HOUSE;
        if (inHouse) {
            if (model.operator() != null) {
                violations.add(field + ".operator", "must be empty for an in-house model");
            }
            for (Party party : new Party[] {model.retributionIssuer(), model.collector(), model.enforcer()}) {
                if (party == Party.OPERATOR) {
                    violations.add(
                            field + ".type",
                            "an in-house model has no operator: issuer, collector and enforcer must be MUNICIPALITY");
                    break;
                }
            }
        } else if (model.type() != null && violations.required(field + ".operator", model.operator())) {
            if (violations.required(field + ".operator.name", model.operator().name())) {
                violations.maxLength(field + ".operator.name", model.operator().name(), 200);
            }
            if (violations.required(
                            field + ".operator.companyNumber", model.operator().companyNumber())
                    && CompanyNumber.parse(model.operator().companyNumber()).isEmpty()) {
                violations.add(
                        field + ".operator.companyNumber", "is not a valid Belgian company number (mod-97 check)");
            }
        }
    }
}
