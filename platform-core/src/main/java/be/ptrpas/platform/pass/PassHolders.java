package be.ptrpas.platform.pass;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.spi.belgian.CompanyNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Whose pass a citizen's request is about: one rule for every endpoint under {@code /api/v1/me/pass} — reading the
 * pass, paying from it, and its live events.
 */
@RequestScoped
public class PassHolders {

    @Inject
    Caller caller;

    /** The holder for the current caller, see {@link #of(Caller, String)}. */
    public PassHolder of(String company) {
        return of(caller, company);
    }

    /**
     * The person's own pass, or a company's when the caller asks for it and their token acts for that company (Mijn
     * Burgerprofiel gives a token per company the person represents); otherwise 403.
     */
    public static PassHolder of(Caller caller, String company) {
        if (company == null || company.isBlank()) {
            return caller.nationalNumber()
                    .map(PassHolder::person)
                    .orElseThrow(() ->
                            new ProblemException(ProblemType.FORBIDDEN, "Your token carries no national number."));
        }
        CompanyNumber asked = CompanyNumber.parse(company)
                .orElseThrow(() -> ProblemException.invalid("company", "'" + company + "' is not a company number"));
        if (caller.companyNumber().filter(asked::equals).isEmpty()) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "You do not act for company " + asked.value()
                            + ": sign in for that company to see its pass (you must be named one of its managers).");
        }
        return PassHolder.company(asked);
    }
}
