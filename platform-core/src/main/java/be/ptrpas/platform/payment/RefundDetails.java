package be.ptrpas.platform.payment;

/** How much of a payment to pay back, and why. */
public record RefundDetails(Long amountCents, String description) {}
