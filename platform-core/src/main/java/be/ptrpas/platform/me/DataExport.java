package be.ptrpas.platform.me;

import be.ptrpas.platform.company.CompanyMandates;
import be.ptrpas.platform.enforcement.card.DisabledCardView;
import be.ptrpas.platform.pass.PassItemDetail;
import be.ptrpas.platform.preference.PreferencesView;
import java.time.Instant;
import java.util.List;

/**
 * Everything the platform holds about a person, as one document (GDPR Art. 15 access and Art. 20 portability). The
 * shape is stable: fields are only ever added within a {@code schemaVersion}; a removal or a change of meaning raises
 * it. Documented in docs/architecture.md, Data export (schema version 1).
 *
 * @param subject the person, by the national number of their token
 * @param companies the companies they may act for (token and enterprise register); their items are the company's
 *     data, exported by each manager through the company's pass, not here
 * @param passItems every item of their pass in every municipality (retributions, GAS fines, IOD permits, payment
 *     requests, disabled cards, ...) with details, amounts, money state and timeline; payments show here as the items
 *     they paid and as payment requests
 * @param preferences their notification preferences, contact data decrypted
 * @param disabledCards their disabled-person cards with linked plates and history
 * @param accessLog every recorded read of their data (who by role, where, when, why, what)
 * @param notIncluded what the platform holds about them elsewhere and where to ask for it
 */
public record DataExport(
        int schemaVersion,
        Instant generatedAt,
        Subject subject,
        List<CompanyMandates.Mandate> companies,
        List<PassItemDetail> passItems,
        PreferencesView preferences,
        List<DisabledCardView> disabledCards,
        List<AccessLogPage.Entry> accessLog,
        List<String> notIncluded) {

    public static final int SCHEMA_VERSION = 1;

    public record Subject(String nationalNumber) {}
}
