package be.ptrpas.platform.enforcement.charge;

import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.enforcement.settings.EnforcementSettingsView;
import be.ptrpas.spi.belgian.StructuredReference;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The charge rules of {@link RetributionService} for the drafts of one processing chunk, decided in memory: the
 * retributions that bear on them are read up front in two queries (by source key; by plate over the chunk's days and
 * the repeat-review reach), and every charge made is added to them at once, so the per-day limit, the sequence number
 * and the repeat-review rule see the chunk's earlier charges exactly as they saw them flushed one by one. What the
 * chunk charged is written together at its end ({@link RetributionService#write}). A draft the up-front reads did not
 * cover (another plate, day or moment) reads what it needs first.
 */
final class ChargeBook {

    /** Reads retributions of the current municipality, in the caller's transaction. */
    interface Reader {
        List<Charged> bySources(Collection<String> sourceKeys);

        /** Of these plates (any country): charged on a day of the span, or seen strictly between the two moments. */
        List<Charged> ofPlates(
                Collection<String> plates, LocalDate firstDay, LocalDate lastDay, Instant after, Instant before);
    }

    /** A retribution as the rules compare it, stored or charged by this chunk. */
    record Charged(
            String id,
            String sourceKey,
            String plate,
            String country,
            String zone,
            LocalDate day,
            int seq,
            Instant observedAt,
            Retribution.Status status,
            String paymentReference) {

        static Charged of(String id, Retribution r) {
            return new Charged(
                    id,
                    r.sourceKey(),
                    r.plate(),
                    r.country(),
                    r.zoneCode(),
                    r.chargeDay(),
                    r.chargeSeq(),
                    r.observedAt(),
                    r.status(),
                    r.paymentReference());
        }
    }

    private final EnforcementSettingsView rules;
    private final Reader reader;
    private final Supplier<String> references;
    private final Set<String> sourcesRead = new HashSet<>();
    private final Set<PlateNumber> platesRead = new HashSet<>();
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Instant after;
    private final Instant before;
    private final Set<String> known = new HashSet<>();
    private final Map<String, Charged> bySource = new HashMap<>();
    /** By plate and country ({@link #key}). */
    private final Map<String, List<Charged>> byPlate = new HashMap<>();

    private final List<RetributionRows.Row> charged = new ArrayList<>();

    /**
     * Reads what bears on drafts with these source keys and plates, charged on days from {@code firstDay} to
     * {@code lastDay} and seen from {@code earliest} to {@code latest}.
     */
    ChargeBook(
            EnforcementSettingsView rules,
            Reader reader,
            Supplier<String> references,
            Collection<String> sourceKeys,
            Collection<PlateNumber> plates,
            LocalDate firstDay,
            LocalDate lastDay,
            Instant earliest,
            Instant latest) {
        this.rules = rules;
        this.reader = reader;
        this.references = references;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.after = earliest.minus(Duration.ofHours(Math.max(0, rules.repeatReviewHours())));
        this.before = latest;
        if (!sourceKeys.isEmpty()) {
            reader.bySources(sourceKeys).forEach(this::remember);
            sourcesRead.addAll(sourceKeys);
        }
        if (!plates.isEmpty()) {
            reader.ofPlates(
                            plates.stream()
                                    .map(PlateNumber::normalized)
                                    .distinct()
                                    .toList(),
                            firstDay,
                            lastDay,
                            after,
                            before)
                    .forEach(this::remember);
            platesRead.addAll(plates);
        }
    }

    /** The rules of {@link RetributionService#charge}, on what this book holds; a new retribution is kept to write. */
    RetributionService.Outcome charge(ChargeDraft draft) {
        cover(draft);
        Charged same = bySource.get(draft.sourceKey());
        if (same != null) {
            return new RetributionService.Outcome(
                    same.status() == Retribution.Status.REVIEW
                            ? RetributionService.Outcome.Kind.REVIEW
                            : RetributionService.Outcome.Kind.CHARGED,
                    same.id(),
                    "already processed");
        }
        List<Charged> ofPlate = byPlate.getOrDefault(
                key(draft.plate().normalized(), draft.plate().country()), List.of());
        List<Charged> thatDay = ofPlate.stream()
                .filter(c -> c.zone().equals(draft.zoneCode()) && c.day().equals(draft.chargeDay()))
                .sorted(Comparator.comparingInt(Charged::seq))
                .toList();
        List<Charged> standing = thatDay.stream()
                .filter(c -> c.status() != Retribution.Status.CANCELLED)
                .toList();
        if (standing.size() >= rules.chargesPerPlateZoneDay()) {
            return new RetributionService.Outcome(
                    RetributionService.Outcome.Kind.ALREADY_CHARGED,
                    standing.get(0).id(),
                    "already charged in " + draft.zoneCode() + " on " + draft.chargeDay());
        }
        String reviewReason = null;
        if (rules.repeatReviewHours() > 0) {
            Instant since = draft.observedAt().minus(Duration.ofHours(rules.repeatReviewHours()));
            Optional<Charged> recent = ofPlate.stream()
                    .filter(c -> c.zone().equals(draft.zoneCode())
                            && c.status() != Retribution.Status.CANCELLED
                            && c.observedAt().isAfter(since)
                            && c.observedAt().isBefore(draft.observedAt()))
                    .max(Comparator.comparing(Charged::observedAt));
            if (recent.isPresent()) {
                reviewReason =
                        "charged in " + draft.zoneCode() + " at " + recent.get().observedAt()
                                + ", less than " + rules.repeatReviewHours() + " h before (retribution "
                                + new StructuredReference(recent.get().paymentReference()).formatted() + ")";
            }
        }
        int seq = thatDay.stream().mapToInt(Charged::seq).max().orElse(0) + 1;
        Retribution retribution = new Retribution(
                draft,
                seq,
                references.get(),
                reviewReason == null ? Retribution.Status.ISSUED : Retribution.Status.REVIEW,
                reviewReason);
        String id = UUID.randomUUID().toString();
        charged.add(new RetributionRows.Row(id, retribution));
        remember(Charged.of(id, retribution));
        return new RetributionService.Outcome(
                reviewReason == null ? RetributionService.Outcome.Kind.CHARGED : RetributionService.Outcome.Kind.REVIEW,
                id,
                reviewReason);
    }

    /** The retributions charged so far, in the order they were charged, to be written. */
    List<RetributionRows.Row> charged() {
        return List.copyOf(charged);
    }

    /** Reads first what a draft outside the up-front reads needs. */
    private void cover(ChargeDraft draft) {
        if (sourcesRead.add(draft.sourceKey())) {
            reader.bySources(List.of(draft.sourceKey())).forEach(this::remember);
        }
        Instant since = draft.observedAt().minus(Duration.ofHours(Math.max(0, rules.repeatReviewHours())));
        boolean covered = platesRead.contains(draft.plate())
                && !draft.chargeDay().isBefore(firstDay)
                && !draft.chargeDay().isAfter(lastDay)
                && !since.isBefore(after)
                && !draft.observedAt().isAfter(before);
        if (!covered) {
            reader.ofPlates(
                            List.of(draft.plate().normalized()),
                            draft.chargeDay(),
                            draft.chargeDay(),
                            since,
                            draft.observedAt())
                    .forEach(this::remember);
        }
    }

    private static String key(String plate, String country) {
        return plate + "|" + country;
    }

    private void remember(Charged c) {
        if (!known.add(c.id())) {
            return;
        }
        bySource.putIfAbsent(c.sourceKey(), c);
        byPlate.computeIfAbsent(key(c.plate(), c.country()), p -> new ArrayList<>())
                .add(c);
    }
}
