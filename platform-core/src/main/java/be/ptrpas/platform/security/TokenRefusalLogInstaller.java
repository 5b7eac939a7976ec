package be.ptrpas.platform.security;

import be.ptrpas.platform.common.logging.LogThrottle;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts {@link TokenRefusalLog} on MP-JWT's logger while the application is deployed, before the first request.
 * The logger is held here as well: the log manager keeps loggers only weakly, and a logger made afresh later
 * would have lost the filter.
 */
@WebListener
public class TokenRefusalLogInstaller implements ServletContextListener {

    private static Logger mpJwtLogger;

    @Inject
    Clock clock;

    /** Refusals logged one by one per minute (env PTR_LOG_TOKEN_REFUSALS_PER_MINUTE); the rest are counted. */
    @Inject
    @ConfigProperty(name = "ptr.log.token-refusals-per-minute", defaultValue = "10")
    int perMinute;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        install(new TokenRefusalLog(new LogThrottle(clock, Math.max(1, perMinute), Duration.ofMinutes(1))));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        synchronized (TokenRefusalLogInstaller.class) {
            if (mpJwtLogger != null && mpJwtLogger.getFilter() instanceof TokenRefusalLog) {
                mpJwtLogger.setFilter(null);
            }
            mpJwtLogger = null;
        }
    }

    static synchronized void install(TokenRefusalLog filter) {
        mpJwtLogger = Logger.getLogger(TokenRefusalLog.MP_JWT_LOGGER);
        mpJwtLogger.setFilter(filter);
    }
}
