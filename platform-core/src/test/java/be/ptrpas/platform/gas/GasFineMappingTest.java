package be.ptrpas.platform.gas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.ptrpas.platform.persistence.DatabaseMigration;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GAS entities against the real changelog on H2 (the embedded default): they map onto changeset 008, a fine and
 * its history are stored and read back within their municipality only, and the database refuses a second fine for
 * the same scan observation or a second proposal for the same plate, zone and day.
 */
class GasFineMappingTest {

    static final String GENK = "71016";
    static final String HASSELT = "71022";
    static Connection keepAlive;
    static EntityManagerFactory emf;

    @BeforeAll
    static void bootstrap() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        String url = "jdbc:h2:mem:gas-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url, "sa", "");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            DatabaseMigration.update(connection);
        }
        try (Statement sql = keepAlive.createStatement()) {
            for (String nis : new String[] {GENK, HASSELT}) {
                sql.execute("insert into tenant (nis_code, name_nl, languages, business_model, retribution_issuer, "
                        + "collector, enforcer, status, version, created_at, updated_at) values ('" + nis + "', 'T', "
                        + "'nl', 'IN_HOUSE', 'MUNICIPALITY', 'MUNICIPALITY', 'MUNICIPALITY', 'ACTIVE', 0, "
                        + "current_timestamp, current_timestamp)");
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
    }

    @AfterAll
    static void shutDown() throws Exception {
        emf.close();
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        keepAlive.close();
    }

    static GasFine.Found found(String sourceKey, String proposalKey) {
        return new GasFine.Found(
                GasKind.GAS5,
                "GAS5_SPEED",
                "1ABC123",
                "BE",
                new GasFine.Party("85073003328", null, "Jan Janssens"),
                Instant.parse("2026-03-02T08:15:00Z"),
                LocalDate.of(2026, 3, 2),
                "Hasseltweg 12, Genk",
                null,
                50.96,
                5.50,
                "speeding",
                "camera-7/0001.jpg",
                new BigDecimal("108.00"),
                65,
                50,
                sourceKey,
                proposalKey);
    }

    static void inTenant(String nis, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, nis);
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Test
    void aFineAndItsHistoryAreStoredAndSeenByTheirMunicipalityOnly() {
        GasFine fine = new GasFine(found(null, null), "GAS5-2026-ABCDEFGH", "1234567890", LocalDate.of(2026, 3, 2));
        inTenant(GENK, em -> {
            em.persist(fine);
            em.flush();
            LocalDate on = LocalDate.of(2026, 3, 5);
            fine.moveTo(
                    GasProcedure.State.NOTIFIED,
                    new GasProcedure.Terms(on, on.plusDays(30), on.plusDays(30), null),
                    on);
            em.persist(new GasFineEvent(
                    fine.id(),
                    1,
                    GasProcedure.Action.NOTIFY,
                    GasProcedure.State.REGISTERED,
                    GasProcedure.State.NOTIFIED,
                    "clerk",
                    "clerk",
                    Instant.now(),
                    on,
                    "notified",
                    "key-12345678",
                    "ab",
                    "{}"));
        });
        inTenant(GENK, em -> {
            GasFine read = em.find(GasFine.class, fine.id());
            assertThat(read.state()).isEqualTo(GasProcedure.State.NOTIFIED);
            assertThat(read.terms().defenceDue()).isEqualTo(LocalDate.of(2026, 4, 4));
            assertThat(read.offender().nationalNumber()).isEqualTo("85073003328");
            assertThat(read.amount()).isEqualByComparingTo("108.00");
            assertThat(read.version()).isEqualTo(2L);
            assertThat(em.createQuery("select e from GasFineEvent e where e.fineId = :id", GasFineEvent.class)
                            .setParameter("id", fine.id())
                            .getSingleResult()
                            .toState())
                    .isEqualTo(GasProcedure.State.NOTIFIED);
        });
        inTenant(HASSELT, em -> {
            assertThat(em.find(GasFine.class, fine.id())).isNull();
            assertThat(em.createQuery("select e from GasFineEvent e", GasFineEvent.class)
                            .getResultList())
                    .isEmpty();
        });
    }

    @Test
    void theDatabaseRefusesASecondFineForOneObservationOrOnePlateZoneAndDay() {
        inTenant(
                GENK,
                em -> em.persist(new GasFine(
                        found("scan:feed:obs-1", "1ABC123|BE|Z|2026-03-02"),
                        "GAS5-2026-AAAAAAAA",
                        "1234567891",
                        LocalDate.of(2026, 3, 2))));
        Throwable sameObservation = catchThrowable(() -> inTenant(
                GENK,
                em -> em.persist(new GasFine(
                        found("scan:feed:obs-1", "other"),
                        "GAS5-2026-BBBBBBBB",
                        "1234567892",
                        LocalDate.of(2026, 3, 2)))));
        assertThat(sameObservation).isInstanceOf(PersistenceException.class);
        Throwable sameDay = catchThrowable(() -> inTenant(
                GENK,
                em -> em.persist(new GasFine(
                        found("scan:feed:obs-2", "1ABC123|BE|Z|2026-03-02"),
                        "GAS5-2026-CCCCCCCC",
                        "1234567893",
                        LocalDate.of(2026, 3, 2)))));
        assertThat(sameDay).isInstanceOf(PersistenceException.class);
        // Another municipality may of course see the same car.
        inTenant(
                HASSELT,
                em -> em.persist(new GasFine(
                        found("scan:feed:obs-1", "1ABC123|BE|Z|2026-03-02"),
                        "GAS5-2026-AAAAAAAA",
                        "1234567894",
                        LocalDate.of(2026, 3, 2))));
    }
}
