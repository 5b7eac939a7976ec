package be.ptrpas.platform.payment;

import be.ptrpas.platform.common.problem.Violations;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A municipality's payment settings.
 *
 * @param returnOrigins where payers may be sent back to after a checkout: origins such as
 *                      {@code https://e-loket.genk.be} (https; http only for localhost), at most 20. The platform's own
 *                      address ({@code PTR_PUBLIC_URL}) is always allowed.
 * @param version       for optimistic updates (If-Match); ignored on input
 */
public record PaymentSettingsView(@Schema(required = true) List<String> returnOrigins, Long version) {

    public static final PaymentSettingsView DEFAULTS = new PaymentSettingsView(List.of(), 0L);

    void validate(Violations v) {
        if (v.required("returnOrigins", returnOrigins)
                && v.maxSize("returnOrigins", returnOrigins, ReturnOrigins.MAX_ORIGINS)) {
            for (int i = 0; i < returnOrigins.size(); i++) {
                String origin = returnOrigins.get(i);
                if (origin == null || origin.length() > 190 || !ReturnOrigins.isOrigin(origin)) {
                    v.add(
                            "returnOrigins[" + i + "]",
                            "must be an origin such as https://e-loket.genk.be (https, no path)");
                }
            }
        }
    }
}
