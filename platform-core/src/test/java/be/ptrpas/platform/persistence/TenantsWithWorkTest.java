package be.ptrpas.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sweep's cross-municipality question on the embedded database (H2 in PostgreSQL mode, migrated by the platform's
 * own changelog): among 300 municipalities, each probe names exactly the one with due work — not those whose rows are
 * done, given up, not due yet or leased — and asks it in one statement, whatever the number of municipalities.
 * PostgreSQL's path (the function {@code ptr_tenants_with_work}, inside row-level security) is held to the same answers
 * by {@code TenantsWithWorkIT}.
 */
class TenantsWithWorkTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final List<String> MUNICIPALITIES =
            IntStream.range(0, 300).mapToObj(i -> String.valueOf(10_000 + i)).toList();
    private static final String BUSY = "10150";
    private static final String IDLE = "10151";

    private static MigratedH2 database;

    @BeforeAll
    static void database() throws Exception {
        database = MigratedH2.withMunicipalities(MUNICIPALITIES.toArray(String[]::new));
    }

    @AfterAll
    static void close() throws Exception {
        database.close();
    }

    @ParameterizedTest
    @EnumSource(WorkProbe.class)
    void namesOnlyTheMunicipalityWithDueWorkInOneStatement(WorkProbe probe) throws Exception {
        Connection connection = database.connection();
        WorkRows rows = new WorkRows(connection);
        String table = WorkRows.table(probe);
        try (var sql = connection.createStatement()) {
            sql.execute("delete from " + table);
        }
        for (Map<String, Object> notDue : WorkRows.notDue(probe, NOW)) {
            rows.insert(table, IDLE, notDue);
        }
        AtomicInteger statements = new AtomicInteger();
        Connection counted = counting(connection, statements);

        assertThat(TenantsWithWork.find(counted, false, probe, NOW))
                .as("nothing due anywhere")
                .isEmpty();

        rows.insert(table, BUSY, WorkRows.due(probe, NOW));
        assertThat(TenantsWithWork.find(counted, false, probe, NOW)).containsExactly(BUSY);
        assertThat(statements)
                .as("one statement per question, for 300 municipalities")
                .hasValue(2);
    }

    /** Counts the statements prepared or created on the connection. */
    private static Connection counting(Connection connection, AtomicInteger statements) {
        List<String> counted = new ArrayList<>(List.of("prepareStatement", "createStatement", "prepareCall"));
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (counted.contains(method.getName())) {
                        statements.incrementAndGet();
                    }
                    return method.invoke(connection, args);
                });
    }
}
