package be.ptrpas.platform.basket;

import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The one way to a holder's baskets, and the reviewed path beside {@link PassReader}: every read and write first binds
 * the transaction to the holder (on PostgreSQL the row-level-security policy {@code citizen_owns} then shows and takes
 * only that holder's rows) and names the holder key in every query, so a basket or payment of anyone else is absent,
 * as if it did not exist.
 */
@ApplicationScoped
public class BasketRows {

    @PersistenceContext(unitName = "ptr")
    EntityManager em;

    @Inject
    PassReader pass;

    /** A basket and its payments, in the basket's order. */
    record Stored(Basket basket, List<BasketPayment> payments) {}

    @Transactional
    public Optional<Stored> byKey(PassHolder holder, String idempotencyKey) {
        String key = pass.bind(holder);
        return em.createQuery(
                        "select b from Basket b where b.holderKey = :holder and b.idempotencyKey = :key", Basket.class)
                .setParameter("holder", key)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst()
                .map(basket -> new Stored(basket, payments(key, basket.id())));
    }

    @Transactional
    public Optional<Stored> byId(PassHolder holder, String id) {
        String key = pass.bind(holder);
        return em.createQuery("select b from Basket b where b.holderKey = :holder and b.id = :id", Basket.class)
                .setParameter("holder", key)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(basket -> new Stored(basket, payments(key, basket.id())));
    }

    /** One payment of this holder's baskets. */
    @Transactional
    public Optional<BasketPayment> payment(PassHolder holder, String paymentId) {
        String key = pass.bind(holder);
        return em.createQuery(
                        "select p from BasketPayment p where p.holderKey = :holder and p.paymentId = :id",
                        BasketPayment.class)
                .setParameter("holder", key)
                .setParameter("id", paymentId)
                .getResultStream()
                .findFirst();
    }

    /** Stores a basket made of payments already created in their municipalities. */
    @Transactional
    public Stored save(PassHolder holder, Basket basket, List<BasketPayment> payments) {
        String key = pass.bind(holder);
        if (!key.equals(basket.holderKey())) {
            throw new IllegalStateException("a basket is stored only in its own holder's transaction");
        }
        em.persist(basket);
        payments.forEach(em::persist);
        em.flush();
        return new Stored(basket, payments);
    }

    private List<BasketPayment> payments(String holderKey, String basketId) {
        return em.createQuery(
                        "select p from BasketPayment p where p.holderKey = :holder and p.basketId = :basket"
                                + " order by p.position",
                        BasketPayment.class)
                .setParameter("holder", holderKey)
                .setParameter("basket", basketId)
                .getResultList();
    }
}
