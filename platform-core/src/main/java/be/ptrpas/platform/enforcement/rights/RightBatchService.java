package be.ptrpas.platform.enforcement.rights;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.common.web.IdempotencyKey;
import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.IdempotencyLock;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.zone.ZoneService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Registers a batch of up to {@value #MAX_LINES} rights in one transaction, for a municipality that moves from another
 * system: every line is checked as a single registration would be, valid lines go in with one set-based insert
 * ({@link RightRows}), and each line gets its outcome (created, duplicate, invalid with its errors). Idempotent twice
 * over: the batch by its Idempotency-Key (a retry gets the first answer), each line by its external reference (a line
 * sent again, in any batch, finds its right). Every right created is audited as a registration by hand is, and the
 * batch as a whole once more.
 */
@ApplicationScoped
@Transactional
public class RightBatchService {

    public static final int MAX_LINES = 10_000;
    private static final Logger LOG = Logger.getLogger(RightBatchService.class.getName());
    static final String AUDIT_TYPE_BATCH = "parking-right-batch";
    /** Printable text without control characters, as an id of another system is. */
    private static final Pattern REFERENCE = Pattern.compile("[^\\p{Cntrl}]{1,100}");

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    ZoneService zones;

    @Inject
    AuditLog audit;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    DatabaseInfo database;

    @Inject
    Clock clock;

    @Inject
    IdempotencyLock idempotencyLock;

    /** A batch's outcome and whether this answer repeats the first one given under the same key. */
    public record Registered(RightBatchResult result, boolean replayed) {}

    public Registered register(RightBatch batch, String idempotencyKey) {
        IdempotencyKey.require(idempotencyKey);
        String fingerprint = IdempotencyKey.fingerprint(batch);
        // A second request under the same key waits here until the first has committed, then replays its answer.
        idempotencyLock.acquire("right-batch", idempotencyKey);
        Optional<RightBatchRequest> earlier = tenantEm.get()
                .createQuery("select b from RightBatchRequest b where b.idempotencyKey = :key", RightBatchRequest.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            IdempotencyKey.requireSameRequest(
                    idempotencyKey, earlier.get().requestHash(), fingerprint, "another batch");
            return new Registered(Json.read(earlier.get().response(), RightBatchResult.class), true);
        }
        if (batch == null || batch.rights() == null) {
            throw ProblemException.invalid("rights", "is required: a list of rights, each with an externalRef");
        }
        List<RightBatchLine> lines = batch.rights();
        if (lines.isEmpty()) {
            throw ProblemException.invalid("rights", "has no lines; send 1 to " + MAX_LINES + " rights");
        }
        if (lines.size() > MAX_LINES) {
            throw new ProblemException(
                    ProblemType.CONTENT_TOO_LARGE,
                    "The batch has " + lines.size() + " rights; at " + "most " + MAX_LINES
                            + " go in one batch: split it (each part with its own Idempotency-Key).");
        }
        long started = System.nanoTime();
        RightBatchResult result = registerLines(lines, idempotencyKey);
        long registered = System.nanoTime();
        tenantEm.get()
                .persist(new RightBatchRequest(
                        idempotencyKey, fingerprint, lines.size(), result.created(), Json.write(result)));
        tenantEm.get().flush();
        // Batches are rare and large (migrations): how long each part took is worth a line in the log.
        LOG.info(() -> String.format(
                "Batch of %d rights in %s: %d created, %d duplicate, %d invalid; lines checked and "
                        + "written in %d ms, answer stored in %d ms",
                lines.size(),
                currentTenant.require(),
                result.created(),
                result.duplicate(),
                result.invalid(),
                (registered - started) / 1_000_000,
                (System.nanoTime() - registered) / 1_000_000));
        return new Registered(result, false);
    }

    private RightBatchResult registerLines(List<RightBatchLine> lines, String idempotencyKey) {
        long checkStarted = System.nanoTime();
        Set<String> zoneCodes = zones.codes();
        RightBatchResult.Line[] outcomes = new RightBatchResult.Line[lines.size()];
        // The line that first names each reference; a later line with the same reference is its duplicate.
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        Map<String, RightRows.Row> rows = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            RightBatchLine line = lines.get(i);
            Violations v = new Violations();
            if (line == null) {
                v.add("line", "is empty: a right is required");
            } else {
                RightChecks.Checked checked = RightChecks.check(line.details(), zoneCodes::contains, v);
                if (v.required("externalRef", line.externalRef())) {
                    v.matches(
                            "externalRef",
                            line.externalRef(),
                            REFERENCE,
                            "must be 1 to 100 characters without control characters: the right's id in the other system");
                }
                if (v.isEmpty() && !firstLine.containsKey(line.externalRef())) {
                    firstLine.put(line.externalRef(), i);
                    rows.put(line.externalRef(), row(line, checked));
                }
            }
            if (!v.isEmpty()) {
                outcomes[i] = new RightBatchResult.Line(
                        i + 1, line == null ? null : line.externalRef(), RightBatchResult.INVALID, null, v.errors());
            }
        }
        Connection connection = tenantEm.connection();
        String tenant = currentTenant.require();
        boolean postgres = database.isPostgres();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long checked = System.nanoTime();
        try {
            Map<String, String> known = RightRows.existing(connection, postgres, tenant, firstLine.keySet());
            List<RightRows.Row> fresh = rows.values().stream()
                    .filter(r -> !known.containsKey(r.externalRef()))
                    .toList();
            Set<String> written = RightRows.insert(connection, postgres, tenant, fresh, now.atOffset(ZoneOffset.UTC));
            List<String> lost = fresh.stream()
                    .filter(r -> !written.contains(r.id()))
                    .map(RightRows.Row::externalRef)
                    .toList();
            // Another batch registered some of these references between the look-up and the insert.
            known.putAll(RightRows.existing(connection, postgres, tenant, lost));
            List<Map.Entry<String, Object>> created = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (outcomes[i] != null) {
                    continue;
                }
                String ref = lines.get(i).externalRef();
                RightRows.Row row = rows.get(ref);
                boolean isNew = firstLine.get(ref) == i && written.contains(row.id());
                String id = written.contains(row.id()) ? row.id() : known.get(ref);
                outcomes[i] = new RightBatchResult.Line(
                        i + 1, ref, isNew ? RightBatchResult.CREATED : RightBatchResult.DUPLICATE, id, null);
                if (isNew) {
                    created.add(new AbstractMap.SimpleImmutableEntry<>(row.id(), view(row, now)));
                }
            }
            long writtenAt = System.nanoTime();
            audit.recordAll("create", RightsService.AUDIT_TYPE, created);
            long auditedAt = System.nanoTime();
            LOG.info(() -> String.format(
                    "Batch in %s: %d lines checked in %d ms, %d rights written in %d ms and " + "audited in %d ms",
                    tenant,
                    lines.size(),
                    (checked - checkStarted) / 1_000_000,
                    created.size(),
                    (writtenAt - checked) / 1_000_000,
                    (auditedAt - writtenAt) / 1_000_000));
        } catch (SQLException e) {
            throw new IllegalStateException("writing a batch of rights failed", e);
        }
        List<RightBatchResult.Line> all = List.of(outcomes);
        int createdCount = count(all, RightBatchResult.CREATED);
        int duplicateCount = count(all, RightBatchResult.DUPLICATE);
        int invalidCount = count(all, RightBatchResult.INVALID);
        RightBatchResult result = new RightBatchResult(idempotencyKey, createdCount, duplicateCount, invalidCount, all);
        audit.record(
                "import",
                AUDIT_TYPE_BATCH,
                idempotencyKey,
                null,
                Map.of(
                        "idempotencyKey",
                        idempotencyKey,
                        "lines",
                        lines.size(),
                        "created",
                        createdCount,
                        "duplicate",
                        duplicateCount,
                        "invalid",
                        invalidCount));
        return result;
    }

    private static RightRows.Row row(RightBatchLine line, RightChecks.Checked checked) {
        PlateNumber plate = checked.plate();
        return new RightRows.Row(
                UUID.randomUUID().toString(),
                line.externalRef(),
                checked.kind(),
                plate.normalized(),
                plate.country(),
                line.zone(),
                line.validFrom(),
                line.validTo(),
                line.revealable() == null || line.revealable(),
                line.note());
    }

    private static RightView view(RightRows.Row row, Instant createdAt) {
        return new RightView(
                row.id(),
                row.kind().name(),
                PlateNumber.parse(row.plate(), row.country())
                        .map(PlateNumber::display)
                        .orElse(row.plate()),
                row.country(),
                row.zone(),
                row.validFrom(),
                row.validTo(),
                row.revealable(),
                row.note(),
                null,
                createdAt,
                row.externalRef());
    }

    private static int count(List<RightBatchResult.Line> lines, String outcome) {
        return (int) lines.stream().filter(l -> l.outcome().equals(outcome)).count();
    }
}
