package be.ptrpas.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.common.logging.LogThrottle;
import be.ptrpas.platform.testsupport.ManualClock;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A flood of refused tokens leaves a few short lines and a count in the log, not a stack trace each. */
class TokenRefusalLogTest {

    final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T10:00:00Z"));
    final Logger mpJwt = Logger.getLogger(TokenRefusalLog.MP_JWT_LOGGER);
    final Logger ours = Logger.getLogger(TokenRefusalLog.class.getName());
    final List<LogRecord> written = new CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            // only what the logger's filter let through reaches handlers
            written.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void capture() {
        mpJwt.addHandler(capture);
        ours.addHandler(capture);
        TokenRefusalLogInstaller.install(new TokenRefusalLog(new LogThrottle(clock, 10, Duration.ofMinutes(1))));
    }

    @AfterEach
    void release() {
        mpJwt.removeHandler(capture);
        ours.removeHandler(capture);
        new TokenRefusalLogInstaller().contextDestroyed(null);
    }

    /** What Payara's SignedJWTIdentityStore does with every token it cannot verify. */
    void mpJwtRefuses(String cause) {
        mpJwt.log(
                Level.INFO,
                "Exception trying to parse JWT token.",
                new IllegalStateException("wrapped", new ParseException(cause, 0)));
    }

    @Test
    void each_refusal_is_one_line_without_stack_trace_and_a_flood_is_counted() {
        for (int i = 0; i < 50; i++) {
            mpJwtRefuses("Invalid JWS header: Invalid JSON object");
        }
        assertThat(written).hasSize(10);
        assertThat(written).allSatisfy(record -> {
            assertThat(record.getThrown()).isNull();
            assertThat(record.getMessage()).isEqualTo("Bearer token refused: Invalid JWS header: Invalid JSON object");
        });

        clock.now = clock.now.plusSeconds(61);
        mpJwtRefuses("Token is expired");

        assertThat(written).hasSize(12);
        assertThat(written.get(10).getMessage()).startsWith("40 more bearer tokens were refused and not logged");
        assertThat(written.get(11).getMessage()).isEqualTo("Bearer token refused: Token is expired");
    }

    @Test
    void a_cause_is_kept_on_one_short_line() {
        String cause = TokenRefusalLog.cause(
                new RuntimeException(new ParseException("bad\r\nFAKE LOG LINE" + "x".repeat(500), 0)));
        assertThat(cause)
                .doesNotContain("\n", "\r")
                .startsWith("bad  FAKE LOG LINE")
                .hasSizeLessThanOrEqualTo(201);
    }

    @Test
    void messages_without_an_exception_pass_unchanged() {
        mpJwt.info("Public key location configured");
        assertThat(written).extracting(LogRecord::getMessage).containsExactly("Public key location configured");
    }
}
