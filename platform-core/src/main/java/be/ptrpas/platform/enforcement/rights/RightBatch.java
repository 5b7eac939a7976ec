package be.ptrpas.platform.enforcement.rights;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Many rights at once, for a municipality that moves its rights from another system.
 *
 * @param rights at most {@link RightBatchService#MAX_LINES} lines
 */
public record RightBatch(@Schema(required = true) List<RightBatchLine> rights) {}
