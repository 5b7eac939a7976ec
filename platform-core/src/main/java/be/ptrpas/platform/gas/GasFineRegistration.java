package be.ptrpas.platform.gas;

import be.ptrpas.platform.enforcement.charge.GasProposal;
import be.ptrpas.platform.enforcement.charge.GasProposals;
import be.ptrpas.platform.gas.GasProcedure.Action;
import be.ptrpas.platform.tariff.Tariff;
import be.ptrpas.platform.tariff.TariffService;
import be.ptrpas.platform.tariff.TariffView;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.belgian.StructuredReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Puts new GAS fines on record, in the caller's transaction: those a clerk or warden registers through the API
 * (see {@link GasFineService}) and the GAS 4 proposals the scan processing makes for cars without a right in a zone
 * under the GAS regime. The database keeps the proposal rules: one per observation ({@code source_key}) and never
 * two for the same plate, zone and day ({@code proposal_key}), so instances racing for one car cannot both propose.
 */
@ApplicationScoped
public class GasFineRegistration implements GasProposals {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I: references are read out on the phone. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    TariffService tariffs;

    @Inject
    GasFineHistory history;

    /**
     * A GAS 4 proposal (state REGISTERED, no offender yet) at the cheapest GAS 4 tariff in force on the day; nothing
     * when this observation was proposed before, or the plate was already proposed in this zone that day.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Proposed proposeFromScan(GasProposal proposal) {
        Optional<GasFine> same = tenantEm.get()
                .createQuery("select f from GasFine f where f.sourceKey = :key", GasFine.class)
                .setParameter("key", proposal.sourceKey())
                .getResultStream()
                .findFirst();
        if (same.isPresent()) {
            return new Proposed(Proposed.Kind.PROPOSED, same.get().id(), "already processed");
        }
        String proposalKey = proposal.plate().normalized() + "|"
                + proposal.plate().country() + "|" + proposal.zoneCode() + "|" + proposal.day();
        Optional<GasFine> thatDay = tenantEm.get()
                .createQuery("select f from GasFine f where f.proposalKey = :key", GasFine.class)
                .setParameter("key", proposalKey)
                .getResultStream()
                .findFirst();
        if (thatDay.isPresent()) {
            return new Proposed(
                    Proposed.Kind.ALREADY_PROPOSED,
                    thatDay.get().id(),
                    "GAS 4 fine "
                            + thatDay.get().reference() + " was already proposed in " + proposal.zoneCode() + " on "
                            + proposal.day());
        }
        Optional<TariffView> tariff =
                GasAmounts.cheapestGas4(tariffs.list(Tariff.Kind.GAS, null, proposal.day()), proposal.day());
        if (tariff.isEmpty()) {
            return new Proposed(
                    Proposed.Kind.NO_TARIFF,
                    null,
                    "zone under the GAS regime, but no GAS 4 tariff is in " + "force on " + proposal.day()
                            + ": add one (kind GAS, regime GAS4) to propose GAS 4 fines");
        }
        String place = "zone " + proposal.zoneCode() + " at "
                + String.format(Locale.ROOT, "%.6f, %.6f", proposal.latitude(), proposal.longitude());
        GasFine.Found found = new GasFine.Found(
                GasKind.GAS4,
                tariff.get().productCode(),
                proposal.plate().normalized(),
                proposal.plate().country(),
                null,
                proposal.observedAt(),
                proposal.day(),
                place,
                proposal.zoneCode(),
                proposal.latitude(),
                proposal.longitude(),
                "parked without a right in a zone under the GAS regime " + "(scan car)",
                proposal.evidenceRef(),
                GasAmounts.gas4(tariff.get().gas()),
                null,
                null,
                proposal.sourceKey(),
                proposalKey);
        GasFine fine = register(found, "proposed from scan observation " + proposal.sourceKey(), null);
        fine.awaitHolder();
        return new Proposed(
                Proposed.Kind.PROPOSED,
                fine.id(),
                "GAS 4 fine " + fine.reference() + " proposed at "
                        + tariff.get().productCode());
    }

    /** Registers a fine found (REGISTERED as of the offence day) and its first history entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public GasFine register(GasFine.Found found, String reason, GasFineHistory.Request request) {
        GasFine fine = new GasFine(found, newReference(found), newPaymentReference(), found.offenceDay());
        tenantEm.get().persist(fine);
        tenantEm.get().flush();
        history.record(fine, Action.REGISTER, null, found.offenceDay(), reason, request, null);
        return fine;
    }

    private String newReference(GasFine.Found found) {
        for (int attempt = 0; attempt < 5; attempt++) {
            StringBuilder reference = new StringBuilder(found.kind().name())
                    .append('-')
                    .append(found.offenceDay().getYear())
                    .append('-');
            for (int i = 0; i < 8; i++) {
                reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
            List<String> taken = tenantEm.get()
                    .createQuery("select f.id from GasFine f where f.reference = :reference", String.class)
                    .setParameter("reference", reference.toString())
                    .setMaxResults(1)
                    .getResultList();
            if (taken.isEmpty()) {
                return reference.toString();
            }
        }
        throw new IllegalStateException("no free GAS fine reference after 5 attempts");
    }

    /** A structured reference nobody can guess from another (the unique constraint catches the rare clash). */
    private static String newPaymentReference() {
        return StructuredReference.of(1_000_000_000L + (long) (RANDOM.nextDouble() * 8_999_999_999L))
                .digits();
    }
}
