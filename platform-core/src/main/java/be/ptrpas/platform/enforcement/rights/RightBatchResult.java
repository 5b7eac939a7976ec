package be.ptrpas.platform.enforcement.rights;

import be.ptrpas.platform.common.problem.FieldError;
import java.util.List;

/**
 * What became of a batch: counts and one outcome per line, in the order sent.
 *
 * @param idempotencyKey the batch's key
 * @param created        lines whose right was registered now
 * @param duplicate      lines whose reference was registered before (by an earlier batch or an earlier line)
 * @param invalid        lines refused, each with its errors; nothing was registered for them
 */
public record RightBatchResult(String idempotencyKey, int created, int duplicate, int invalid, List<Line> lines) {

    /** The outcome values. */
    static final String CREATED = "created";

    static final String DUPLICATE = "duplicate";
    static final String INVALID = "invalid";

    /**
     * One line's outcome.
     *
     * @param line        its position in the batch, from 1
     * @param externalRef as sent
     * @param outcome     created, duplicate or invalid
     * @param id          the right's id (created, or the right the reference already names)
     * @param errors      why an invalid line was refused, field by field
     */
    public record Line(int line, String externalRef, String outcome, String id, List<FieldError> errors) {}
}
