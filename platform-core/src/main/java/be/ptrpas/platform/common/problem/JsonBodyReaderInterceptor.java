package be.ptrpas.platform.common.problem;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;

/**
 * Reads every JSON request body strictly ({@link StrictJsonBody}) and marks failures to bind it as the client's
 * (400), at the one place where they happen. JSON-B failures anywhere else, e.g. writing a response, stay server
 * errors. The body is already capped by the request size limit, so reading it whole is safe.
 */
@Provider
public class JsonBodyReaderInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null
                && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.getSubtype().endsWith("+json"))
                && !isRawBody(context.getType());
        if (json) {
            byte[] body = context.getInputStream().readAllBytes();
            StrictJsonBody.check(body, expectsObject(context.getType()));
            context.setInputStream(new ByteArrayInputStream(body));
        }
        try {
            return context.proceed();
        } catch (JsonbException | JsonException | ProcessingException e) {
            throw JsonBodyErrors.toProblem(e);
        }
    }

    /**
     * A body taken as raw bytes is not bound here: its reader (a vendor's plug-in, for callbacks) parses it itself and
     * answers for it, so reading it twice would only cost time (a scan batch is a few hundred kilobytes).
     */
    static boolean isRawBody(Class<?> target) {
        return byte[].class.equals(target) || InputStream.class.isAssignableFrom(target);
    }

    /** Records, maps and JSON objects are objects; lists, arrays, plain values and untyped JSON are not. */
    static boolean expectsObject(Class<?> target) {
        return !(target.isArray()
                || target.isPrimitive()
                || Collection.class.isAssignableFrom(target)
                || JsonArray.class.isAssignableFrom(target)
                || JsonValue.class.equals(target)
                || JsonStructure.class.equals(target)
                || CharSequence.class.isAssignableFrom(target)
                || Number.class.isAssignableFrom(target)
                || Boolean.class.equals(target));
    }
}
