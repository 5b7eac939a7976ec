package be.ptrpas.platform.common.web;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemResponses;
import be.ptrpas.platform.common.problem.ProblemType;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(ProblemResponses.of(ProblemType.CONTENT_TOO_LARGE, tooLarge(),
                    request.getUriInfo().getRequestUri().getRawPath()));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes, tooLarge()));
        }
    }

    private String tooLarge() {
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
