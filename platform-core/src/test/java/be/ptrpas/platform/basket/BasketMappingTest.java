package be.ptrpas.platform.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.ptrpas.platform.persistence.DatabaseMigration;
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
 * The basket tables on the embedded default (H2, the real changelog 027): a basket and its payments are stored and
 * read back by their holder key as {@link BasketRows} reads them, another holder finds none, and one key makes one
 * basket per holder.
 */
class BasketMappingTest {

    static Connection keepAlive;
    static EntityManagerFactory emf;

    @BeforeAll
    static void bootstrap() throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        String url = "jdbc:h2:mem:basket-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        keepAlive = DriverManager.getConnection(url, "sa", "");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            DatabaseMigration.update(connection);
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

    static void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
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
    void aBasketAndItsPaymentsAreReadBackByTheirHolderOnly() {
        String holder = "a".repeat(64);
        String basketId = UUID.randomUUID().toString();
        inTransaction(em -> {
            em.persist(new Basket(basketId, holder, "basket-key-1", "f".repeat(64), 3500));
            em.persist(new BasketPayment(
                    UUID.randomUUID().toString(), basketId, holder, "11002", 1, 1000, List.of("item-b")));
            em.persist(new BasketPayment(
                    UUID.randomUUID().toString(), basketId, holder, "71016", 0, 2500, List.of("item-a", "item-c")));
        });
        inTransaction(em -> {
            Basket basket = em.createQuery(
                            "select b from Basket b where b.holderKey = :holder and b.idempotencyKey = :key",
                            Basket.class)
                    .setParameter("holder", holder)
                    .setParameter("key", "basket-key-1")
                    .getSingleResult();
            assertThat(basket.id()).isEqualTo(basketId);
            assertThat(basket.totalCents()).isEqualTo(3500);
            List<BasketPayment> payments = em.createQuery(
                            "select p from BasketPayment p where p.holderKey = :holder and p.basketId = :basket"
                                    + " order by p.position",
                            BasketPayment.class)
                    .setParameter("holder", holder)
                    .setParameter("basket", basketId)
                    .getResultList();
            assertThat(payments).extracting(BasketPayment::municipality).containsExactly("71016", "11002");
            assertThat(payments.get(0).passItemIds()).containsExactly("item-a", "item-c");
            assertThat(em.createQuery("select p from BasketPayment p where p.holderKey = :holder", BasketPayment.class)
                            .setParameter("holder", "b".repeat(64))
                            .getResultList())
                    .isEmpty();
        });
        Throwable twice = catchThrowable(() -> inTransaction(
                em -> em.persist(new Basket(UUID.randomUUID().toString(), holder, "basket-key-1", "e".repeat(64), 1))));
        assertThat(twice).as("one key, one basket per holder").isNotNull();
        inTransaction(em -> em.persist(
                new Basket(UUID.randomUUID().toString(), "b".repeat(64), "basket-key-1", "e".repeat(64), 1)));
    }
}
