package be.ptrpas.platform.payment;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.persistence.DatabaseMigration;
import be.ptrpas.platform.tenancy.TenantOwnedEntity;
import be.ptrpas.spi.payment.PaymentStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A basket's payment and its items on the embedded default (H2, changelog 027): stored in their municipality, read
 * back in order, and found by the items' references only there (the open-checkout check of {@code checkPayable}).
 */
class PaymentItemMappingTest {

    static final String GENK = "71016";
    static final String HASSELT = "71022";
    static Connection keepAlive;
    static EntityManagerFactory emf;

    @BeforeAll
    static void bootstrap() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        String url = "jdbc:h2:mem:payment-item-" + UUID.randomUUID()
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
                        "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", "sa",
                        "jakarta.persistence.jdbc.password", ""));
    }

    @AfterAll
    static void shutDown() throws Exception {
        emf.close();
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        keepAlive.close();
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
    void aBasketsPaymentListsItsItemsInItsMunicipalityOnly() {
        String id = UUID.randomUUID().toString();
        inTenant(GENK, em -> {
            Payment payment = PaymentTransfersTest.payment(3500, PaymentStatus.OPEN)
                    .withId(id)
                    .inBasket("basket-1");
            em.persist(payment);
            em.flush();
            List<ItemsPayment.Line> lines = List.of(
                    new ItemsPayment.Line("pass-a", "090933755493", 2500, "GAS_FINE", "Stadsplein"),
                    new ItemsPayment.Line("pass-c", "202600000192", 1000, "RETRIBUTION", "1-ABC-123"));
            for (int i = 0; i < lines.size(); i++) {
                em.persist(new PaymentItem(id, i, lines.get(i)));
            }
        });
        inTenant(GENK, em -> {
            assertThat(em.find(Payment.class, id).basketId()).isEqualTo("basket-1");
            List<PaymentItem> items = em.createQuery(
                            "select i from PaymentItem i where i.paymentId = :payment order by i.position",
                            PaymentItem.class)
                    .setParameter("payment", id)
                    .getResultList();
            assertThat(items).extracting(PaymentItem::passItemId).containsExactly("pass-a", "pass-c");
            assertThat(openHolding(em, "202600000192")).containsExactly("pass-c");
        });
        inTenant(HASSELT, em -> {
            assertThat(em.find(Payment.class, id)).isNull();
            assertThat(openHolding(em, "202600000192")).isEmpty();
        });
    }

    static List<Object> openHolding(EntityManager em, String reference) {
        return em
                .createQuery(
                        "select i.passItemId, p.expiresAt from PaymentItem i, Payment p where i.paymentId = p.id"
                                + " and i.structuredReference in :references and p.status in :open"
                                + " and p.idempotencyKey <> :key",
                        Object[].class)
                .setParameter("references", List.of(reference))
                .setParameter("open", List.of(PaymentStatus.OPEN, PaymentStatus.PENDING))
                .setParameter("key", "another-key")
                .getResultList()
                .stream()
                .map(row -> row[0])
                .toList();
    }
}
