package be.ptrpas.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source class behind the container's connection pool. It chooses the JDBC driver from the URL, so that
 * operators configure PostgreSQL with a URL, a user and a password only, and an unset URL means the embedded
 * default. Pooling, validation and transactions are the container's; this class only opens physical connections.
 */
public class PlatformDataSource implements DataSource {

    private String url = DatabaseSettings.EMBEDDED;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        String jdbcUrl = DatabaseSettings.effectiveUrl(url);
        Properties info = new Properties();
        if (username != null) {
            info.setProperty("user", username);
        }
        if (pass != null) {
            info.setProperty("password", pass);
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.contains("reWriteBatchedInserts")) {
            // JDBC batches become multi-row INSERTs (scan observations, the plate-check log): several times faster.
            info.setProperty("reWriteBatchedInserts", "true");
        }
        Connection connection = driverFor(jdbcUrl).connect(jdbcUrl, info);
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts the configured database URL (PTR_DB_URL).");
        }
        return connection;
    }

    private static Driver driverFor(String jdbcUrl) throws SQLException {
        String driverClass;
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            driverClass = "org.postgresql.Driver";
        } else if (jdbcUrl.startsWith("jdbc:h2:")) {
            driverClass = "org.h2.Driver";
        } else {
            throw new SQLException("Unsupported database URL: PTR_DB_URL must start with jdbc:postgresql: "
                    + "(or be unset for the embedded default).");
        }
        try {
            return (Driver) Class.forName(driverClass, true, PlatformDataSource.class.getClassLoader())
                    .getDeclaredConstructor()
                    .newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("JDBC driver " + driverClass + " is not available", e);
        }
    }

    // Bean properties the container sets from @DataSourceDefinition (it may use either spelling of URL).
    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public String getURL() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    // The container also passes the host-and-port style attributes of @DataSourceDefinition; the URL says it all.
    public void setServerName(String ignored) {}

    public void setPortNumber(int ignored) {}

    public void setDatabaseName(String ignored) {}

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
