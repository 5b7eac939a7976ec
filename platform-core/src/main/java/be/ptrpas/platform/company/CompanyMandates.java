package be.ptrpas.platform.company;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.security.Caller;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.register.Enterprise;
import be.ptrpas.spi.register.Manager;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Company mode (F-15), decided in one place: may the signed-in citizen act for this company? Two conditions, both
 * needed: the token names the company (the login broker issues the claim for the companies the person chose to
 * represent; one value or an array), and the enterprise register names the person among the company's managers
 * ({@link EnterpriseDirectory}). A claim alone is not enough — a broker's mistake or a stale token must not open a
 * company's items — and the register alone is not either: the person chose at login whom they act for. Every
 * endpoint with a {@code company} parameter calls {@link #require}.
 */
@RequestScoped
public class CompanyMandates {

    /** A company the citizen may act for: its number, the register's name and the person's role in it. */
    public record Mandate(String companyNumber, String name, String role) {}

    @Inject
    Caller caller;

    @Inject
    EnterpriseDirectory register;

    /**
     * The company, when the caller may act for it; otherwise 400 (not a company number), 403 {@code forbidden} (the
     * token does not name it), 403 {@code not-a-company-manager} (the register does not name the person a manager, or
     * knows no such company) or 503 {@code enterprise-register-unavailable} (no register could answer).
     */
    public Mandate require(String company) {
        CompanyNumber asked = CompanyNumber.parse(company)
                .orElseThrow(() -> ProblemException.invalid("company", "'" + company + "' is not a company number"));
        if (!caller.claimedCompanies().contains(asked)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "You do not act for company " + asked.value()
                            + ": sign in for that company to see its items (you must be named one of its managers).");
        }
        return confirmed(asked)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_A_COMPANY_MANAGER,
                        "The enterprise register does not name you a manager of company " + asked.value()
                                + ", so its items are not shown. If this is wrong, have the company's registration"
                                + " in the Crossroads Bank for Enterprises corrected."));
    }

    /**
     * The companies of the token that the register confirms, in the token's order; 503 when the register cannot be
     * asked (a partial list would look like a lost mandate).
     */
    public List<Mandate> confirmedCompanies() {
        List<Mandate> mandates = new ArrayList<>();
        for (CompanyNumber company : caller.claimedCompanies()) {
            confirmed(company).ifPresent(mandates::add);
        }
        return mandates;
    }

    private Optional<Mandate> confirmed(CompanyNumber company) {
        NationalNumber person = caller.nationalNumber()
                .orElseThrow(
                        () -> new ProblemException(ProblemType.FORBIDDEN, "Your token carries no national number."));
        EnterpriseDirectory.Lookup lookup = register.lookup(company);
        return switch (lookup.status()) {
            case UNREACHABLE ->
                throw new ProblemException(
                        ProblemType.ENTERPRISE_REGISTER_UNAVAILABLE,
                        "The enterprise register cannot be reached to confirm that you manage company "
                                + company.value() + "; try again in a few minutes.");
            case UNKNOWN -> Optional.empty();
            case FOUND ->
                managerRole(lookup.enterprise(), person)
                        .map(role ->
                                new Mandate(company.value(), lookup.enterprise().name(), role));
        };
    }

    private static Optional<String> managerRole(Enterprise enterprise, NationalNumber person) {
        for (Manager manager : enterprise.managers()) {
            if (manager.nationalNumber() != null
                    && NationalNumber.parse(manager.nationalNumber())
                            .filter(person::equals)
                            .isPresent()) {
                return Optional.of(manager.role() == null ? "MANAGER" : manager.role());
            }
        }
        return Optional.empty();
    }
}
