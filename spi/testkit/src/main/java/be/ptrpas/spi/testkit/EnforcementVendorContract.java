package be.ptrpas.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import be.ptrpas.spi.InboundRequest;
import be.ptrpas.spi.RejectedRequestException;
import be.ptrpas.spi.enforcement.Decision;
import be.ptrpas.spi.enforcement.EnforcementVendor;
import be.ptrpas.spi.enforcement.EnforcementVendorFactory;
import be.ptrpas.spi.enforcement.Observation;
import be.ptrpas.spi.enforcement.ObservationBatch;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of an enforcement vendor plug-in (scan cars, handhelds). Implement the hooks with uploads exactly as
 * the vendor sends them, signed with the secret of {@link #validConfig()}. When the vendor's signature depends on
 * the time, override {@link #context} to give the plug-in a fixed clock that matches the samples.
 */
public abstract class EnforcementVendorContract extends PluginFactoryContract {

    protected TestPluginContext context;
    protected EnforcementVendor vendor;

    /** A genuine upload and the observations it must yield, in the vendor's order. */
    public record SampleBatch(InboundRequest request, List<Observation> expected) {
        public SampleBatch {
            expected = List.copyOf(expected);
        }
    }

    /**
     * A genuine (well signed) upload that is wrong in one way, and a word the rejection message must contain so
     * that an operator knows what to fix (the field name, "line 3", "signature").
     */
    public record MalformedBatch(String description, InboundRequest request, String messageMustMention) {}

    @Override
    protected abstract EnforcementVendorFactory factory();

    /** A genuine batch of at least two observations. */
    protected abstract SampleBatch genuineBatch();

    /** The genuine batch's content with a bad signature, or from a sender the vendor does not know. */
    protected abstract InboundRequest forgedBatch();

    /** Genuine uploads of a batch without observations. */
    protected abstract InboundRequest emptyBatch();

    /**
     * Uploads that must be refused: bad timestamps, missing plates, impossible positions, duplicate ids, too many
     * observations... Each must give a {@link RejectedRequestException}, not an unchecked exception.
     */
    protected abstract List<MalformedBatch> malformedBatches();

    @BeforeEach
    void createVendor() {
        context = context(validConfig());
        vendor = factory().create(context);
    }

    @Test
    void readsAGenuineBatch() throws RejectedRequestException {
        SampleBatch sample = genuineBatch();
        assertTrue(sample.expected().size() >= 2, "genuineBatch() must hold at least two observations");
        ObservationBatch batch = vendor.parseBatch(sample.request());
        assertNotNull(batch, "parseBatch returned null");
        assertEquals(ids(sample.expected()), ids(batch.observations()), "observation ids, in the vendor's order");
        for (int i = 0; i < sample.expected().size(); i++) {
            Observation expected = sample.expected().get(i);
            Observation actual = batch.observations().get(i);
            String which = "observation " + expected.observationId() + ": ";
            assertEquals(expected.plate(), actual.plate(), which + "plate as read");
            assertEquals(expected.country(), actual.country(), which + "country");
            assertEquals(expected.deviceId(), actual.deviceId(), which + "device");
            assertEquals(expected.observedAt(), actual.observedAt(), which + "time");
            assertEquals(expected.latitude(), actual.latitude(), 1e-9, which + "latitude");
            assertEquals(expected.longitude(), actual.longitude(), 1e-9, which + "longitude");
            assertEquals(expected.photoReference(), actual.photoReference(), which + "photo reference");
        }
    }

    @Test
    void observationIdsAreUniqueWithinABatch() throws RejectedRequestException {
        List<String> ids = ids(vendor.parseBatch(genuineBatch().request()).observations());
        Set<String> unique = new HashSet<>(ids);
        assertEquals(ids.size(), unique.size(), "the same observation id twice in one batch: " + ids);
    }

    @Test
    void parsingIsPure() throws RejectedRequestException {
        // The platform may parse a batch again after a crash; the same upload must give the same observations.
        InboundRequest request = genuineBatch().request();
        ObservationBatch first = vendor.parseBatch(request);
        ObservationBatch again = vendor.parseBatch(request);
        assertEquals(first, again, "parsing the same upload twice must give the same batch");
        ObservationBatch byAnotherInstance = factory().create(context).parseBatch(request);
        assertEquals(first, byAnotherInstance, "a fresh provider must read the upload the same way");
    }

    @Test
    void handlesAnEmptyBatch() {
        try {
            ObservationBatch batch = vendor.parseBatch(emptyBatch());
            assertNotNull(batch, "parseBatch returned null");
            assertTrue(batch.observations().isEmpty(), "an empty upload must not yield observations");
        } catch (RejectedRequestException rejected) {
            assertClearMessage(rejected, "empty batch");
        }
    }

    @Test
    void rejectsAForgedBatch() {
        RejectedRequestException rejected = assertThrows(
                RejectedRequestException.class,
                () -> vendor.parseBatch(forgedBatch()),
                "a forged upload must be rejected");
        assertClearMessage(rejected, "forged batch");
    }

    @Test
    void rejectsEveryMalformedBatchSayingWhatIsWrong() {
        List<MalformedBatch> samples = malformedBatches();
        assertFalse(samples.isEmpty(), "malformedBatches() must give at least one sample");
        for (MalformedBatch sample : samples) {
            try {
                ObservationBatch batch = vendor.parseBatch(sample.request());
                fail(sample.description() + ": must be rejected, got "
                        + batch.observations().size() + " observations");
            } catch (RejectedRequestException rejected) {
                assertClearMessage(rejected, sample.description());
                String mention = sample.messageMustMention().toLowerCase(Locale.ROOT);
                assertTrue(
                        rejected.getMessage().toLowerCase(Locale.ROOT).contains(mention),
                        sample.description() + ": the message must mention '" + sample.messageMustMention() + "', got: "
                                + rejected.getMessage());
            } catch (RuntimeException crash) {
                fail(sample.description() + ": must give a RejectedRequestException, not " + crash, crash);
            }
        }
    }

    @Test
    void rejectsGarbageAndTruncatedUploads() {
        InboundRequest garbage = InboundRequest.post("{not json".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThrows(RejectedRequestException.class, () -> vendor.parseBatch(garbage));
        InboundRequest nothing = InboundRequest.post(new byte[0], Map.of());
        assertThrows(RejectedRequestException.class, () -> vendor.parseBatch(nothing));

        // A connection that drops halfway must never reach the platform as a shorter batch.
        InboundRequest genuine = genuineBatch().request();
        byte[] body = genuine.body();
        for (int cut : new int[] {1, body.length / 3, body.length / 2, body.length - 1}) {
            InboundRequest truncated = new InboundRequest(
                    genuine.method(),
                    genuine.path(),
                    genuine.headers(),
                    genuine.query(),
                    Arrays.copyOf(body, Math.max(0, cut)));
            try {
                vendor.parseBatch(truncated);
                fail("an upload cut after " + cut + " of " + body.length + " bytes must be rejected");
            } catch (RejectedRequestException expected) {
                assertClearMessage(expected, "truncated upload");
            } catch (RuntimeException crash) {
                fail("a truncated upload must give a RejectedRequestException, not " + crash, crash);
            }
        }
    }

    @Test
    void pushingDecisionsIsHarmlessWhenNotAccepted() {
        if (vendor.acceptsDecisions()) {
            return;
        }
        assertDoesNotThrow(
                () -> vendor.pushDecisions(List.of(new Decision("obs-1", Decision.Outcome.DISCARDED, null))));
    }

    /** The message is shown to operators: it must say something. */
    protected static void assertClearMessage(RejectedRequestException rejected, String what) {
        assertNotNull(rejected.getMessage(), what + ": the rejection needs a message");
        assertFalse(rejected.getMessage().isBlank(), what + ": the rejection needs a message");
    }

    private static List<String> ids(List<Observation> observations) {
        return observations.stream().map(Observation::observationId).toList();
    }
}
