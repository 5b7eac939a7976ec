package be.ptrpas.platform.common.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A path with a broken {@code %} escape ({@code /x/%}, {@code /x/%ZZ}) is refused by Payara's HTTP layer before the
 * platform sees it (see docs/problems.md, "Answered by the container"), and Payara logs each one as SEVERE with a
 * 30-line stack trace: anyone could fill the log with them. This keeps one line per request, without the trace, and
 * lets every other container error through untouched.
 */
@WebListener
public class BrokenEscapeLogFilter implements ServletContextListener, Filter {

    /** The logger Payara's web container reports request-processing failures on (message AS-WEB-CORE-00037). */
    static final String CONTAINER_LOGGER = "jakarta.enterprise.web.core";

    private static final Logger LOG = Logger.getLogger(BrokenEscapeLogFilter.class.getName());

    /** Held so the logger, and the filter set on it, is not garbage-collected and recreated without it. */
    private Logger container;

    private Filter previous;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        container = Logger.getLogger(CONTAINER_LOGGER);
        previous = container.getFilter();
        container.setFilter(this);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (container != null && container.getFilter() == this) {
            container.setFilter(previous);
        }
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (isBrokenEscape(record.getThrown())) {
            LOG.log(
                    Level.INFO,
                    "Refused by the container: a request path with a broken %-escape ({0})",
                    String.valueOf(record.getThrown().getMessage())
                            .lines()
                            .findFirst()
                            .orElse(""));
            return false;
        }
        return previous == null || previous.isLoggable(record);
    }

    /** Grizzly's URI decoder failing on a {@code %} not followed by two hex digits. */
    static boolean isBrokenEscape(Throwable thrown) {
        if (!(thrown instanceof IllegalStateException || thrown instanceof IllegalArgumentException)) {
            return false;
        }
        StackTraceElement[] trace = thrown.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().equals("org.glassfish.grizzly.http.util.URLDecoder");
    }
}
