package be.ptrpas.spi.payment;

/**
 * @param providerRefundId the provider's id of the refund
 * @param status           the provider's word for the refund's status, e.g. "queued", "refunded"
 */
public record RefundResult(String providerRefundId, String status) {}
