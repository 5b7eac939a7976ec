package be.ptrpas.platform.pass;

import be.ptrpas.platform.audit.ReadSubjects;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.company.CompanyMandates;
import be.ptrpas.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Whose pass a citizen's request speaks for: their own, or — with {@code ?company=} — a company's they may act for
 * ({@link CompanyMandates}: the token names it and the enterprise register names them a manager). Every endpoint of
 * the citizen with a {@code company} parameter asks here, so company mode is decided in one place.
 */
@RequestScoped
public class PassHolders {

    @Inject
    Caller caller;

    @Inject
    CompanyMandates mandates;

    @Inject
    HolderKeys keys;

    @Inject
    ReadSubjects subjects;

    /** The holder, checked; 400, 403 or 503 problems as {@link CompanyMandates#require} says. */
    public PassHolder of(String company) {
        if (company == null || company.isBlank()) {
            return caller.nationalNumber()
                    .map(PassHolder::person)
                    .orElseThrow(() ->
                            new ProblemException(ProblemType.FORBIDDEN, "Your token carries no national number."));
        }
        return new PassHolder(PassHolder.Type.COMPANY, mandates.require(company).companyNumber());
    }

    /** As {@link #of}, and notes the holder as the subject of this request's read (their access log shows it). */
    public PassHolder readFor(String company) {
        PassHolder holder = of(company);
        subjects.note(keys.keyOf(holder));
        return holder;
    }

    /** Notes a holder as the subject of this request's read, for a read not made by the holder (the portal). */
    public void noteRead(PassHolder holder) {
        subjects.note(keys.keyOf(holder));
    }

    /** The holder's key, for reads keyed like the pass (the access log). */
    public String keyOf(PassHolder holder) {
        return keys.keyOf(holder);
    }
}
