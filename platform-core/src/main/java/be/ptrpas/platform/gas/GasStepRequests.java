package be.ptrpas.platform.gas;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the steps of a fine. {@code date} is the day the step took effect (the letter's date, the day the
 * defence or the payment came in, the day of the decision); it defaults to today and may lie in the past, not in
 * the future, and not before the fine's previous step. The terms are counted from it.
 */
public final class GasStepRequests {

    private GasStepRequests() {}

    /** The offender (or the designated driver) is told; {@code addressee} names the offender if not yet known. */
    @Schema(name = "GasNotification")
    public record Notification(LocalDate date, GasFineDetails.PartyInput addressee, String note) {}

    @Schema(name = "GasDefence")
    public record Defence(
            LocalDate date, @Schema(required = true) String summary) {}

    /** GAS 5: the holder names who drove; the fine is re-addressed to that person. */
    @Schema(name = "GasDriverDesignation")
    public record DriverDesignation(
            LocalDate date, @Schema(required = true) GasFineDetails.PartyInput driver, String note) {}

    /** {@code amount}, when given, must be the fine's amount; {@code reference}: the bank's reference. */
    @Schema(name = "GasPayment")
    public record Payment(LocalDate date, BigDecimal amount, String reference) {}

    /** The sanctioning official's decision: ACCEPT the defence (the fine ends) or REJECT it (the fine is imposed). */
    @Schema(name = "GasDecision")
    public record Decision(
            LocalDate date,
            @Schema(required = true) Outcome outcome,
            @Schema(required = true) String motivation) {
        @Schema(name = "GasDecisionOutcome")
        public enum Outcome {
            ACCEPT,
            REJECT
        }
    }

    @Schema(name = "GasAppeal")
    public record Appeal(LocalDate date, String court, String note) {}

    /** The police court's judgment: the appeal GRANTED (the fine ends) or REJECTED (the fine stands). */
    @Schema(name = "GasAppealOutcome")
    public record AppealOutcome(
            LocalDate date, @Schema(required = true) Outcome outcome, String note) {
        @Schema(name = "GasAppealOutcomeValue")
        public enum Outcome {
            GRANTED,
            REJECTED
        }
    }

    @Schema(name = "GasCollection")
    public record Collection(LocalDate date, String collector, String note) {}

    @Schema(name = "GasCancellation")
    public record Cancellation(
            LocalDate date, @Schema(required = true) String reason) {}
}
