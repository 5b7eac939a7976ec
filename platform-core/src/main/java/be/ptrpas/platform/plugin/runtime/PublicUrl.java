package be.ptrpas.platform.plugin.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address at which citizens and vendors reach this platform ({@code PTR_PUBLIC_URL}), used in the URLs handed to
 * plug-ins: webhook addresses, checkout pages, links in messages. Defaults to the loopback address and HTTP port,
 * which suits the embedded demo.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "ptr.public.url")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "ptr.http.port", defaultValue = "8080")
    int port;

    public URI base() {
        String base = configured.filter(url -> !url.isBlank()).orElse("http://127.0.0.1:" + port);
        return URI.create(base.endsWith("/") ? base : base + "/");
    }

    public URI resolve(String path) {
        return base().resolve(path.startsWith("/") ? path.substring(1) : path);
    }
}
