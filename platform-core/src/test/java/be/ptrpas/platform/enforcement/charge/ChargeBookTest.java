package be.ptrpas.platform.enforcement.charge;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.enforcement.settings.EnforcementSettingsView;
import be.ptrpas.spi.belgian.StructuredReference;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The charge rules of a processing chunk, decided in memory from two reads: a charge made earlier in the same chunk
 * counts for the per-day limit, the sequence number and the repeat-review rule exactly as a stored one does, an
 * observation charged before charges nothing, and a draft the reads did not cover reads what it needs first.
 */
class ChargeBookTest {

    private static final String ZONE = "GNK-BETAALD-CENTRUM";
    private static final LocalDate DAY = LocalDate.parse("2026-12-08");
    private static final PlateNumber CAR = PlateNumber.parse("1-ABC-123", null).orElseThrow();
    private static final PlateNumber OTHER_CAR =
            PlateNumber.parse("2-XYZ-987", null).orElseThrow();
    private static final PlateNumber DUTCH_CAR =
            PlateNumber.parse("1ABC123", "NL").orElseThrow();
    private static final EnforcementSettingsView RULES = new EnforcementSettingsView(15, true, false, 1, 24, 5, 0L);
    private static final AtomicLong REFERENCES = new AtomicLong(1_000_000_000L);

    /** The retributions stored, read as the two queries of RetributionService read them; counts the reads. */
    private static final class Stored implements ChargeBook.Reader {
        final List<ChargeBook.Charged> rows = new ArrayList<>();
        int reads;

        @Override
        public List<ChargeBook.Charged> bySources(Collection<String> sourceKeys) {
            reads++;
            return rows.stream().filter(r -> sourceKeys.contains(r.sourceKey())).toList();
        }

        @Override
        public List<ChargeBook.Charged> ofPlates(
                Collection<String> plates, LocalDate firstDay, LocalDate lastDay, Instant after, Instant before) {
            reads++;
            return rows.stream()
                    .filter(r -> plates.contains(r.plate()))
                    .filter(r -> (!r.day().isBefore(firstDay) && !r.day().isAfter(lastDay))
                            || (r.observedAt().isAfter(after) && r.observedAt().isBefore(before)))
                    .toList();
        }

        ChargeBook.Charged store(ChargeDraft draft, int seq, Retribution.Status status) {
            ChargeBook.Charged r = ChargeBook.Charged.of(
                    UUID.randomUUID().toString(), new Retribution(draft, seq, reference(), status, null));
            rows.add(r);
            return r;
        }
    }

