package be.ptrpas.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.common.metrics.Census;
import be.ptrpas.platform.persistence.MigratedH2;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's two gauges are one shape (messages in one state, per kind): each keeps its metric name and counts only
 * its own state, of the current municipality only (EclipseLink's tenant filter on the real schema, H2).
 */
class OutboxCensusTest {

    private static final String GENK = "71016";
    private static final String HASSELT = "71022";

    private MigratedH2 database;
    private EntityManagerFactory emf;
    private EntityManager current;

    @BeforeEach
    void database() throws Exception {
        database = MigratedH2.withMunicipalities(GENK, HASSELT);
        String url = database.connection().getMetaData().getURL();
        emf = Persistence.createEntityManagerFactory(
                "ptr-se-test",
                Map.of(
                        "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", "sa",
                        "jakarta.persistence.jdbc.password", ""));
    }

    @AfterEach
    void close() throws Exception {
        emf.close();
        database.close();
    }

    private void message(String tenant, OutboxKind kind, OutboxStatus status) throws Exception {
        try (PreparedStatement insert = database.connection()
                .prepareStatement("insert into outbox_message (id, tenant_id, kind, slot, dedupe_key, payload, status, "
                        + "attempts, next_attempt_at, version, created_at, updated_at) values (?, ?, ?, 'email', ?, "
                        + "'{}', ?, 0, current_timestamp, 0, current_timestamp, current_timestamp)")) {
            String id = UUID.randomUUID().toString();
            insert.setString(1, id);
            insert.setString(2, tenant);
            insert.setString(3, kind.name());
            insert.setString(4, id);
            insert.setString(5, status.name());
            insert.executeUpdate();
        }
    }

    private <C extends OutboxCensus> C bound(C census) {
        census.tenantEm = new TenantEntityManager() {
            @Override
            public EntityManager get() {
                return current;
            }
        };
        return census;
    }

    private <R> R in(String tenant, Supplier<R> work) {
        current = emf.createEntityManager();
        current.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenant);
        try {
            return work.get();
        } finally {
            current.close();
        }
    }

    @Test
    void eachGaugeCountsItsOwnStatePerKindInTheCurrentMunicipality() throws Exception {
        message(GENK, OutboxKind.MESSAGE, OutboxStatus.PENDING);
        message(GENK, OutboxKind.MESSAGE, OutboxStatus.PENDING);
        message(GENK, OutboxKind.PORTAL_NOTICE, OutboxStatus.PENDING);
        message(GENK, OutboxKind.MESSAGE, OutboxStatus.DEAD);
        message(GENK, OutboxKind.MESSAGE, OutboxStatus.DELIVERED);
        message(HASSELT, OutboxKind.MESSAGE, OutboxStatus.PENDING);
        message(HASSELT, OutboxKind.MESSAGE, OutboxStatus.DEAD);

        OutboxCensus backlog = bound(new OutboxCensus.Backlog());
        OutboxCensus deadLetters = bound(new OutboxCensus.DeadLetters());

        assertThat(in(GENK, backlog::count))
                .containsExactlyInAnyOrderEntriesOf(Map.of(OutboxKind.MESSAGE, 2L, OutboxKind.PORTAL_NOTICE, 1L));
        assertThat(in(GENK, deadLetters::count)).containsExactlyInAnyOrderEntriesOf(Map.of(OutboxKind.MESSAGE, 1L));
        assertThat(in(HASSELT, backlog::count)).containsExactlyInAnyOrderEntriesOf(Map.of(OutboxKind.MESSAGE, 1L));
    }

    @Test
    void theMetricNamesAreThoseDashboardsKnow() {
        Census.Metric<OutboxKind> backlog = new OutboxCensus.Backlog().metric();
        Census.Metric<OutboxKind> dead = new OutboxCensus.DeadLetters().metric();
        assertThat(backlog.name()).isEqualTo("ptr_outbox_backlog");
        assertThat(dead.name()).isEqualTo("ptr_outbox_dead_letters");
        assertThat(backlog.label()).isEqualTo("kind");
        assertThat(dead.label()).isEqualTo("kind");
        assertThat(backlog.values()).isEqualTo(OutboxKind.class);
    }
}
