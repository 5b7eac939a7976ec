package be.ptrpas.platform.payment;

import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.document.Iban;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A municipality's payment settings.
 *
 * @param returnOrigins where payers may be sent back to after a checkout: origins such as
 *                      {@code https://e-loket.genk.be} (https; http only for localhost), at most 20. The platform's own
 *                      address ({@code PTR_PUBLIC_URL}) is always allowed.
 * @param bankAccount   where bank transfers go: printed with the EPC QR code on the PDFs of the citizen's items; without
 *                      it an item's PDF asks for no transfer
 * @param version       for optimistic updates (If-Match); ignored on input
 */
public record PaymentSettingsView(
        @Schema(required = true) List<String> returnOrigins, BankAccount bankAccount, Long version) {

    public static final PaymentSettingsView DEFAULTS = new PaymentSettingsView(List.of(), null, 0L);

    /**
     * The account transfers are paid into (the municipality's, or its collector's under the business model).
     *
     * @param beneficiary the account holder's name as banks show it (at most 70 characters)
     * @param iban a SEPA IBAN, with its check digits
     * @param bic optional BIC (8 or 11 characters)
     */
    public record BankAccount(
            @Schema(required = true) String beneficiary,
            @Schema(required = true) String iban,
            String bic) {}

    void validate(Violations v) {
        if (bankAccount != null) {
            if (v.required("bankAccount.beneficiary", bankAccount.beneficiary())) {
                v.maxLength("bankAccount.beneficiary", bankAccount.beneficiary().strip(), 70);
            }
            if (v.required("bankAccount.iban", bankAccount.iban())
                    && Iban.parse(bankAccount.iban()).isEmpty()) {
                v.add("bankAccount.iban", "is not a valid SEPA IBAN (country, check digits, length)");
            }
            if (bankAccount.bic() != null && !bankAccount.bic().matches("[A-Za-z]{6}[A-Za-z0-9]{2}([A-Za-z0-9]{3})?")) {
                v.add("bankAccount.bic", "is not a BIC (8 or 11 letters and digits)");
            }
        }
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
