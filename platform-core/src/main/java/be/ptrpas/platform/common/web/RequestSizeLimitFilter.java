package be.ptrpas.platform.common.web;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemResponses;
import be.ptrpas.platform.common.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies above a limit before anything parses them: by Content-Length when sent, and by counting bytes for
 * chunked uploads. Protects the parsers and the database from oversized input.
 */
@Provider
@PreMatching
public class RequestSizeLimitFilter implements ContainerRequestFilter {

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

    /** Oversized bodies up to this size are read and discarded so that the client, still sending, sees the 413. */
    static final long MAX_SWALLOW_BYTES = 8L * 1024 * 1024;

    private static final java.util.regex.Pattern RIGHT_BATCH = java.util.regex.Pattern.compile("v1/tenants/[^/]+/rights/batch");

    /** The largest body for a path of the API ({@code v1/...}): scan-car batches and batches of rights are larger. */
    static long limitFor(String apiPath, long maxBytes, long maxCallbackBytes, long maxBatchBytes) {
        if (apiPath.startsWith("v1/callbacks/") && apiPath.endsWith("/enforcement")) {
            return maxCallbackBytes;
        }
        return RIGHT_BATCH.matcher(apiPath).matches() ? maxBatchBytes : maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        // Only scan-car batches are large; every other callback keeps the ordinary limit.
        String path = request.getUriInfo().getPath();
        long maxBytes = limitFor(path, this.maxBytes, maxCallbackBytes, maxBatchBytes);
        long length = request.getLength();
        if (length > maxBytes) {
            boolean swallow = length <= MAX_SWALLOW_BYTES;
            if (swallow) {
                request.getEntityStream().transferTo(OutputStream.nullOutputStream());
            }
            Response refusal = ProblemResponses.of(ProblemType.CONTENT_TOO_LARGE, tooLarge(maxBytes),
                    request.getUriInfo().getRequestUri().getRawPath());
            request.abortWith(swallow ? refusal : Response.fromResponse(refusal).header("Connection", "close").build());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes, tooLarge(maxBytes)));
        }
    }

    static String tooLarge(long maxBytes) {
        return "The request body is larger than the limit of " + maxBytes + " bytes.";
    }

    private static final class LimitedInputStream extends FilterInputStream {
        private final long max;
        private final String message;
        private long count;

        LimitedInputStream(InputStream in, long max, String message) {
            super(in);
            this.max = max;
            this.message = message;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            count += n;
            if (count > max) {
                throw new ProblemException(ProblemType.CONTENT_TOO_LARGE, message);
            }
        }
    }
}
