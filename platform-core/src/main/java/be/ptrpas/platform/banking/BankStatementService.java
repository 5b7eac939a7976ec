package be.ptrpas.platform.banking;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.banking.BankEntry.Outcome;
import be.ptrpas.platform.banking.SettlementOutcome.Result;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.IdempotencyLock;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Imports a camt.053 file of the municipality's bank: each transaction once (its key is unique per municipality), its
 * reference settled through the {@link TransferSettlement}s of the features that own payable items, the rest on the
 * review list, never lost.
 *
 * <p><b>One transaction per file.</b> The file is read as a stream and applied in chunks of {@value #CHUNK}, all in
 * the request's one transaction: a file refused anywhere (bad XML at the end, an amount in fractions of a cent, a
 * contradicting entry) leaves nothing applied, and the bank's file can simply be sent again. Per-entry transactions
 * would leave a half-imported file whose answer the client never saw; the entries' unique keys make a re-sent file
 * harmless either way. Imports of one municipality are serialised ({@link IdempotencyLock}), so two uploads of the
 * same file cannot both take an entry.
 */
@ApplicationScoped
public class BankStatementService {

    static final int CHUNK = 1_000;
    static final String AUDIT_TYPE = "bank-entry";
    private static final Logger LOG = Logger.getLogger(BankStatementService.class.getName());

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    IdempotencyLock lock;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    DatabaseInfo database;

    @Inject
    Instance<TransferSettlement> settlements;

