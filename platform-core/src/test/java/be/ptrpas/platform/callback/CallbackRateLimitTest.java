package be.ptrpas.platform.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

class CallbackRateLimitTest {

    static CallbackRateLimit limit(double burst, int maxBuckets) {
        CallbackRateLimit limit = new CallbackRateLimit();
        limit.perSecond = 0.001; // practically no refill during the test
        limit.burst = burst;
        limit.maxBuckets = maxBuckets;
        limit.start();
        return limit;
    }

    @Test
    void aBurstIsAllowedThenRefusedPerMunicipalityAndSlot() {
        CallbackRateLimit limit = limit(5, 100);
        for (int i = 0; i < 5; i++) {
            limit.acquire("71016", "payment", true);
        }
        assertThatThrownBy(() -> limit.acquire("71016", "payment", true))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("Too many requests");
        assertThatCode(() -> limit.acquire("11002", "payment", true))
                .as("another municipality")
                .doesNotThrowAnyException();
        assertThatCode(() -> limit.acquire("71016", "sms", true))
                .as("another slot")
                .doesNotThrowAnyException();
    }

    /** Before: ~3,500 requests to made-up addresses left ~3,500 buckets that were never dropped. */
    @Test
    void madeUpAddressesKeepNoBucketOfTheirOwn() {
        CallbackRateLimit limit = limit(300, 10_000);
        for (int i = 0; i < 3_500; i++) {
            limit.acquire("71016", "made-up-" + i, false);
        }
        assertThat(limit.size()).isZero();
    }

    @Test
    void configuredBucketsAreBoundedDroppingTheLeastRecentlyUsed() {
        CallbackRateLimit limit = limit(2, 100);
        limit.acquire("71016", "enforcement", true);
        limit.acquire("71016", "enforcement", true);
        for (int i = 0; i < 500; i++) {
            limit.acquire(String.valueOf(10_000 + i), "payment", true);
            if (i % 10 == 0) {
                assertThatThrownBy(() -> limit.acquire("71016", "enforcement", true))
                        .as("a recently used bucket is kept, so its limit holds")
                        .isInstanceOf(ProblemException.class);
            }
        }
        assertThat(limit.size()).isEqualTo(100);
    }

    /** Nobody can tell a configured slot from one nobody configured by how the limit answers. */
    @Test
    void anUnconfiguredAddressIsLimitedLikeAConfiguredOne() {
        CallbackRateLimit limit = limit(5, 100);
        for (int i = 0; i < 5; i++) {
            limit.acquire("71016", "sms", true);
            limit.acquire("71016", "whatsapp", false);
        }
        ProblemException configured = catchProblem(() -> limit.acquire("71016", "sms", true));
        ProblemException unconfigured = catchProblem(() -> limit.acquire("71016", "whatsapp", false));
        assertThat(unconfigured.type()).isEqualTo(configured.type()).isEqualTo(ProblemType.TOO_MANY_REQUESTS);
        assertThat(unconfigured.getMessage()).isEqualTo(configured.getMessage());
    }

    static ProblemException catchProblem(Runnable work) {
        try {
            work.run();
        } catch (ProblemException e) {
            return e;
        }
        throw new AssertionError("no problem raised");
    }
}
