package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.PluginStore;
import be.ptrpas.spi.payment.PaymentStatus;
import jakarta.json.JsonException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The sandbox's payments in the {@link PluginStore}. Keys:
 * <ul>
 *     <li>{@code payment/<id>}: the payment as JSON ({@link SandboxPayment#toJson()})</li>
 *     <li>{@code payment-by-key/<sha256 of idempotency key>}: the id created for that key</li>
 *     <li>{@code outcome/<id>}: the first final outcome claimed for the payment, "STATUS instant"</li>
 * </ul>
 * The store has no compare-and-set, so a final outcome is first claimed with {@code putIfAbsent}: of two payer
 * clicks (or a click and an expiry) on two platform nodes only one wins. Other read-modify-writes are serialised
 * per payment within this JVM.
 */
final class SandboxPayments {

    private final PluginStore store;
    private final Object[] locks = new Object[64];

    SandboxPayments(PluginStore store) {
        this.store = store;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Stores a new payment unless one exists for the idempotency key; returns the one that is kept. The record is
     * written before the key, so whoever reads the key finds the record.
     */
    SandboxPayment createOnce(String idempotencyKey, Supplier<SandboxPayment> newPayment) {
        String keyEntry = "payment-by-key/" + SandboxIds.hashOf(idempotencyKey);
        Optional<String> existing = store.get(keyEntry);
        if (existing.isPresent()) {
            return find(existing.get()).orElseThrow(() -> brokenStore(existing.get()));
        }
        SandboxPayment payment = newPayment.get();
        store.put(paymentKey(payment.id()), payment.toJson());
        if (store.putIfAbsent(keyEntry, payment.id())) {
            return payment;
        }
        store.remove(paymentKey(payment.id()));
        String winner = store.get(keyEntry).orElseThrow(() -> brokenStore(payment.id()));
        return find(winner).orElseThrow(() -> brokenStore(winner));
    }

    /** The payment created for an idempotency key, if any; never creates one. */
    Optional<SandboxPayment> findForKey(String idempotencyKey) {
        Optional<String> id = store.get("payment-by-key/" + SandboxIds.hashOf(idempotencyKey));
        return id.map(existing -> find(existing).orElseThrow(() -> brokenStore(existing)));
    }

    /** The payment with this id, with a claimed outcome applied; empty for an id this plug-in never stored. */
    Optional<SandboxPayment> find(String id) {
        if (!SandboxIds.PAYMENT_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Optional<String> json = store.get(paymentKey(id));
        if (json.isEmpty()) {
            return Optional.empty();
        }
        SandboxPayment payment = read(id, json.get());
        return Optional.of(applyClaimedOutcome(payment));
    }

    /**
     * Moves an open payment to a final status, at most once: the first claim wins and later calls (a second click,
     * a replayed form) get the payment unchanged. Returns whether this call made the change.
     */
    boolean finishOnce(String id, PaymentStatus outcome, Instant at) {
        if (!outcome.isFinal()) {
            throw new IllegalArgumentException("not a final outcome: " + outcome);
        }
        synchronized (lockFor(id)) {
            SandboxPayment payment = find(id).orElseThrow(() -> unknown(id));
            if (payment.status() != PaymentStatus.OPEN) {
                return false;
            }
            if (!store.putIfAbsent(outcomeKey(id), outcome.name() + " " + at)) {
                return false;
            }
            save(payment.withStatus(outcome, at));
            return true;
        }
    }

    /** Changes a payment under this JVM's lock for it; for refunds and test set-ups. */
    SandboxPayment update(String id, UnaryOperator<SandboxPayment> change) {
        synchronized (lockFor(id)) {
            SandboxPayment changed = change.apply(find(id).orElseThrow(() -> unknown(id)));
            save(changed);
            return changed;
        }
    }

    /**
     * Puts a payment into a status a payer cannot choose on the checkout page (pending, authorized), as a bank
     * would. Used by tests and demos to show those states; never called from a request.
     */
    void forceStatus(String id, PaymentStatus status, Instant at) {
        update(id, payment -> payment.withStatus(status, at));
    }

    Object lockFor(String id) {
        return locks[Math.floorMod(id.hashCode(), locks.length)];
    }

    static PluginException unknown(String id) {
        return PluginException.permanent("the sandbox has no payment " + id);
    }

    private void save(SandboxPayment payment) {
        store.put(paymentKey(payment.id()), payment.toJson());
    }

    /** Finishes what a claim started if the node that claimed stopped before saving the payment. */
    private SandboxPayment applyClaimedOutcome(SandboxPayment payment) {
        if (payment.status() != PaymentStatus.OPEN) {
            return payment;
        }
        Optional<String> claim = store.get(outcomeKey(payment.id()));
        if (claim.isEmpty()) {
            return payment;
        }
        String[] parts = claim.get().split(" ", 2);
        try {
            return payment.withStatus(PaymentStatus.valueOf(parts[0]), Instant.parse(parts[1]));
        } catch (RuntimeException e) {
            throw brokenStore(payment.id());
        }
    }

    private static SandboxPayment read(String id, String json) {
        try {
            return SandboxPayment.fromJson(json);
        } catch (JsonException e) {
            throw brokenStore(id);
        }
    }

    private static PluginException brokenStore(String id) {
        return PluginException.permanent("the sandbox's stored data for " + id + " is unreadable");
    }

    private static String paymentKey(String id) {
        return "payment/" + id;
    }

    private static String outcomeKey(String id) {
        return "outcome/" + id;
    }
}
