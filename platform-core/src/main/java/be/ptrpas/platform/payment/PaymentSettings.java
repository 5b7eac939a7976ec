package be.ptrpas.platform.payment;

import be.ptrpas.platform.document.Iban;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A municipality's payment settings: one row per municipality, none until its admin saves some. */
@Entity
@Table(name = "payment_settings")
public class PaymentSettings extends TenantOwnedEntity {

    /** One origin per line. */
    @Column(name = "return_origins", nullable = false)
    private String returnOrigins;

    @Column(name = "bank_beneficiary")
    private String bankBeneficiary;

    @Column(name = "bank_iban")
    private String bankIban;

    @Column(name = "bank_bic")
    private String bankBic;

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
        PaymentSettingsView.BankAccount account = values.bankAccount();
        bankBeneficiary = account == null ? null : account.beneficiary().strip();
        bankIban = account == null
                ? null
                : Iban.parse(account.iban()).orElseThrow().compact();
        bankBic =
                account == null || account.bic() == null ? null : account.bic().toUpperCase(Locale.ROOT);
    }

    PaymentSettingsView view() {
        List<String> origins = returnOrigins.isEmpty() ? List.of() : Arrays.asList(returnOrigins.split("\n"));
        return new PaymentSettingsView(
                origins,
                bankIban == null ? null : new PaymentSettingsView.BankAccount(bankBeneficiary, bankIban, bankBic),
                version());
    }
}
