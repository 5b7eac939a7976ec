package be.ptrpas.platform.preference;

import be.ptrpas.platform.persistence.DatabaseInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The way to a citizen's preference rows. On PostgreSQL it binds the transaction to the citizen first: the setting
 * {@code ptr.citizen_key} (local to the transaction, on the connection EclipseLink uses for it), which the row-level
 * security policies of the preference tables compare with, as {@code ptr.tenant_id} is for tenant tables. Unset means
 * no rows. Queries still name the citizen key themselves: the embedded database has no policies.
 */
@ApplicationScoped
public class CitizenScope {

    @PersistenceContext(unitName = "ptr")
    EntityManager em;

    @Inject
    DatabaseInfo database;

    /** The entity manager of this transaction, bound to the citizen. Must run inside a transaction. */
    EntityManager bind(String citizenKey) {
        if (database.isPostgres()) {
            Connection connection = em.unwrap(Connection.class);
            try (PreparedStatement bind =
                    connection.prepareStatement("select set_config('ptr.citizen_key', ?, true)")) {
                bind.setString(1, citizenKey);
                bind.execute();
            } catch (SQLException e) {
                throw new IllegalStateException("binding the transaction to a citizen failed", e);
            }
        }
        return em;
    }
}