    @Transactional
    public BankStatementResult importStatement(InputStream body) {
        lock.acquire("bank-statement", "import");
        if (database.isPostgres()) {
            try {
                BankEntryRows.planEachStatement(tenantEm.connection());
            } catch (SQLException e) {
                throw new IllegalStateException("preparing the import of a bank statement failed", e);
            }
        }
        long started = System.nanoTime();
        Import run = new Import(UUID.randomUUID().toString());
        Camt053Parser.Summary summary;
        try {
            summary = new Camt053Parser().parse(body, run::add);
            run.flush();
        } catch (StatementRefused e) {
            throw problem(e);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        run.counts.forEach((outcome, n) -> counts.put(outcome.name(), n));
        // Statements are large and rare: where the time went is worth a line in the log.
        LOG.info(() -> String.format(
                "Bank statement %s (camt.053.%s) in %s: %d transactions %s in %d ms (known keys %d ms, settling %d ms, "
                        + "writing and auditing %d ms, the rest reading the file)",
                summary.messageId(),
                summary.version(),
                currentTenant.require(),
                summary.transactions(),
                counts,
                (System.nanoTime() - started) / 1_000_000,
                run.lookupNanos / 1_000_000,
                run.settleNanos / 1_000_000,
                run.writeNanos / 1_000_000));
        return new BankStatementResult(
                run.importId, summary.version(), summary.messageId(), summary.statements(), counts, run.lines);
    }

    /** The transactions waiting for a person, newest booking first. */
    @Transactional
    public List<ReviewItemView> review(int limit) {
        return tenantEm.get()
                .createQuery(
                        "select e from BankEntry e where e.outcome = :review order by e.bookingDate desc, e.entryKey",
                        BankEntry.class)
                .setParameter("review", Outcome.REVIEW)
                .setMaxResults(limit)
                .getResultStream()
                .map(ReviewItemView::of)
                .toList();
    }

    static ProblemException problem(StatementRefused e) {
        ProblemType type = switch (e.reason()) {
            case MALFORMED -> ProblemType.BANK_STATEMENT_MALFORMED;
            case UNSUPPORTED_NAMESPACE -> ProblemType.BANK_STATEMENT_UNSUPPORTED;
            case INVALID_AMOUNT -> ProblemType.BANK_STATEMENT_INVALID_AMOUNT;
            case CONFLICTING_DUPLICATE -> ProblemType.BANK_STATEMENT_CONFLICTING_ENTRY;
        };
        return new ProblemException(type, e.getMessage() + " Nothing of the file was imported.");
    }

    /** What happens to one new transaction before it is written. */
    private static final class Decision {
        final StatementTransaction transaction;
        final int line;
        Outcome outcome;
        String reason;
        String itemType;
        String itemId;
        long remainingCents;

        Decision(StatementTransaction transaction, int line) {
            this.transaction = transaction;
            this.line = line;
        }

        void decide(Outcome outcome, String reason) {
            this.outcome = outcome;
            this.reason = reason;
        }

        void take(SettlementOutcome settled) {
            outcome = switch (settled.result()) {
                case SETTLED -> Outcome.SETTLED;
                case PARTLY_PAID -> Outcome.PARTLY_PAID;
                case OVERPAID -> Outcome.OVERPAID;
                case REVERSED -> Outcome.REVERSED;
                case REVIEW, NO_MATCH -> Outcome.REVIEW;
            };
            reason = settled.reason();
            itemType = settled.itemType();
            itemId = settled.itemId();
            remainingCents = settled.remainingCents();
        }

        BankTransfer transfer() {
            return new BankTransfer(
                    transaction.key(), transaction.bookingDate(), transaction.amountCents(), transaction.reference());
        }
    }

    /** One import: the chunk being read, and the answer so far. */
    private final class Import {
        final String importId;
        final List<StatementTransaction> chunk = new ArrayList<>(CHUNK);
        final List<BankStatementResult.Line> lines = new ArrayList<>();
        final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        final String tenant = currentTenant.require();
        long lookupNanos;
        long settleNanos;
        long writeNanos;

        Import(String importId) {
            this.importId = importId;
        }

        void add(StatementTransaction transaction) {
            chunk.add(transaction);
            if (chunk.size() == CHUNK) {
                flush();
            }
        }

        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            try {
                apply();
            } catch (SQLException e) {
                throw new IllegalStateException("storing bank entries of " + tenant + " failed", e);
            }
            chunk.clear();
            long flushing = System.nanoTime();
            // Written: the persistence context need not hold a chunk's payments any longer (100,000 of them would
            // make every later flush slower).
            tenantEm.get().flush();
            tenantEm.get().clear();
            settleNanos += System.nanoTime() - flushing; // mostly the settled items' own changes and audit
        }

        private void apply() throws SQLException {
            Connection connection = tenantEm.connection();
            long started = System.nanoTime();
            Map<String, BankEntryRows.Known> known = BankEntryRows.existing(
                    connection,
                    database.isPostgres(),
                    tenant,
                    chunk.stream()
                            .filter(t -> !t.duplicateInFile())
                            .map(StatementTransaction::key)
                            .toList());
            lookupNanos += System.nanoTime() - started;
            BankStatementResult.Line[] answered = new BankStatementResult.Line[chunk.size()];
            List<Decision> fresh = new ArrayList<>();
            List<Decision> reversals = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                StatementTransaction t = chunk.get(i);
                if (t.duplicateInFile()) {
                    answered[i] = line(t, Outcome.DUPLICATE, "sent twice in this file", null, null, 0);
                    continue;
                }
                BankEntryRows.Known earlier = known.get(t.key());
                if (earlier != null) {
                    if (!earlier.fingerprint().equals(fingerprint(t))) {
                        throw new StatementRefused(
                                StatementRefused.Reason.CONFLICTING_DUPLICATE,
                                "Entry " + t.key() + " was imported before with other content (amount, direction, "
                                        + "date or remittance).");
                    }
                    answered[i] =
                            line(t, Outcome.DUPLICATE, "imported before (" + earlier.outcome() + ")", null, null, 0);
                    continue;
                }
                Decision d = new Decision(t, i);
                classify(d);
                (t.reversal() && !t.credit() && d.outcome == null ? reversals : fresh).add(d);
            }
            long settling = System.nanoTime();
            settle(fresh.stream().filter(d -> d.outcome == null).toList());
            long writing = System.nanoTime();
            write(connection, fresh, answered);
            for (Decision d : reversals) {
                reverse(d);
            }
            write(connection, reversals, answered);
            settleNanos += writing - settling;
            writeNanos += System.nanoTime() - writing;
            for (BankStatementResult.Line l : answered) {
                lines.add(l);
                counts.merge(Outcome.valueOf(l.outcome()), 1, Integer::sum);
            }
        }

        /** Decides what needs no settlement; leaves the outcome open for a credit (or reversal) to settle. */
        private void classify(Decision d) {
            StatementTransaction t = d.transaction;
            RemittanceReference ref = t.reference();
            if (!t.booked()) {
                d.decide(Outcome.REVIEW, "not booked by the bank");
            } else if (!"EUR".equals(t.currency())) {
                d.decide(Outcome.REVIEW, "in " + t.currency() + ", not in euro");
            } else if (t.problem() != null) {
                d.decide(Outcome.REVIEW, t.problem());
            } else if (!t.credit() && !t.reversal()) {
                d.decide(Outcome.IGNORED, "a debit: money paid out, nothing to settle");
            } else if (t.credit() && t.reversal()) {
                d.decide(Outcome.REVIEW, "a reversed debit: money paid out came back");
            } else if (ref.kind() == RemittanceReference.Kind.NONE) {
                d.decide(Outcome.REVIEW, "no structured reference (OGM) or creditor reference (RF) in the remittance");
            } else if (!ref.valid()) {
                d.decide(
                        Outcome.REVIEW,
                        (ref.kind() == RemittanceReference.Kind.OGM
                                        ? "structured reference " + ref.display() + " has a wrong check digit"
                                        : "creditor reference " + ref.display() + " has wrong check digits")
                                + ": never settled");
            }
        }

