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

/**
 * Refuses bodies above a limit before anything parses them: by Content-Length when sent, and by counting bytes for
 * chunked uploads ({@link BodyLimits}). Protects the parsers and the database from oversized input.
 */
@Provider
@PreMatching
public class RequestSizeLimitFilter implements ContainerRequestFilter {

    @Inject
    BodyLimits limits;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        long maxBytes = limits.forApiPath(request.getUriInfo().getPath());
        long length = request.getLength();
        if (length > maxBytes) {
            boolean swallow = length <= BodyLimits.MAX_SWALLOW_BYTES;
            if (swallow) {
                request.getEntityStream().transferTo(OutputStream.nullOutputStream());
            }
            Response refusal = ProblemResponses.of(
                    ProblemType.CONTENT_TOO_LARGE,
                    BodyLimits.tooLarge(maxBytes),
                    request.getUriInfo().getRequestUri().getRawPath());
            request.abortWith(
                    swallow
                            ? refusal
                            : Response.fromResponse(refusal)
                                    .header("Connection", "close")
                                    .build());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(
                    new LimitedInputStream(request.getEntityStream(), maxBytes, BodyLimits.tooLarge(maxBytes)));
        }
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
