package be.ptrpas.platform.permitrule;

import be.ptrpas.platform.common.text.LocalizedText;
import java.time.Instant;
import java.util.List;

public record PermitRuleView(
        String permitType,
        LocalizedText name,
        LocalizedText description,
        List<PermitRuleDetails.Eligibility> eligibility,
        int maxPerHousehold,
        int validityMonths,
        PermitRuleDetails.Approval approval,
        long version,
        Instant updatedAt) {}
