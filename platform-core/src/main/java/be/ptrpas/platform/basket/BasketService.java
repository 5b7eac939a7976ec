package be.ptrpas.platform.basket;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.web.IdempotencyKey;
import be.ptrpas.platform.pass.HolderKeys;
import be.ptrpas.platform.pass.MunicipalityNames;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassReader;
import be.ptrpas.platform.payment.ItemsPayment;
import be.ptrpas.platform.payment.PaymentService;
import be.ptrpas.platform.payment.PaymentView;
import be.ptrpas.platform.plugin.runtime.PublicUrl;
import be.ptrpas.platform.tenancy.TenantWork;
import be.ptrpas.spi.belgian.StructuredReference;
import be.ptrpas.spi.payment.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Paying from the pass: a basket of the holder's items is split into one payment per municipality, each made through
 * that municipality's own provider, in that municipality's transaction. Three steps, so that a refusal leaves nothing
 * half-made: every item is judged and every municipality asked whether it can take the payment (a provider, no other
 * checkout open on the item) before any payment is created; then the payments are created; then the basket is stored.
 * Each payment's key is derived from the basket's, so a retry with the same key finds what the first attempt made and
 * never reaches a provider twice. Not transactional itself: each step is its own transaction, none spans two
 * municipalities.
 */
@ApplicationScoped
public class BasketService {

    @Inject
    PassReader pass;

    @Inject
    BasketRows rows;

    @Inject
    HolderKeys keys;

    @Inject
    PaymentService payments;

    @Inject
    TenantWork tenantWork;

    @Inject
    PublicUrl publicUrl;

    @Inject
    MunicipalityNames names;

    /** A basket and whether it existed already under the same idempotency key. */
    public record Answer(BasketView basket, boolean existing) {}

    public Answer create(
            PassHolder holder, String payerNationalNumber, BasketRequest request, String key, String language) {
        IdempotencyKey.require(key);
        List<String> ids = BasketSplit.requested(request == null ? null : request.items());
        String holderKey = keys.keyOf(holder);
        String fingerprint = IdempotencyKey.sha256(holderKey + "|" + String.join(",", ids));
        Optional<BasketRows.Stored> earlier = rows.byKey(holder, key);
        if (earlier.isPresent()) {
            IdempotencyKey.requireSameRequest(
                    key, earlier.get().basket().requestHash(), fingerprint, "a basket of other items");
            return new Answer(view(earlier.get(), language), true);
        }
        List<BasketSplit.Share> shares = BasketSplit.split(
                ids, pass.itemsAmong(holder, ids).stream().map(BasketLine::of).toList());
        // The same holder and key make the same basket, so a retry after a failure finds the payments it made.
        String basketId = UUID.nameUUIDFromBytes(("basket:" + holderKey + ":" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
        URI returnUrl = publicUrl.resolve("pass/baskets/" + basketId);
        List<ItemsPayment> asked = shares.stream()
                .map(share -> itemsPayment(basketId, payerNationalNumber, returnUrl, share))
                .toList();
        for (int i = 0; i < shares.size(); i++) {
            ItemsPayment payment = asked.get(i);
            String nis = shares.get(i).municipality();
            try {
                tenantWork.runAs(nis, () -> payments.checkPayable(payment));
            } catch (ProblemException e) {
                if (e.type() != ProblemType.PLUGIN_NOT_CONFIGURED) {
                    throw e;
                }
                throw new ProblemException(
                        ProblemType.PLUGIN_NOT_CONFIGURED,
                        names.of(nis, language).name() + " (" + nis + ") takes no online payments yet: pay its items"
                                + " by bank transfer with their structured reference. Nothing was paid or created.");
            }
        }
        List<BasketPayment> made = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            ItemsPayment payment = asked.get(i);
            PaymentView created = tenantWork.callAs(
                    shares.get(i).municipality(),
                    () -> payments.createForItems(payment).payment());
            made.add(new BasketPayment(
                    created.id(),
                    basketId,
                    holderKey,
                    shares.get(i).municipality(),
                    i,
                    created.amountCents(),
                    shares.get(i).lines().stream().map(BasketLine::passItemId).toList()));
        }
        long total = made.stream().mapToLong(BasketPayment::amountCents).sum();
        BasketRows.Stored stored = rows.save(holder, new Basket(basketId, holderKey, key, fingerprint, total), made);
        return new Answer(view(stored, language), false);
    }

    public Optional<BasketView> get(PassHolder holder, String id, String language) {
        return rows.byId(holder, id).map(stored -> view(stored, language));
    }

    /** The basket now: each payment read in its own municipality's transaction, the status derived from them. */
    BasketView view(BasketRows.Stored stored, String language) {
        List<BasketView.PaymentShare> shown = new ArrayList<>();
        for (BasketPayment payment : stored.payments()) {
            PaymentView now = tenantWork.callAs(
                    payment.municipality(),
                    () -> payments.lookup(payment.paymentId()).orElseThrow());
            shown.add(new BasketView.PaymentShare(
                    payment.paymentId(),
                    names.of(payment.municipality(), language),
                    payment.amountCents(),
                    now.status(),
                    now.checkoutUrl(),
                    now.paidAt(),
                    payment.passItemIds()));
        }
        BasketStatus status = BasketStatus.of(
                shown.stream().map(p -> PaymentStatus.valueOf(p.status())).toList());
        return new BasketView(stored.basket().id(), stored.basket().totalCents(), status, shown);
    }

    private static ItemsPayment itemsPayment(String basketId, String payer, URI returnUrl, BasketSplit.Share share) {
        List<ItemsPayment.Line> lines = share.lines().stream()
                .map(line -> new ItemsPayment.Line(
                        line.passItemId(),
                        line.structuredReference(),
                        line.dueCents(),
                        line.kind().name(),
                        line.title()))
                .toList();
        String references = share.lines().stream()
                .map(line -> new StructuredReference(line.structuredReference()).formatted())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        String description = "PTR-pas: " + references;
        return new ItemsPayment(
                "basket:" + basketId,
                basketId,
                description.length() <= 300 ? description : description.substring(0, 297) + "...",
                payer,
                returnUrl,
                lines);
    }
}
