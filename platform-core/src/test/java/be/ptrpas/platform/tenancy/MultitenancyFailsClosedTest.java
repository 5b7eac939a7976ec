package be.ptrpas.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.ptrpas.platform.audit.AuditEvent;
import be.ptrpas.platform.persistence.DatabaseMigration;
import be.ptrpas.platform.zone.Zone;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.persistence.exceptions.EclipseLinkException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tenant wall of the data model, proven on the real Liquibase schema and the real entities, outside the
 * container: an in-memory H2 in PostgreSQL mode (as the embedded default), the production changelog, and EclipseLink
 * with the entity classes of the platform. Without a tenant on the EntityManager nothing is read or written; with one,
 * only that tenant's rows exist.
 */
class MultitenancyFailsClosedTest {

    static final String GENK = "71016";
    static final String HASSELT = "71022";

    static final String GENK_BLUE = UUID.randomUUID().toString();
    static final String GENK_PAID = UUID.randomUUID().toString();
    static final String HASSELT_PAID = UUID.randomUUID().toString();

    static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[5.49,50.96],[5.51,50.96],[5.51,50.97],"
            + "[5.49,50.97],[5.49,50.96]]]}";

    /** Query hint that lets one native query run in a unit with multitenant entities. */
    static final String ALLOW_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

    static String url;
    static Connection keepAlive;
    static EntityManagerFactory emf;

