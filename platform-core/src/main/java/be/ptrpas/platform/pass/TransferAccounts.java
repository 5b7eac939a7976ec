package be.ptrpas.platform.pass;

import java.util.Optional;

/**
 * Where a municipality's items are paid by bank transfer, for the transfer slip and QR code on an item's PDF.
 * Implemented by the payment feature, which keeps the municipality's account (the pass knows no payment code).
 */
public interface TransferAccounts {

    /** The account, if the municipality has given one. */
    Optional<Account> of(String municipality);

    /** An account as a transfer names it. */
    record Account(String beneficiary, String iban, String bic) {}
}
