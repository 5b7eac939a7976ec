package be.ptrpas.platform.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class BrokenEscapeLogFilterTest {

    /** As Payara logs it: AS-WEB-CORE-00037 with Grizzly's decoder failure and its 30-line trace. */
    private static IllegalStateException decoderFailure() {
        IllegalStateException failure = new IllegalStateException("Unexpected termination");
        failure.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.glassfish.grizzly.http.util.URLDecoder", "decode", "URLDecoder.java", 193),
            new StackTraceElement(
                    "org.apache.catalina.connector.CoyoteAdapter", "postParseRequest", "CoyoteAdapter.java", 426)
        });
        return failure;
    }

    @Test
    void aBrokenEscapeIsOneLineWithoutTraceAndOtherContainerErrorsStayAsTheyAre() {
        Logger container = Logger.getLogger(BrokenEscapeLogFilter.CONTAINER_LOGGER);
        Logger ours = Logger.getLogger(BrokenEscapeLogFilter.class.getName());
        List<LogRecord> containerRecords = new ArrayList<>();
        List<LogRecord> ourRecords = new ArrayList<>();
        Handler containerHandler = collect(containerRecords);
        Handler ourHandler = collect(ourRecords);
        container.addHandler(containerHandler);
        ours.addHandler(ourHandler);
        BrokenEscapeLogFilter filter = new BrokenEscapeLogFilter();
        filter.contextInitialized(null);
        try {
            container.log(
                    Level.SEVERE,
                    "An exception or error occurred in the container during the request processing",
                    decoderFailure());
            assertThat(containerRecords)
                    .as("the SEVERE entry with its stack trace")
                    .isEmpty();
            assertThat(ourRecords).hasSize(1);
            assertThat(ourRecords.get(0).getThrown()).isNull();
            assertThat(ourRecords.get(0).getLevel()).isEqualTo(Level.INFO);

            container.log(Level.SEVERE, "something else", new IllegalStateException("a real container failure"));
            assertThat(containerRecords).hasSize(1);
        } finally {
            filter.contextDestroyed(null);
            container.removeHandler(containerHandler);
            ours.removeHandler(ourHandler);
        }
        assertThat(container.getFilter()).isNull();
    }

    private static Handler collect(List<LogRecord> records) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLoggerName() != null && isLoggable(record)) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
    }
}