    private static String reference() {
        return StructuredReference.of(REFERENCES.incrementAndGet()).digits();
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time))
                .atZone(RetributionService.BRUSSELS)
                .toInstant();
    }

    private static ChargeDraft draft(String source, PlateNumber plate, Instant seen) {
        LocalDate day = seen.atZone(RetributionService.BRUSSELS).toLocalDate();
        return new ChargeDraft(
                "scan:p:" + source,
                plate,
                ZONE,
                day,
                seen,
                50.96,
                5.50,
                null,
                "PAID_ZONE_DAY",
                new BigDecimal("25.00"),
                "Genk (NIS 71016)",
                "Genk (NIS 71016)",
                day.plusDays(15));
    }

    private static ChargeBook book(Stored stored, EnforcementSettingsView rules, List<ChargeDraft> drafts) {
        return new ChargeBook(
                rules,
                stored,
                ChargeBookTest::reference,
                drafts.stream().map(ChargeDraft::sourceKey).toList(),
                drafts.stream().map(ChargeDraft::plate).distinct().toList(),
                drafts.stream()
                        .map(ChargeDraft::chargeDay)
                        .min(LocalDate::compareTo)
                        .orElseThrow(),
                drafts.stream()
                        .map(ChargeDraft::chargeDay)
                        .max(LocalDate::compareTo)
                        .orElseThrow(),
                drafts.stream()
                        .map(ChargeDraft::observedAt)
                        .min(Instant::compareTo)
                        .orElseThrow(),
                drafts.stream()
                        .map(ChargeDraft::observedAt)
                        .max(Instant::compareTo)
                        .orElseThrow());
    }

    @Test
    void aChunkReadsTwiceAndItsChargesCountForItsLaterOnes() {
        Stored stored = new Stored();
        ChargeBook.Charged before =
                stored.store(draft("old", OTHER_CAR, at(DAY, "09:00")), 1, Retribution.Status.ISSUED);
        stored.store(draft("dutch", DUTCH_CAR, at(DAY, "09:30")), 1, Retribution.Status.ISSUED);
        ChargeDraft eveningBefore = draft("r1", CAR, at(DAY.minusDays(1), "18:30"));
        ChargeDraft morning = draft("r2", CAR, at(DAY, "10:00"));
        ChargeDraft minutesLater = draft("r3", CAR, at(DAY, "10:05"));
        ChargeDraft replayed = draft("old", OTHER_CAR, at(DAY, "09:00"));
        ChargeDraft another = draft("o2", OTHER_CAR, at(DAY, "11:00"));
        List<ChargeDraft> drafts = List.of(eveningBefore, morning, minutesLater, replayed, another);
        ChargeBook book = book(stored, RULES, drafts);
        assertThat(stored.reads).as("by source key, by plate").isEqualTo(2);

        RetributionService.Outcome first = book.charge(eveningBefore);
        RetributionService.Outcome second = book.charge(morning);
        RetributionService.Outcome third = book.charge(minutesLater);
        RetributionService.Outcome again = book.charge(replayed);
        RetributionService.Outcome fifth = book.charge(another);

        assertThat(stored.reads).as("nothing read per draft").isEqualTo(2);
        assertThat(first.kind()).isEqualTo(RetributionService.Outcome.Kind.CHARGED);
        assertThat(first.detail()).isNull();
        assertThat(second.kind()).isEqualTo(RetributionService.Outcome.Kind.REVIEW);
        String firstReference = book.charged().get(0).retribution().paymentReference();
        assertThat(second.detail())
                .isEqualTo("charged in " + ZONE + " at " + eveningBefore.observedAt() + ", less than 24 h before "
                        + "(retribution " + new StructuredReference(firstReference).formatted() + ")");
        assertThat(third.kind()).isEqualTo(RetributionService.Outcome.Kind.ALREADY_CHARGED);
        assertThat(third.retributionId()).isEqualTo(second.retributionId());
        assertThat(third.detail()).isEqualTo("already charged in " + ZONE + " on " + DAY);
        assertThat(again.kind()).isEqualTo(RetributionService.Outcome.Kind.CHARGED);
        assertThat(again.retributionId()).isEqualTo(before.id());
        assertThat(again.detail()).isEqualTo("already processed");
        assertThat(fifth.kind())
                .as("the plate was charged in this zone that day, before the chunk")
                .isEqualTo(RetributionService.Outcome.Kind.ALREADY_CHARGED);
        assertThat(fifth.retributionId()).isEqualTo(before.id());

        assertThat(book.charged())
                .extracting(RetributionRows.Row::id)
                .containsExactly(first.retributionId(), second.retributionId());
        assertThat(book.charged())
                .extracting(row -> row.retribution().chargeSeq())
                .containsExactly(1, 1);
        assertThat(book.charged().get(1).retribution().status()).isEqualTo(Retribution.Status.REVIEW);
        assertThat(book.charged().get(1).retribution().reviewReason()).isEqualTo(second.detail());
    }

    @Test
    void aCancelledChargeCountsForTheSequenceButNotTheLimit() {
        Stored stored = new Stored();
        stored.store(draft("c", CAR, at(DAY, "08:00")), 1, Retribution.Status.CANCELLED);
        EnforcementSettingsView twoADay = new EnforcementSettingsView(15, true, false, 2, 24, 5, 0L);
        ChargeDraft first = draft("1", CAR, at(DAY, "09:00"));
        ChargeDraft second = draft("2", CAR, at(DAY, "12:00"));
        ChargeDraft third = draft("3", CAR, at(DAY, "15:00"));
        ChargeBook book = book(stored, twoADay, List.of(first, second, third));

        RetributionService.Outcome one = book.charge(first);
        RetributionService.Outcome two = book.charge(second);
        RetributionService.Outcome three = book.charge(third);

        assertThat(one.kind())
                .as("the cancelled one is no charge to review after")
                .isEqualTo(RetributionService.Outcome.Kind.CHARGED);
        assertThat(two.kind()).isEqualTo(RetributionService.Outcome.Kind.REVIEW);
        assertThat(three.kind()).isEqualTo(RetributionService.Outcome.Kind.ALREADY_CHARGED);
        assertThat(three.retributionId()).as("the first standing charge").isEqualTo(one.retributionId());
        assertThat(book.charged())
                .extracting(row -> row.retribution().chargeSeq())
                .containsExactly(2, 3);
    }

    @Test
    void withoutRepeatReviewASecondDayIsChargedAgain() {
        Stored stored = new Stored();
        EnforcementSettingsView noReview = new EnforcementSettingsView(15, true, false, 1, 0, 5, 0L);
        ChargeDraft evening = draft("1", CAR, at(DAY.minusDays(1), "18:30"));
        ChargeDraft morning = draft("2", CAR, at(DAY, "10:00"));
        ChargeBook book = book(stored, noReview, List.of(evening, morning));

        assertThat(book.charge(evening).kind()).isEqualTo(RetributionService.Outcome.Kind.CHARGED);
        assertThat(book.charge(morning).kind()).isEqualTo(RetributionService.Outcome.Kind.CHARGED);
    }

    @Test
    void aDraftTheReadsDidNotCoverReadsFirst() {
        Stored stored = new Stored();
        ChargeBook.Charged earlier = stored.store(draft("x", CAR, at(DAY, "08:00")), 1, Retribution.Status.ISSUED);
        ChargeBook book = book(stored, RULES, List.of(draft("o", OTHER_CAR, at(DAY, "09:00"))));
        int reads = stored.reads;

        RetributionService.Outcome outcome = book.charge(draft("y", CAR, at(DAY, "10:00")));

        assertThat(stored.reads - reads).as("its source key, its plate").isEqualTo(2);
        assertThat(outcome.kind()).isEqualTo(RetributionService.Outcome.Kind.ALREADY_CHARGED);
        assertThat(outcome.retributionId()).isEqualTo(earlier.id());
    }
}
