package be.ptrpas.platform.enforcement.rights;

import java.util.List;

/**
 * Many rights at once, for a municipality that moves its rights from another system.
 *
 * @param rights at most {@link RightBatchService#MAX_LINES} lines
 */
public record RightBatch(List<RightBatchLine> rights) {}
