package be.ptrpas.platform.payment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much of a payment to pay back, and why. */
public record RefundDetails(@Schema(required = true) Long amountCents, String description) {}
