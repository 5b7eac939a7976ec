package be.ptrpas.platform.common.json;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Makes JAX-RS use the platform's JSON-B configuration for every request and response body. */
@Provider
public class JsonbProvider implements ContextResolver<Jsonb> {

    @Override
    public Jsonb getContext(Class<?> type) {
        return Json.jsonb();
    }
}
