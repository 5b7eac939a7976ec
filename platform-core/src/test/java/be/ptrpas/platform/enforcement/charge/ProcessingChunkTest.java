package be.ptrpas.platform.enforcement.charge;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.enforcement.ScanObservation;
import be.ptrpas.platform.enforcement.ScanOutcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The blue-zone rule's memory of sightings: the plate, in the zone, within the moments asked; nothing else. */
class ProcessingChunkTest {

    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    private final ProcessingChunk chunk = new ProcessingChunk(null);

    private static ScanObservation seen(String plate, String zone, Instant at) {
        ScanObservation o = new ScanObservation() {
            @Override
            public Instant observedAt() {
                return at;
            }
        };
        o.settle(ScanOutcome.FIRST_SIGHTING, plate, zone, null, null);
        return o;
    }

    @Test
    void aSightingSettledInTheChunkCountsForItsPlateInItsZoneBetweenTheMoments() {
        chunk.settled(seen("1ABC123", "BLAUW", NINE));
        chunk.settled(seen("1ABC124", "BLAUW", NINE.plusSeconds(60)));
        chunk.settled(seen("1ABC123", "CENTRUM", NINE.plusSeconds(120)));

        assertThat(chunk.sawBefore("1ABC123", "BLAUW", NINE, NINE)).isTrue();
        assertThat(chunk.sawBefore("1ABC123", "BLAUW", NINE.minusSeconds(3600), NINE.plusSeconds(3600)))
                .isTrue();
        assertThat(chunk.sawBefore("1ABC123", "BLAUW", NINE.plusSeconds(1), NINE.plusSeconds(3600)))
                .as("after the moments")
                .isFalse();
        assertThat(chunk.sawBefore("1ABC123", "BLAUW", NINE.minusSeconds(3600), NINE.minusSeconds(1)))
                .as("before the moments")
                .isFalse();
        assertThat(chunk.sawBefore("1ABC124", "CENTRUM", NINE, NINE.plusSeconds(3600)))
                .as("another plate's zone")
                .isFalse();
        assertThat(chunk.sawBefore("1ABC125", "BLAUW", NINE, NINE.plusSeconds(3600)))
                .isFalse();
    }

    @Test
    void storedSightingsAnswerOnlyForTheSpanTheyWereReadFor() {
        Instant from = NINE.minusSeconds(7200);
        chunk.storedSightings(
                List.<Object[]>of(new Object[] {"1ABC123", "BLAUW", NINE}, new Object[] {"1ABC123", "BLAUW", NINE}),
                from,
                NINE.plusSeconds(600));

        assertThat(chunk.storedBefore("1ABC123", "BLAUW", from, NINE)).contains(true);
        assertThat(chunk.storedBefore("1ABC123", "BLAUW", from, NINE.minusSeconds(1)))
                .contains(false);
        assertThat(chunk.storedBefore("1ABC123", "ROOD", from, NINE)).contains(false);
        assertThat(chunk.storedBefore("1ABC123", "BLAUW", from.minusSeconds(1), NINE))
                .as("reaches back beyond what was read: the caller asks the database")
                .isEmpty();
        assertThat(chunk.storedBefore("1ABC123", "BLAUW", from, NINE.plusSeconds(601)))
                .isEmpty();
    }
}
