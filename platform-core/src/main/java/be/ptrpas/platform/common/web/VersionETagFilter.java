package be.ptrpas.platform.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.RecordComponent;

/** Adds the {@code ETag} of every single versioned item the API returns, for use with If-Match (see {@link Versions}). */
@Provider
public class VersionETagFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null
                || !entity.getClass().isRecord()
                || response.getStatus() >= 300
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        for (RecordComponent component : entity.getClass().getRecordComponents()) {
            if (component.getName().equals("version") && component.getType() == long.class) {
                try {
                    response.getHeaders().putSingle(HttpHeaders.ETAG, Versions.etag((long)
                            component.getAccessor().invoke(entity)));
                } catch (ReflectiveOperationException e) {
                    return; // no ETag rather than a failed response
                }
            }
        }
    }
}
