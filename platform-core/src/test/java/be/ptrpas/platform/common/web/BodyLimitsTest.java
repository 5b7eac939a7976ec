package be.ptrpas.platform.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

class BodyLimitsTest {

    final BodyLimits limits = new BodyLimits(1_000, 16_000, 8_000, 128_000);

    @Test
    void scanBatchesAndRightBatchesMayBeLargerThanOtherBodies() {
        assertThat(limits.forApiPath("v1/callbacks/11002/enforcement")).isEqualTo(16_000);
        assertThat(limits.forApiPath("v1/tenants/11002/rights/batch")).isEqualTo(8_000);
        assertThat(limits.forApiPath("v1/callbacks/11002/payment"))
                .as("other callbacks")
                .isEqualTo(1_000);
        assertThat(limits.forApiPath("v1/tenants/11002/rights")).isEqualTo(1_000);
        assertThat(limits.forApiPath("v1/tenants/11002/rights/batch/x")).isEqualTo(1_000);
    }

    @Test
    void aBankStatementFileHasItsOwnLimitItsReviewListTheOrdinaryOne() {
        assertThat(limits.forApiPath("v1/tenants/71016/bank-statements")).isEqualTo(128_000);
        assertThat(limits.forApiPath("v1/tenants/71016/bank-statements/review")).isEqualTo(1_000);
    }

    /** The limits were read in both filters, each with its own defaults: one setting now has one place. */
    @Test
    void theFiltersReadNoLimitOfTheirOwn() {
        for (Class<?> filter : List.of(RequestBodyFilter.class, RequestSizeLimitFilter.class)) {
            List<String> own = Arrays.stream(filter.getDeclaredFields())
                    .map(field -> field.getAnnotation(ConfigProperty.class))
                    .filter(Objects::nonNull)
                    .map(ConfigProperty::name)
                    .filter(name -> name.startsWith("ptr.http.max-") && !name.equals("ptr.http.max-pending-body-bytes"))
                    .toList();
            assertThat(own).as(filter.getSimpleName()).isEmpty();
        }
        assertThat(Arrays.stream(BodyLimits.class.getDeclaredFields()).map(Field::getName))
                .contains("maxBytes", "maxCallbackBytes", "maxBatchBytes");
    }
}
