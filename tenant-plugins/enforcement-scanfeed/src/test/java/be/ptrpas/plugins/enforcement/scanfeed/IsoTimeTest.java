package be.ptrpas.plugins.enforcement.scanfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast reading of scan times gives exactly what ISO_OFFSET_DATE_TIME gives, and refuses what it refuses. */
class IsoTimeTest {

    private static Instant general(String value) {
        return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                .toInstant();
    }

    @Test
    void random_times_in_every_written_form_read_as_the_general_formatter_reads_them() {
        Random random = new Random(20261124);
        DateTimeFormatter[] forms = {
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SXXX"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX"),
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
        };
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(-72, 73)) * 15 * 60);
            String text = forms[i % forms.length].format(instant.atOffset(offset));
            assertThat(IsoTime.fast(text)).as(text).isNotNull().isEqualTo(general(text));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-24T08:15:00+01:00",
                "2026-11-24T07:15:00Z",
                "2026-03-29T02:30:00+02:00",
                "2024-02-29T23:59:59.999999999-00:00",
                "0001-01-01T00:00:00Z",
                "2026-11-24T08:15:00.5+18:00",
                "2026-11-24T08:15:00-18:00"
            })
    void the_fast_path_takes_the_common_shapes(String text) {
        assertThat(IsoTime.fast(text)).isEqualTo(general(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-24t08:15:00z",
                "2026-11-24T08:15+01:00",
                "2026-11-24T08:15:00+01:00:00",
                "+12026-11-24T08:15:00Z",
                "2026-11-24T08:15:00.Z"
            })
    void other_iso_forms_are_left_to_the_general_formatter(String text) {
        assertThat(IsoTime.fast(text)).isNull();
        assertThat(IsoTime.parse(text)).isEqualTo(general(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-02-30T08:15:00Z",
                "2026-11-24T24:00:00Z",
                "2026-11-24T23:59:60Z",
                "2026-11-24T08:15:00+18:30",
                "2026-11-24T08:15:00+01:60",
                "2026-11-24T08:15:00",
                "2026-11-24T08:15:00+0100",
                "2026-11-24T08:15:00.1234567890Z",
                "2026-11-24 08:15:00Z",
                "2026-1a-24T08:15:00Z",
                "2026-11-24T08:15:00+01:00x",
                "yesterday",
                ""
            })
    void what_the_general_formatter_refuses_is_refused(String text) {
        assertThat(IsoTime.fast(text)).isNull();
        assertThatThrownBy(() -> general(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoTime.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