        /** Offers the credits to each settlement in turn; what none takes goes to review. */
        private void settle(List<Decision> open) {
            List<Decision> left = open;
            for (TransferSettlement settlement : settlements) {
                if (left.isEmpty()) {
                    break;
                }
                List<SettlementOutcome> outcomes =
                        settlement.settle(left.stream().map(Decision::transfer).toList());
                List<Decision> unmatched = new ArrayList<>();
                for (int i = 0; i < left.size(); i++) {
                    if (outcomes.get(i).result() == Result.NO_MATCH) {
                        unmatched.add(left.get(i));
                    } else {
                        left.get(i).take(outcomes.get(i));
                    }
                }
                left = unmatched;
            }
            for (Decision d : left) {
                RemittanceReference ref = d.transaction.reference();
                d.decide(
                        Outcome.REVIEW,
                        (ref.kind() == RemittanceReference.Kind.OGM ? "structured reference " : "creditor reference ")
                                + ref.display() + " matches nothing open of the municipality");
            }
        }

        /** Finds the settled credit a reversal undoes (same reference and amount, not yet reversed) and undoes it. */
        private void reverse(Decision d) {
            StatementTransaction t = d.transaction;
            RemittanceReference ref = t.reference();
            if (ref.kind() == RemittanceReference.Kind.NONE || !ref.valid()) {
                d.decide(Outcome.REVIEW, "a reversal without a valid reference: which credit it undoes is unknown");
                return;
            }
            BankEntry original = tenantEm.get()
                    .createQuery(
                            "select e from BankEntry e where e.credit = true and e.reversal = false"
                                    + " and e.referenceKind = :kind and e.reference = :reference"
                                    + " and e.amountCents = :amount and e.outcome in :settled and e.reversedBy is null"
                                    + " order by e.bookingDate desc, e.createdAt desc",
                            BankEntry.class)
                    .setParameter("kind", ref.kind().name())
                    .setParameter("reference", ref.value())
                    .setParameter("amount", t.amountCents())
                    .setParameter("settled", List.of(Outcome.SETTLED, Outcome.PARTLY_PAID, Outcome.OVERPAID))
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (original == null) {
                d.decide(Outcome.REVIEW, "a reversal of " + ref.display() + ", but no settled credit of that amount");
                return;
            }
            BankTransfer undone = new BankTransfer(
                    original.entryKey(), original.bookingDate(), original.amountCents(), original.reference());
            for (TransferSettlement settlement : settlements) {
                SettlementOutcome outcome = settlement.reverse(undone, original.itemType(), original.itemId());
                if (outcome.result() != Result.NO_MATCH) {
                    d.take(outcome);
                    if (outcome.result() == Result.REVERSED) {
                        original.reversedBy(t.key());
                    }
                    return;
                }
            }
            d.decide(Outcome.REVIEW, "a reversal of " + ref.display() + ", whose item nothing can undo");
        }

        private void write(Connection connection, List<Decision> decisions, BankStatementResult.Line[] answered)
                throws SQLException {
            if (decisions.isEmpty()) {
                return;
            }
            List<BankEntryRows.Row> rows = new ArrayList<>(decisions.size());
            List<Map.Entry<String, Object>> audited = new ArrayList<>(decisions.size());
            for (Decision d : decisions) {
                String id = UUID.randomUUID().toString();
                StatementTransaction t = d.transaction;
                rows.add(new BankEntryRows.Row(
                        id, importId, t, fingerprint(t), d.outcome, d.reason, d.itemType, d.itemId, d.remainingCents));
                BankStatementResult.Line line = line(t, d.outcome, d.reason, d.itemType, d.itemId, d.remainingCents);
                answered[d.line] = line;
                audited.add(new AbstractMap.SimpleImmutableEntry<>(id, new EntryAudit(importId, line)));
            }
            BankEntryRows.insert(
                    connection,
                    tenant,
                    rows,
                    clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
            audit.recordAll("import", AUDIT_TYPE, audited);
        }
    }

    /** What the audit trail keeps of an imported entry: the money and the outcome, not the payer. */
    public record EntryAudit(String importId, BankStatementResult.Line entry) {}

    private static BankStatementResult.Line line(
            StatementTransaction t, Outcome outcome, String reason, String itemType, String itemId, long remaining) {
        return new BankStatementResult.Line(
                t.key(),
                t.bookingDate(),
                t.amountCents(),
                t.credit(),
                t.reversal(),
                t.reference().display(),
                outcome.name(),
                reason,
                itemType,
                itemId,
                remaining);
    }

    static String fingerprint(StatementTransaction t) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(t.fingerprint().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
