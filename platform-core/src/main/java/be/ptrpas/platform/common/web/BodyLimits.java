package be.ptrpas.platform.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that says how large a request body may be: {@code ptr.http.max-body-bytes} (1 MiB) for the API,
 * {@code ptr.http.max-callback-bytes} (16 MiB) for scan-car batches at the enforcement callback, and
 * {@code ptr.http.max-batch-bytes} (8 MiB) for a batch of rights, and {@code ptr.http.max-statement-bytes} (128 MiB)
 * for a bank statement file (camt.053; 100,000 entries are about 90 MB). Both the servlet filter that reads slow bodies
 * ({@link RequestBodyFilter}) and the JAX-RS filter that counts bytes ({@link RequestSizeLimitFilter}) ask it.
 */
@ApplicationScoped
public class BodyLimits {

    /** Oversized bodies up to this size are read and discarded so that the client, still sending, sees the 413. */
    static final long MAX_SWALLOW_BYTES = 8L * 1024 * 1024;

    private static final Pattern RIGHT_BATCH = Pattern.compile("v1/tenants/[^/]+/rights/batch");
    private static final Pattern BANK_STATEMENT = Pattern.compile("v1/tenants/[^/]+/bank-statements");

    @Inject
    @ConfigProperty(name = "ptr.http.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    /** Scan-car batches arrive through the enforcement callback and are larger than any API body (10,000 observations). */
    @Inject
    @ConfigProperty(name = "ptr.http.max-callback-bytes", defaultValue = "16777216")
    long maxCallbackBytes;

    /** A batch of rights (up to 10,000 lines, a municipality moving from another system) is larger than other bodies. */
    @Inject
    @ConfigProperty(name = "ptr.http.max-batch-bytes", defaultValue = "8388608")
    long maxBatchBytes;

    /** A bank's statement file (camt.053) of a busy month, read as a stream: larger than anything sent as JSON. */
    @Inject
    @ConfigProperty(name = "ptr.http.max-statement-bytes", defaultValue = "134217728")
    long maxStatementBytes;

    BodyLimits() {}

    BodyLimits(long maxBytes, long maxCallbackBytes, long maxBatchBytes) {
        this(maxBytes, maxCallbackBytes, maxBatchBytes, maxBytes);
    }

    BodyLimits(long maxBytes, long maxCallbackBytes, long maxBatchBytes, long maxStatementBytes) {
        this.maxBytes = maxBytes;
        this.maxCallbackBytes = maxCallbackBytes;
        this.maxBatchBytes = maxBatchBytes;
        this.maxStatementBytes = maxStatementBytes;
    }

    /** The largest body for a path of the API ({@code v1/...}, without {@code /api/}). */
    public long forApiPath(String apiPath) {
        // Only scan-car batches are large; every other callback keeps the ordinary limit.
        if (apiPath.startsWith("v1/callbacks/") && apiPath.endsWith("/enforcement")) {
            return maxCallbackBytes;
        }
        if (BANK_STATEMENT.matcher(apiPath).matches()) {
            return maxStatementBytes;
        }
        return RIGHT_BATCH.matcher(apiPath).matches() ? maxBatchBytes : maxBytes;
    }

    static String tooLarge(long maxBytes) {
        return "The request body is larger than the limit of " + maxBytes + " bytes.";
    }
}
