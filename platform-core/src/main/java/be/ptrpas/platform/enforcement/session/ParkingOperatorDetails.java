package be.ptrpas.platform.enforcement.session;

import be.ptrpas.platform.common.problem.Violations;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to admit a parking operator: the name to show for it. */
public record ParkingOperatorDetails(
        @Schema(required = true) String name) {

    public void validate(Violations v) {
        if (v.required("name", name)) {
            if (name.isBlank()) {
                v.add("name", "must not be blank");
            }
            v.maxLength("name", name, 100);
        }
    }
}
