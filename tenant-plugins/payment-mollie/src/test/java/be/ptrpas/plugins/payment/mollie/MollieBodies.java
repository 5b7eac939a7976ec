package be.ptrpas.plugins.payment.mollie;

import be.ptrpas.spi.payment.Money;
import be.ptrpas.spi.payment.PaymentStatus;

/** Response bodies in the shapes Mollie documents for API v2 (trimmed to the fields that matter, plus a few more). */
final class MollieBodies {

    private MollieBodies() {}

    /** A payment as GET /v2/payments/{id} returns it; REFUNDED is a paid payment whose amountRefunded is all of it. */
    static String payment(String id, Money amount, PaymentStatus status) {
        String mollieStatus =
                status == PaymentStatus.REFUNDED ? "paid" : status.name().toLowerCase();
        String value = amount.decimal();
        boolean paid = status == PaymentStatus.PAID || status == PaymentStatus.REFUNDED;
        String refunded = status == PaymentStatus.REFUNDED ? value : "0.00";
        String remaining = status == PaymentStatus.REFUNDED ? "0.00" : value;
        String checkout = status == PaymentStatus.OPEN ? """
                    "checkout": {"href": "https://www.mollie.com/checkout/select-method/%s", "type": "text/html"},
                  """.formatted(id.substring(3)) : "";
        String money = paid
                ? """
                  "paidAt": "2026-03-02T09:03:41+00:00",
                  "amountRefunded": {"value": "%s", "currency": "%s"},
                  "amountRemaining": {"value": "%s", "currency": "%s"},
                  "settlementAmount": {"value": "%s", "currency": "%s"},
                  "method": "bancontact",
                """.formatted(refunded, amount.currency(), remaining, amount.currency(), value, amount.currency())
                : """
                  "method": null,
                """;
        return """
                {
                  "resource": "payment",
                  "id": "%s",
                  "mode": "test",
                  "createdAt": "2026-03-02T09:00:00+00:00",
                  "amount": {"value": "%s", "currency": "%s"},
                  "description": "Bewonerskaart zone A - 1-ABC-123",
                %s  "metadata": {"item": "permit-1", "tenantNis": "71022", "structuredReference": "090933755493"},
                  "status": "%s",
                  "isCancelable": false,
                  "expiresAt": "2026-03-02T09:15:00+00:00",
                  "profileId": "pfl_QkEhN94Ba",
                  "sequenceType": "oneoff",
                  "redirectUrl": "http://127.0.0.1:8080/return",
                  "webhookUrl": "http://127.0.0.1:8080/api/v1/callbacks/71022/test",
                  "_links": {
                    "self": {"href": "https://api.mollie.com/v2/payments/%s", "type": "application/hal+json"},
                %s    "dashboard": {"href": "https://www.mollie.com/dashboard/org_12345678/payments/%s", "type": "text/html"},
                    "documentation": {"href": "https://docs.mollie.com/reference/get-payment", "type": "text/html"}
                  }
                }
                """.formatted(id, value, amount.currency(), money, mollieStatus, id, checkout, id);
    }

    static String refund(String refundId, String paymentId, String value) {
        return """
                {
                  "resource": "refund",
                  "id": "%s",
                  "amount": {"currency": "EUR", "value": "%s"},
                  "status": "pending",
                  "createdAt": "2026-03-03T10:12:06+00:00",
                  "description": "Terugbetaling",
                  "metadata": null,
                  "paymentId": "%s",
                  "_links": {
                    "self": {"href": "https://api.mollie.com/v2/payments/%s/refunds/%s", "type": "application/hal+json"},
                    "payment": {"href": "https://api.mollie.com/v2/payments/%s", "type": "application/hal+json"},
                    "documentation": {"href": "https://docs.mollie.com/reference/create-refund", "type": "text/html"}
                  }
                }
                """.formatted(refundId, value, paymentId, paymentId, refundId, paymentId);
    }

    static String paymentLink(String linkId, String value) {
        return paymentLink(linkId, value, "\"2026-03-09T09:00:00+00:00\"", "null");
    }

    /**
     * A payment link as POST /v2/payment-links and GET /v2/payment-links/{id} return it; {@code expiresAt} and
     * {@code paidAt} are JSON values: a quoted time or {@code null}.
     */
    static String paymentLink(String linkId, String value, String expiresAt, String paidAt) {
        return """
                {
                  "resource": "payment-link",
                  "id": "%s",
                  "mode": "test",
                  "description": "GAS 4 - 1-XYZ-987",
                  "amount": {"currency": "EUR", "value": "%s"},
                  "archived": false,
                  "redirectUrl": null,
                  "webhookUrl": "http://127.0.0.1:8080/api/v1/callbacks/71022/test",
                  "profileId": "pfl_QkEhN94Ba",
                  "createdAt": "2026-03-02T09:29:56+00:00",
                  "paidAt": %s,
                  "expiresAt": %s,
                  "_links": {
                    "self": {"href": "https://api.mollie.com/v2/payment-links/%s", "type": "application/hal+json"},
                    "paymentLink": {"href": "https://paymentlink.mollie.com/payment/%s/", "type": "text/html"},
                    "documentation": {"href": "https://docs.mollie.com/reference/create-payment-link", "type": "text/html"}
                  }
                }
                """.formatted(linkId, value, paidAt, expiresAt, linkId, linkId.substring(3));
    }

    static String error(int status, String title, String detail) {
        return """
                {
                  "status": %d,
                  "title": "%s",
                  "detail": "%s",
                  "_links": {
                    "documentation": {"href": "https://docs.mollie.com/overview/handling-errors", "type": "text/html"}
                  }
                }
                """.formatted(status, title, detail.replace("\\", "\\\\").replace("\"", "\\\""));
    }
}
