package be.ptrpas.platform.pass.live;

import be.ptrpas.platform.persistence.DatabaseInfo;
import be.ptrpas.platform.persistence.DatabaseSettings;
import be.ptrpas.platform.persistence.PlatformDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * This instance's ear on PostgreSQL: one connection of its own (outside the pool, with the platform's runtime role
 * and URL) that {@code LISTEN}s on {@value LiveChange#CHANNEL} and hands every committed change to this instance's
 * streams, on one virtual thread. A lost connection is opened again with back-off (0.1 s doubling to
 * {@code ptr.pass.events.max-backoff-ms}, 30 s, with jitter). Changes committed while it was away are not replayed:
 * the page reads its pass again when its stream reconnects, and an open stream shows the next change.
 */
@ApplicationScoped
public class LiveChangeListener {

    private static final Logger LOG = Logger.getLogger(LiveChangeListener.class.getName());
    /** How long one wait for notifications lasts; between waits the connection is checked. */
    private static final int WAIT_MILLIS = 10_000;

    @Inject
    DatabaseInfo database;

    @Inject
    LiveStreams streams;

    @Inject
    @ConfigProperty(name = "ptr.pass.events.max-backoff-ms", defaultValue = "30000")
    long maxBackoffMillis;

    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;
    private volatile boolean listening;

    /** Starts listening, on PostgreSQL only (the embedded default is one instance and delivers in-process). */
    synchronized void start() {
        if (running || !database.isPostgres()) {
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name("ptr-pass-listener").start(this::run);
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
        }
        closeQuietly(connection);
    }

    /** Whether the listener holds a connection that listens now. */
    public boolean isListening() {
        return listening;
    }

    private void run() {
        long backoff = 100;
        while (running) {
            try (Connection listen = open()) {
                connection = listen;
                try (Statement sql = listen.createStatement()) {
                    sql.execute("LISTEN " + LiveChange.CHANNEL);
                }
                listening = true;
                backoff = 100;
                LOG.info("Listening for pass changes on PostgreSQL channel " + LiveChange.CHANNEL);
                PGConnection notifications = listen.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = notifications.getNotifications(WAIT_MILLIS);
                    if (arrived == null || arrived.length == 0) {
                        if (!listen.isValid(5)) {
                            throw new SQLException("the listening connection does not answer");
                        }
                        continue;
                    }
                    for (PGNotification notification : arrived) {
                        LiveChange.parse(notification.getParameter()).ifPresent(streams::deliver);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                LOG.log(
                        Level.WARNING,
                        "Listening for pass changes failed; trying again in " + backoff + " ms: " + e.getMessage());
                try {
                    Thread.sleep(backoff + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, maxBackoffMillis);
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    private static Connection open() throws SQLException {
        DatabaseSettings.Credentials runtime = DatabaseSettings.runtimeCredentials();
        PlatformDataSource direct = new PlatformDataSource();
        direct.setUrl(DatabaseSettings.configuredUrl());
        Connection opened = direct.getConnection(runtime.user(), runtime.password());
        opened.setAutoCommit(true);
        return opened;
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Closing the listening connection failed", e);
            }
        }
    }
}
