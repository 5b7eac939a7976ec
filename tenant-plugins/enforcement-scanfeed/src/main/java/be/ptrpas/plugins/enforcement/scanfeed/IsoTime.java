package be.ptrpas.plugins.enforcement.scanfeed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * ISO-8601 times with an offset ({@code 2026-11-24T08:15:00+01:00}, {@code 2026-11-24T07:15:00.250Z}), as
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} reads them, but fast for the one shape scan cars send: a batch holds a
 * thousand of them and the general formatter took a tenth of the platform's ingestion time. The fast path takes only
 * {@code yyyy-MM-ddTHH:mm:ss[.f…]} followed by {@code Z} or {@code ±HH:MM}; anything else — and any value it cannot
 * turn into a valid time — goes to the general formatter, which accepts or refuses it exactly as before.
 */
final class IsoTime {

    private IsoTime() {}

    /** @throws java.time.format.DateTimeParseException when the value is not an ISO time with an offset */
    static Instant parse(String value) {
        Instant fast = fast(value);
        return fast != null
                ? fast
                : OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant();
    }

    /** The instant of a value of the common shape, or null to let the general formatter decide. */
    static Instant fast(String v) {
        int length = v.length();
        if (length < 20
                || v.charAt(4) != '-'
                || v.charAt(7) != '-'
                || v.charAt(10) != 'T'
                || v.charAt(13) != ':'
                || v.charAt(16) != ':') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        int hour = digits(v, 11, 13);
        int minute = digits(v, 14, 16);
        int second = digits(v, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (v.charAt(at) == '.') {
            int start = ++at;
            while (at < length && isDigit(v.charAt(at))) {
                at++;
            }
            int count = at - start;
            if (count < 1 || count > 9) {
                return null;
            }
            nanos = digits(v, start, at);
            for (int i = count; i < 9; i++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        int rest = length - at;
        if (rest == 1 && v.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (rest == 6 && (v.charAt(at) == '+' || v.charAt(at) == '-') && v.charAt(at + 3) == ':') {
            int hours = digits(v, at + 1, at + 3);
            int minutes = digits(v, at + 4, at + 6);
            if ((hours | minutes) < 0 || minutes > 59 || hours > 18) {
                return null;
            }
            offsetSeconds = (v.charAt(at) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null; // e.g. 30 February or offset beyond ±18:00: the general formatter words the refusal
        }
    }

    /** The number written by the ASCII digits in [from, to), or -1 if any is not one. */
    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
