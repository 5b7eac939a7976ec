package be.ptrpas.platform.pass;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One item with everything the pass holds about it: the evidence references, the place and time, amounts and fees
 * ({@code details}, as its source gave them), its timeline, and the documents that can be downloaded.
 */
public record PassItemDetail(PassItemView item, JsonObject details, List<Step> timeline, List<Document> documents) {

    /** A step of the timeline: the status and money state reached, when, and why. */
    public record Step(Instant at, PassStatus status, MoneyState money, BigDecimal amountPaid, String note) {}

    /** A document of the item (its PDF with the transfer's QR code; a receipt per payment). */
    public record Document(String kind, String href, String mediaType) {}
}
