package be.ptrpas.platform.pass.live;

import be.ptrpas.platform.pass.PassItemChanged;
import be.ptrpas.platform.persistence.DatabaseInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Publishes every change of a pass item so that it is seen only once committed. On PostgreSQL it is a
 * {@code pg_notify} on the change's own transaction's connection: the database delivers it at commit, to the listener
 * of every instance (this one included), and never for a rolled-back change. On the embedded default (one instance)
 * it goes to this instance's streams after the transaction succeeded.
 */
@ApplicationScoped
public class LiveChangePublisher {

    @PersistenceContext(unitName = "ptr")
    EntityManager em;

    @Inject
    DatabaseInfo database;

    @Inject
    LiveStreams streams;

    /** In the source's transaction: on PostgreSQL, a notification that leaves with the commit. */
    void notifyInTransaction(@Observes PassItemChanged changed) {
        if (!database.isPostgres()) {
            return;
        }
        LiveChange change = new LiveChange(changed.holderKey(), changed.itemId());
        // The very connection EclipseLink writes the item on (unwrapping makes it take one now): NOTIFY is
        // transactional, so the message and the change commit together or not at all.
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, LiveChange.CHANNEL);
            notify.setString(2, change.payload());
            notify.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("publishing a pass change failed", e);
        }
    }

    /** After commit, on the embedded default: straight to this instance's streams. */
    void deliverAfterSuccess(@Observes(during = TransactionPhase.AFTER_SUCCESS) PassItemChanged changed) {
        if (database.isPostgres()) {
            return; // the listener delivers it, on every instance alike
        }
        streams.deliver(new LiveChange(changed.holderKey(), changed.itemId()));
    }
}
