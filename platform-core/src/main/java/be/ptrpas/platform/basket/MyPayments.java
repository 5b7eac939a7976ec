package be.ptrpas.platform.basket;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.document.DocumentLanguage;
import be.ptrpas.platform.document.DocumentRenderer;
import be.ptrpas.platform.document.ItemKind;
import be.ptrpas.platform.document.Municipality;
import be.ptrpas.platform.document.PaymentMethod;
import be.ptrpas.platform.document.ReceiptDocument;
import be.ptrpas.platform.pass.MunicipalityNames;
import be.ptrpas.platform.pass.PassHolder;
import be.ptrpas.platform.pass.PassItemView;
import be.ptrpas.platform.payment.PaymentItem;
import be.ptrpas.platform.payment.PaymentService;
import be.ptrpas.platform.payment.PaymentView;
import be.ptrpas.platform.tenancy.TenantWork;
import be.ptrpas.spi.belgian.StructuredReference;
import be.ptrpas.spi.payment.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A citizen's own payments (those of their baskets): found through the holder-bound basket rows, then read in the
 * municipality's transaction that made them. A payment of anyone else is 404, as if none.
 */
@ApplicationScoped
public class MyPayments {

    @Inject
    BasketRows rows;

    @Inject
    PaymentService payments;

    @Inject
    TenantWork tenantWork;

    @Inject
    MunicipalityNames names;

    @Inject
    DocumentRenderer renderer;

    public MyPaymentView get(PassHolder holder, String id, String language) {
        BasketPayment mine = mine(holder, id);
        PaymentView payment = read(mine);
        boolean paid = paid(payment);
        return new MyPaymentView(
                mine.paymentId(),
                mine.basketId(),
                names.of(mine.municipality(), language),
                payment.amountCents(),
                payment.status(),
                payment.paidAt(),
                mine.passItemIds(),
                paid
                        ? "/api/v1/me/payments/" + mine.paymentId() + "/receipt"
                                + (holder.type() == PassHolder.Type.COMPANY ? "?company=" + holder.number() : "")
                        : null);
    }

    /** The receipt (PDF/A) of a paid payment; 409 {@code payment-not-paid} before it is paid. */
    public byte[] receipt(PassHolder holder, String id, String language) {
        BasketPayment mine = mine(holder, id);
        PaymentView payment = read(mine);
        if (!paid(payment) || payment.paidAt() == null) {
            throw new ProblemException(
                    ProblemType.PAYMENT_NOT_PAID,
                    "Payment " + id + " is " + payment.status().toLowerCase() + ": a receipt exists once it is paid.");
        }
        List<PaymentItem> items = tenantWork.callAs(mine.municipality(), () -> payments.itemsOf(mine.paymentId()));
        PassItemView.Municipality municipality = names.of(mine.municipality(), language);
        return renderer.receipt(new ReceiptDocument(
                DocumentLanguage.valueOf(language.toUpperCase()),
                new Municipality(municipality.name(), municipality.nisCode()),
                null,
                payment.id(),
                payment.paidAt(),
                BigDecimal.valueOf(payment.amountCents(), 2),
                PaymentMethod.ONLINE,
                null,
                items.stream()
                        .map(item -> new ReceiptDocument.PaidItem(
                                kind(item.kind()),
                                new StructuredReference(item.structuredReference()).formatted(),
                                item.title() == null ? item.structuredReference() : item.title(),
                                BigDecimal.valueOf(item.amountCents(), 2)))
                        .toList()));
    }

    private BasketPayment mine(PassHolder holder, String id) {
        return rows.payment(holder, id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "You have no payment " + id + "."));
    }

    private PaymentView read(BasketPayment mine) {
        return tenantWork.callAs(
                mine.municipality(), () -> payments.lookup(mine.paymentId()).orElseThrow());
    }

    private static boolean paid(PaymentView payment) {
        return BasketStatus.received(PaymentStatus.valueOf(payment.status()));
    }

    private static ItemKind kind(String passKind) {
        return Arrays.stream(ItemKind.values())
                .filter(k -> k.name().equals(passKind))
                .findFirst()
                .orElse(ItemKind.PAYMENT_REQUEST);
    }
}
