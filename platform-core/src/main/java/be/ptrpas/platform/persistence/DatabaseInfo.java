package be.ptrpas.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Facts about the database in use, read once from the connection itself rather than guessed from configuration. */
@ApplicationScoped
public class DatabaseInfo {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private volatile String productName;

    public boolean isPostgres() {
        return productName().toLowerCase().contains("postgres");
    }

    public boolean isEmbedded() {
        return productName().toLowerCase().contains("h2");
    }

    public String productName() {
        if (productName == null) {
            try (Connection connection = dataSource.getConnection()) {
                productName = connection.getMetaData().getDatabaseProductName();
            } catch (SQLException e) {
                throw new IllegalStateException("database unavailable", e);
            }
        }
        return productName;
    }

    /** Whether the database answers now, within the given seconds. */
    public boolean answers(int timeoutSeconds) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds);
        } catch (SQLException e) {
            return false;
        }
    }
}
