package be.ptrpas.platform.common.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Marks failures while reading a request body as the client's (400), at the one place where they happen. JSON-B
 * failures anywhere else, e.g. writing a response, stay server errors.
 */
@Provider
public class JsonBodyReaderInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (JsonbException | JsonException | ProcessingException e) {
            throw JsonBodyErrors.toProblem(e);
        } catch (jakarta.ws.rs.core.NoContentException e) {
            throw ProblemException.invalid("body", "is empty; send a JSON object");
        }
    }
}
