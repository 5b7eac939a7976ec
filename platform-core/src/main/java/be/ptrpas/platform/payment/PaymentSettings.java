package be.ptrpas.platform.payment;

import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A municipality's payment settings: one row per municipality, none until its admin saves some. */
@Entity
@Table(name = "payment_settings")
public class PaymentSettings extends TenantOwnedEntity {

    /** One origin per line. */
    @Column(name = "return_origins", nullable = false)
    private String returnOrigins;

    protected PaymentSettings() {}

    PaymentSettings(PaymentSettingsView values) {
        apply(values);
    }

    void apply(PaymentSettingsView values) {
        returnOrigins = String.join(
                "\n",
                values.returnOrigins().stream()
                        .map(o -> ReturnOrigins.originOf(o).orElseThrow())
                        .toList());
    }

    PaymentSettingsView view() {
        List<String> origins = returnOrigins.isEmpty() ? List.of() : Arrays.asList(returnOrigins.split("\n"));
        return new PaymentSettingsView(origins, version());
    }
}
