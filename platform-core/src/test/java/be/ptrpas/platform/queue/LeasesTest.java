package be.ptrpas.platform.queue;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.callback.InboundEvent;
import be.ptrpas.platform.outbox.OutboxMessage;
import be.ptrpas.platform.outbox.OutboxStatus;
import be.ptrpas.platform.persistence.DatabaseMigration;
import be.ptrpas.platform.persistence.WorkProbe;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queue's statements on the real schema and EclipseLink's tenant filter (H2): which rows are due, a claim that only
 * one worker wins, a lease that keeps others away until it runs out, and never a row of another municipality.
 */
class LeasesTest {

    static final String GENK = "71016";
    static final String HASSELT = "71022";
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    static final WorkQueue<OutboxMessage> OUTBOX =
            new WorkQueue<>(OutboxMessage.class, OutboxStatus.PENDING, "nextAttemptAt", WorkProbe.OUTBOX);
    static final WorkQueue<InboundEvent> CALLBACKS =
            new WorkQueue<>(InboundEvent.class, InboundEvent.Status.RECEIVED, "receivedAt", WorkProbe.CALLBACKS);

    String url;
    Connection keepAlive;
    EntityManagerFactory emf;
    EntityManager current;
    final Leases leases = new Leases();

    @BeforeEach
    void database() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        url = "jdbc:h2:mem:leases-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url, "sa", "");
        try (Connection migration = DriverManager.getConnection(url, "sa", "")) {
            DatabaseMigration.update(migration);
        }
        for (String nis : new String[] {GENK, HASSELT}) {
            try (Statement sql = keepAlive.createStatement()) {
                sql.execute("insert into tenant (nis_code, name_nl, languages, business_model, retribution_issuer, "
                        + "collector, enforcer, status, version, created_at, updated_at) values ('" + nis
                        + "', 'T', 'nl', "
                        + "'IN_HOUSE', 'MUNICIPALITY', 'MUNICIPALITY', 'MUNICIPALITY', 'ACTIVE', 0, current_timestamp, "
                        + "current_timestamp)");
            }
        }
        emf = Persistence.createEntityManagerFactory(
                "ptr-se-test",
                Map.of(
                        "jakarta.persistence.jdbc.driver",
                        "org.h2.Driver",
                        "jakarta.persistence.jdbc.url",
                        url,
                        "jakarta.persistence.jdbc.user",
                        "sa",
                        "jakarta.persistence.jdbc.password",
                        ""));
        leases.tenantEm = new TenantEntityManager() {
            @Override
            public EntityManager get() {
                return current;
            }
        };
    }

    @AfterEach
    void close() throws Exception {
        emf.close();
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("SHUTDOWN");
        }
        keepAlive.close();
    }

    void message(String id, String tenant, Instant due) throws Exception {
        try (PreparedStatement insert = keepAlive.prepareStatement(
                "insert into outbox_message (id, tenant_id, kind, "
                        + "slot, dedupe_key, payload, status, attempts, next_attempt_at, version, created_at, updated_at) "
                        + "values (?, ?, 'MESSAGE', 'email', ?, '{}', 'PENDING', 0, ?, 0, current_timestamp, current_timestamp)")) {
            insert.setString(1, id);
            insert.setString(2, tenant);
            insert.setString(3, id);
            insert.setTimestamp(4, Timestamp.from(due));
            insert.executeUpdate();
        }
    }

    /** One transaction of a municipality, as {@link TenantEntityManager} binds it. */
    <R> R in(String tenant, Supplier<R> work) {
        current = emf.createEntityManager();
        current.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenant);
        current.getTransaction().begin();
        try {
            R result = work.get();
            current.getTransaction().commit();
            return result;
        } finally {
            if (current.getTransaction().isActive()) {
                current.getTransaction().rollback();
            }
            current.close();
        }
    }

    @Test
    void onlyDueRowsOfTheMunicipalityAreClaimedAndOnlyOnceUntilTheLeaseRunsOut() throws Exception {
        message("due", GENK, NOW.minusSeconds(5));
        message("later", GENK, NOW.plusSeconds(60));
        message("hasselt", HASSELT, NOW.minusSeconds(5));

        assertThat(in(GENK, () -> leases.due(OUTBOX, NOW, 50))).containsExactly("due");
        assertThat(in(GENK, () -> leases.due(OUTBOX, NOW, 1))).hasSize(1);
        assertThat(in(GENK, () -> leases.claim(OUTBOX, "hasselt", NOW, NOW.plusSeconds(120))))
                .as("another municipality's row, even by id")
                .isEmpty();

        Optional<OutboxMessage> claimed = in(GENK, () -> leases.claim(OUTBOX, "due", NOW, NOW.plusSeconds(120)));
        assertThat(claimed).hasValueSatisfying(row -> {
            assertThat(row.attempts()).isEqualTo(1);
            assertThat(row.leaseUntil()).isEqualTo(NOW.plusSeconds(120));
        });
        assertThat(in(GENK, () -> leases.claim(OUTBOX, "due", NOW.plusSeconds(1), NOW.plusSeconds(121))))
                .as("a second worker, while the lease holds")
                .isEmpty();
        assertThat(in(GENK, () -> leases.due(OUTBOX, NOW.plusSeconds(1), 1))).isEmpty();

        // The first worker died: its lease runs out and the row is claimed again.
        assertThat(in(GENK, () -> leases.due(OUTBOX, NOW.plusSeconds(121), 50)))
                .as("oldest first")
                .containsExactly("due", "later");
        assertThat(in(GENK, () -> leases.claim(OUTBOX, "due", NOW.plusSeconds(121), NOW.plusSeconds(241))))
                .hasValueSatisfying(row -> assertThat(row.attempts()).isEqualTo(2));

        in(GENK, () -> {
            leases.change(OUTBOX, "due", QueuedWork::completed);
            return null;
        });
        assertThat(in(GENK, () -> current.find(OutboxMessage.class, "due"))).satisfies(row -> {
            assertThat(row.status()).isEqualTo(OutboxStatus.DELIVERED);
            assertThat(row.leaseUntil()).isNull();
        });
        assertThat(in(GENK, () -> leases.due(OUTBOX, NOW.plusSeconds(300), 50))).containsExactly("later");
        assertThat(in(HASSELT, () -> leases.due(OUTBOX, NOW, 50))).containsExactly("hasselt");
    }

    @Test
    void theCallbackTableIsTheSameKindOfQueue() {
        assertThat(in(GENK, () -> leases.due(CALLBACKS, NOW, 50))).isEmpty();
        assertThat(in(GENK, () -> leases.claim(CALLBACKS, "none", NOW, NOW.plusSeconds(120))))
                .isEmpty();
    }
}