    @BeforeAll
    static void bootstrap() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        url = "jdbc:h2:mem:ptr-" + UUID.randomUUID() + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url, "sa", "");
        migrate();

        insertTenant(GENK, "Genk");
        insertTenant(HASSELT, "Hasselt");
        insertZone(GENK_BLUE, GENK, "GNK-BLAUW-CENTRUM", "BLUE");
        insertZone(GENK_PAID, GENK, "GNK-BETAALD-SHOPPING", "PAID");
        insertZone(HASSELT_PAID, HASSELT, "HAS-BETAALD-KERN", "PAID");

        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.jdbc.driver", "org.h2.Driver");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", "sa");
        properties.put("jakarta.persistence.jdbc.password", "");
        emf = Persistence.createEntityManagerFactory("ptr-se-test", properties);
    }

    @AfterAll
    static void shutDown() throws SQLException {
        if (emf != null) {
            emf.close();
        }
        if (keepAlive != null) {
            try (Statement statement = keepAlive.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            keepAlive.close();
        }
    }

    /** Exactly as production migrates. */
    static void migrate() throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            DatabaseMigration.update(connection);
        }
    }

    static void insertTenant(String nis, String name) throws SQLException {
        try (PreparedStatement insert = keepAlive.prepareStatement("insert into tenant (nis_code, name_nl, languages, "
                + "business_model, retribution_issuer, collector, enforcer, status, version, created_at, updated_at) "
                + "values (?, ?, 'nl', 'IN_HOUSE', 'MUNICIPALITY', 'MUNICIPALITY', 'MUNICIPALITY', 'ACTIVE', 0, "
                + "current_timestamp, current_timestamp)")) {
            insert.setString(1, nis);
            insert.setString(2, name);
            insert.executeUpdate();
        }
    }

    static void insertZone(String id, String tenant, String code, String kind) throws SQLException {
        try (PreparedStatement insert = keepAlive.prepareStatement("insert into zone (id, tenant_id, code, kind, "
                + "name_nl, tier, max_stay_minutes, enforcement_regime, geometry, min_lat, min_lon, max_lat, max_lon, "
                + "streets, permit_types, version, created_at, updated_at) values (?, ?, ?, ?, ?, null, ?, "
                + "'RETRIBUTION', ?, 50.96, 5.49, 50.97, 5.51, '[]', '[\"RESIDENT\"]', 0, current_timestamp, "
                + "current_timestamp)")) {
            insert.setString(1, id);
            insert.setString(2, tenant);
            insert.setString(3, code);
            insert.setString(4, kind);
            insert.setString(5, "Zone " + code);
            insert.setObject(6, "BLUE".equals(kind) ? 120 : null);
            insert.setString(7, SQUARE);
            insert.executeUpdate();
        }
    }

    /** An EntityManager bound to a tenant the way {@link TenantEntityManager} does it. */
    static EntityManager entityManagerFor(String tenant) {
        EntityManager em = emf.createEntityManager();
        em.setProperty(TenantOwnedEntity.TENANT_PROPERTY, tenant);
        return em;
    }

    static void inEntityManager(String tenant, Consumer<EntityManager> work) {
        EntityManager em = tenant == null ? emf.createEntityManager() : entityManagerFor(tenant);
        try {
            work.accept(em);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    static AuditEvent newAuditEvent(String entityId) throws ReflectiveOperationException {
        Constructor<AuditEvent> constructor = AuditEvent.class.getDeclaredConstructor(
                Instant.class,
                String.class,
                String.class,
                String.class,
                String.class,
                String.class,
                String.class,
                String.class);
        constructor.setAccessible(true);
        return constructor.newInstance(
                Instant.now(), "test-admin", "admin", "create", "zone", entityId, null, "{\"code\":\"GNK-TEST\"}");
    }

    static List<String> column(String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = keepAlive.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    static void assertRefusedForMissingTenant(Throwable thrown) {
        assertThat(thrown).as("EclipseLink must refuse, not answer").isNotNull();
        assertThat(thrown).isInstanceOfAny(PersistenceException.class, EclipseLinkException.class);
        // EclipseLink-6174 (QueryException.missingContextPropertyForPropertyParameterExpression).
        assertThat(fullMessage(thrown))
                .contains("No value was provided for the session property [" + TenantOwnedEntity.TENANT_PROPERTY + "]");
    }

    static String fullMessage(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    // (a) ----------------------------------------------------------------------------------------------------------

    @Test
    void aQueryWithoutATenantFailsInsteadOfReturningEveryTenantsRows() throws SQLException {
        assertThat(column("select id from zone"))
                .as("rows of two tenants exist")
                .hasSize(3);

        inEntityManager(null, em -> {
            Throwable thrown = catchThrowable(
                    () -> em.createQuery("select z from Zone z", Zone.class).getResultList());
            assertRefusedForMissingTenant(thrown);
        });
    }

    @Test
    void aLookupByIdOrACountWithoutATenantFailsToo() {
        inEntityManager(
                null, em -> assertRefusedForMissingTenant(catchThrowable(() -> em.find(Zone.class, GENK_BLUE))));
        inEntityManager(
                null,
                em -> assertRefusedForMissingTenant(
                        catchThrowable(() -> em.createQuery("select count(z) from Zone z", Long.class)
                                .getSingleResult())));
    }

    /**
     * On writes EclipseLink does not check the property itself: it binds a null tenant_id. What stops the row is the
     * schema's NOT NULL on tenant_id (and the foreign key to tenant), so those constraints are part of the wall.
     */
    @Test
    void writingATenantOwnedRowWithoutATenantFailsAndWritesNothing() throws Exception {
        String entityId = "no-tenant-" + UUID.randomUUID();
        AuditEvent event = newAuditEvent(entityId);
        inEntityManager(null, em -> {
            Throwable thrown = catchThrowable(() -> {
                em.getTransaction().begin();
                em.persist(event);
                em.getTransaction().commit();
            });
            assertThat(thrown).isInstanceOf(PersistenceException.class);
            assertThat(fullMessage(thrown)).containsIgnoringCase("NULL not allowed for column \"TENANT_ID\"");
        });
        assertThat(column("select tenant_id from audit_event where entity_id = ?", entityId))
                .isEmpty();
    }

    // (b) ----------------------------------------------------------------------------------------------------------

    @Test
    void withATenantOnlyThatTenantsZonesComeBack() {
        inEntityManager(GENK, em -> {
            List<Zone> zones = em.createQuery("select z from Zone z order by z.code", Zone.class)
                    .getResultList();
            assertThat(zones).extracting(Zone::code).containsExactly("GNK-BETAALD-SHOPPING", "GNK-BLAUW-CENTRUM");
            assertThat(zones).extracting(Zone::tenantId).containsOnly(GENK);
            assertThat(zones).extracting(Zone::id).containsExactlyInAnyOrder(GENK_BLUE, GENK_PAID);
            assertThat(em.createQuery("select count(z) from Zone z", Long.class).getSingleResult())
                    .isEqualTo(2L);
        });
        inEntityManager(
                HASSELT,
                em -> assertThat(em.createQuery("select z from Zone z", Zone.class)
                                .getResultList())
                        .extracting(Zone::code)
                        .containsExactly("HAS-BETAALD-KERN"));
    }

    @Test
    void aQueryThatNamesTheOtherTenantsValuesStillFindsNothing() {
        inEntityManager(
                GENK,
                em -> assertThat(em.createQuery(
                                        "select z from Zone z where z.code = :code or z.tenantId = :other", Zone.class)
                                .setParameter("code", "HAS-BETAALD-KERN")
                                .setParameter("other", HASSELT)
                                .getResultList())
                        .isEmpty());
    }

    // (c) ----------------------------------------------------------------------------------------------------------

    @Test
    void theOtherTenantsZoneIsNotFoundByIdEitherWay() {
        inEntityManager(GENK, em -> {
            assertThat(em.find(Zone.class, HASSELT_PAID)).isNull();
            assertThat(em.createQuery("select z from Zone z where z.id = :id", Zone.class)
                            .setParameter("id", HASSELT_PAID)
                            .getResultList())
                    .isEmpty();
            assertThat(em.find(Zone.class, GENK_BLUE))
                    .as("own zone, as a control")
                    .isNotNull();
        });
        inEntityManager(HASSELT, em -> {
            assertThat(em.find(Zone.class, GENK_BLUE)).isNull();
            assertThat(em.find(Zone.class, HASSELT_PAID)).extracting(Zone::code).isEqualTo("HAS-BETAALD-KERN");
        });
    }

    @Test
    void aBulkUpdateTouchesOnlyTheOwnTenantsRows() {
        inEntityManager(GENK, em -> {
            EntityTransaction transaction = em.getTransaction();
            transaction.begin();
            int changed = em.createQuery("update Zone z set z.tier = 3").executeUpdate();
            assertThat(changed).isEqualTo(2);
            try {
                // Same connection and transaction as the update, so the uncommitted change is visible.
                assertThat(em.createNativeQuery("select tenant_id from zone where tier = 3")
                                .setHint(ALLOW_NATIVE_SQL, true)
                                .getResultList())
                        .containsExactly(GENK, GENK);
            } finally {
                transaction.rollback();
            }
        });
    }

    /** Retention and replay counting use bulk JPQL: a delete must not reach another tenant's rows either. */
    @Test
    void aBulkDeleteTouchesOnlyTheOwnTenantsRows() {
        inEntityManager(GENK, em -> {
            EntityTransaction transaction = em.getTransaction();
            transaction.begin();
            try {
                assertThat(em.createQuery("delete from Zone z").executeUpdate()).isEqualTo(2);
                assertThat(em.createNativeQuery("select tenant_id from zone")
                                .setHint(ALLOW_NATIVE_SQL, true)
                                .getResultList())
                        .containsExactly(HASSELT);
            } finally {
                transaction.rollback();
            }
        });
    }

    /**
     * With multitenant entities in the unit EclipseLink refuses native SQL (EclipseLink-6175) unless the unit sets
     * {@code eclipselink.jdbc.allow-native-sql-queries} or the query carries the hint: a native query cannot be used
     * to step around the tenant filter by accident. (Production's unit sets neither, and TenantEntityManager's
     * PostgreSQL {@code set_config} query carries no hint.)
     */
    @Test
    void nativeSqlIsRefusedUnlessTheQueryIsExplicitlyAllowed() {
        inEntityManager(GENK, em -> {
            Throwable thrown =
                    catchThrowable(() -> em.createNativeQuery("select 1").getSingleResult());
            assertThat(thrown).isInstanceOf(PersistenceException.class);
            assertThat(fullMessage(thrown))
                    .contains("EclipseLink-6175")
                    .contains("Native SQL queries have been disabled");
            assertThat(((Number) em.createNativeQuery("select 1")
                                    .setHint(ALLOW_NATIVE_SQL, true)
                                    .getSingleResult())
                            .intValue())
                    .isEqualTo(1);
        });
    }

    // (d) ----------------------------------------------------------------------------------------------------------

    @Test
    void persistingWritesTheEntityManagersTenantIntoTheRow() throws Exception {
        String entityId = "genk-" + UUID.randomUUID();
        AuditEvent event = newAuditEvent(entityId);
        inEntityManager(GENK, em -> {
            em.getTransaction().begin();
            em.persist(event);
            em.getTransaction().commit();
        });
        assertThat(event.id()).isNotNull();
        assertThat(column("select tenant_id from audit_event where entity_id = ?", entityId))
                .containsExactly(GENK);

        inEntityManager(
                GENK,
                em -> assertThat(em.find(AuditEvent.class, event.id()))
                        .isNotNull()
                        .extracting(AuditEvent::tenantId)
                        .isEqualTo(GENK));
        inEntityManager(
                HASSELT, em -> assertThat(em.find(AuditEvent.class, event.id())).isNull());
    }

    // (e) ----------------------------------------------------------------------------------------------------------

    @Test
    void theRealChangelogRanOnH2AndSkippedThePostgresOnlyChangesets() throws Exception {
        assertThat(column("select lower(table_name) from information_schema.tables where table_schema = 'PUBLIC'"))
                .contains(
                        "tenant",
                        "permit_rule",
                        "zone",
                        "tariff",
                        "plugin_setting",
                        "audit_event",
                        "databasechangelog");
        List<String> executed =
                column("select id from databasechangelog where exectype = 'EXECUTED' order by orderexecuted");
        assertThat(executed)
                .containsExactly(
                        "001-tenant",
                        "001-permit-rule",
                        "001-zone",
                        "001-tariff",
                        "001-plugin-setting",
                        "001-audit-event",
                        "004-plugin-state",
                        "004-plugin-failure",
                        "004-outbox-message",
                        "004-inbound-event",
                        "004-payment",
                        "004-payment-refund",
                        "004-inbound-message",
                        "004-scan-observation",
                        "005-parking-right",
                        "005-plate-check",
                        "006-inbound-event-lease",
                        "007-parking-right-source",
                        "007-enforcement-settings",
                        "008-gas-fine",
                        "008-gas-fine-event",
                        "009-parking-operator",
                        "009-parking-session",
                        "009-parking-session-request",
                        "010-iod-permit",
                        "011-disabled-card",
                        "012-scan-outcome",
                        "012-retribution",
                        "013-gas-holder-lookup",
                        "014-scan-queue-order",
                        "015-change-stamp",
                        "016-plate-check-position",
                        "017-parking-session-open-and-disc",
                        "017-parking-right-external-ref",
                        "017-right-batch",
                        "018-payment-settings",
                        "019-personal-data-read",
                        "020-request-fingerprints",
                        "021-plugin-slot-use",
                        "021-plugin-slot-use-fill-h2",
                        "022-pass-item",
                        "023-state-first-indexes",
                        "024-bank-entry",
                        "024-payment-transfers",
                        "026-citizen-preferences",
                        "030-notification-holder",
                        "030-pass-item-due-index-any");
        assertThat(column("select id from databasechangelog where id like '002-%' or id like '%-postgresql'"))
                .isEmpty();
        assertThat(column("select trigger_name from information_schema.triggers"))
                .isEmpty();

        // Running it again is a no-op, as on every restart.
        migrate();
        assertThat(column("select id from databasechangelog")).hasSameSizeAs(executed);
    }
}
