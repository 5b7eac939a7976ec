package be.ptrpas.platform.permitrule;

import be.ptrpas.platform.common.text.LocalizedColumns;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * Who may get a permit of one type in a municipality, how many per household, for how long, and whether it is
 * granted automatically or reviewed by a clerk. The permit type code links rules, zones and permit tariffs.
 */
@Entity
@Table(name = "permit_rule")
public class PermitRule extends TenantOwnedEntity {

    @Column(name = "permit_type", nullable = false, updatable = false)
    private String permitType;

    @Embedded
    private LocalizedColumns name;

    @Embedded
    @AttributeOverride(name = "nl", column = @Column(name = "description_nl"))
    @AttributeOverride(name = "fr", column = @Column(name = "description_fr"))
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    private LocalizedColumns description;
    /** Comma-separated {@link PermitRuleDetails.Eligibility} values. */
    @Column(name = "eligibility", nullable = false)
    private String eligibility;

    @Column(name = "max_per_household", nullable = false)
    private int maxPerHousehold;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval", nullable = false)
    private PermitRuleDetails.Approval approval;

    protected PermitRule() {}

    PermitRule(String permitType) {
        this.permitType = permitType;
    }

    void apply(PermitRuleDetails details) {
        name = LocalizedColumns.update(name, details.name());
        description = LocalizedColumns.update(description, details.description());
        eligibility =
                String.join(",", details.eligibility().stream().map(Enum::name).toList());
        maxPerHousehold = details.maxPerHousehold();
        validityMonths = details.validityMonths();
        approval = details.approval();
    }

    public String permitType() {
        return permitType;
    }

    PermitRuleView view() {
        List<PermitRuleDetails.Eligibility> criteria = Arrays.stream(eligibility.split(","))
                .map(PermitRuleDetails.Eligibility::valueOf)
                .toList();
        return new PermitRuleView(
                permitType,
                LocalizedColumns.text(name),
                LocalizedColumns.text(description),
                criteria,
                maxPerHousehold,
                validityMonths,
                approval,
                version(),
                updatedAt());
    }
}
