package be.ptrpas.platform.payment;

import be.ptrpas.platform.pass.TransferAccounts;
import be.ptrpas.platform.tenancy.TenantWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The bank account of a municipality's payment settings, read in that municipality's own transaction. */
@ApplicationScoped
class PaymentTransferAccounts implements TransferAccounts {

    @Inject
    TenantWork tenantWork;

    @Inject
    PaymentSettingsService settings;

    @Override
    public Optional<Account> of(String municipality) {
        PaymentSettingsView.BankAccount account =
                tenantWork.callAs(municipality, () -> settings.current().bankAccount());
        return Optional.ofNullable(account).map(a -> new Account(a.beneficiary(), a.iban(), a.bic()));
    }
}
