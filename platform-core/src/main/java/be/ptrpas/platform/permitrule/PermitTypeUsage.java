package be.ptrpas.platform.permitrule;

import java.util.Optional;

/**
 * A feature that names permit types and would be left pointing at nothing if a permit rule it names were deleted
 * (zones list the permit types valid in them; permit tariffs are priced per permit type). The feature implements this;
 * the permit-rule feature asks every implementation before it deletes a rule, so permit rules depend on no feature
 * that uses them.
 */
public interface PermitTypeUsage {

    /**
     * Why the permit rule may not be deleted now, or none.
     *
     * @param permitType the rule about to be deleted, in the current municipality
     * @return the problem's detail, or empty when nothing names the permit type
     */
    Optional<String> refusalToDeletePermitType(String permitType);
}
