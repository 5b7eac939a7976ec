package be.ptrpas.platform.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection that counts the statements sent through it (each execute, and each executed batch, once: one round
 * trip), for tests that hold a chunk of work to a fixed number of statements however many rows it has.
 */
public final class CountingConnection {

    private final AtomicInteger executed = new AtomicInteger();
    private final Connection connection;

    public CountingConnection(Connection target) {
        this.connection = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = call(target, method, args);
                    if (result instanceof PreparedStatement statement) {
                        return counting(statement, PreparedStatement.class);
                    }
                    if (result instanceof Statement statement) {
                        return counting(statement, Statement.class);
                    }
                    return result;
                });
    }

    public Connection connection() {
        return connection;
    }

    /** Statements executed so far. */
    public int executed() {
        return executed.get();
    }

    private <T extends Statement> T counting(T statement, Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                executed.incrementAndGet();
            }
            return call(statement, method, args);
        }));
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
