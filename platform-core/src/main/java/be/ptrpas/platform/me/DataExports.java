package be.ptrpas.platform.me;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.company.CompanyMandates;
import be.ptrpas.platform.enforcement.card.DisabledCardService;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassReader;
import be.ptrpas.platform.preference.PreferenceService;
import be.ptrpas.spi.belgian.NationalNumber;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gathers a person's data export ({@link DataExport}) from the features that hold it, each through its own reviewed
 * read of the person's data. Bounded: a person with more than {@code ptr.export.max-items} pass items (5,000) or
 * {@code ptr.export.max-reads} recorded reads (20,000) gets 422 {@code export-too-large} — never a truncated export
 * that looks complete.
 */
@RequestScoped
public class DataExports {

    private static final int MAX_CARDS = 100;

    @Inject
    PassReader pass;

    @Inject
    AccessLog accessLog;

    @Inject
    PreferenceService preferences;

    @Inject
    DisabledCardService cards;

    @Inject
    CompanyMandates mandates;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ptr.export.max-items", defaultValue = "5000")
    int maxItems;

    @Inject
    @ConfigProperty(name = "ptr.export.max-reads", defaultValue = "20000")
    int maxReads;

    public DataExport of(NationalNumber person, String language) {
        PassHolder holder = PassHolder.person(person);
        var items = pass.everything(holder, maxItems, language)
                .orElseThrow(() -> tooLarge(maxItems + " items on your pass"));
        var reads = accessLog
                .everything(holder, maxReads, language)
                .orElseThrow(() -> tooLarge(maxReads + " recorded reads of your data"));
        return new DataExport(
                DataExport.SCHEMA_VERSION,
                clock.instant().truncatedTo(ChronoUnit.SECONDS),
                new DataExport.Subject(person.value()),
                companies(),
                items,
                preferences.mine(),
                cards.ofHolder(person.value(), MAX_CARDS),
                reads,
                List.of(
                        "Case files each municipality keeps in its own back-office systems (listed under 'elsewhere'"
                                + " on your pass): ask that municipality.",
                        "Items of companies you act for: they are the company's; open the company's pass."));
    }

    /** The companies the person may act for; when the register cannot be asked, the export goes on without them. */
    private List<CompanyMandates.Mandate> companies() {
        try {
            return mandates.confirmedCompanies();
        } catch (ProblemException e) {
            if (e.type() == ProblemType.ENTERPRISE_REGISTER_UNAVAILABLE) {
                return List.of();
            }
            throw e;
        }
    }

    private static ProblemException tooLarge(String what) {
        return new ProblemException(
                ProblemType.EXPORT_TOO_LARGE,
                "Your data is too large for one export (more than " + what + "). Ask the platform's data protection"
                        + " officer for a full copy; your pass and access log can be read page by page meanwhile.");
    }
}
