package be.ptrpas.platform.payment;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a payer may be sent after a checkout: only to an origin (scheme, host, port) the municipality allows, or to
 * the platform itself. Without this, anyone able to create a payment could turn the municipality's checkout page into
 * a redirector to a look-alike site ("pay again here").
 */
final class ReturnOrigins {

    static final int MAX_ORIGINS = 20;

    private ReturnOrigins() {}

    /** The origin of an absolute http(s) URL ({@code https://host[:port]}, lower case, default port left out). */
    static Optional<String> originOf(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
            return Optional.of(
                    scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Whether a configured value is an origin and nothing more (no path, query or fragment); plain http only locally. */
    static boolean isOrigin(String value) {
        Optional<String> origin = originOf(value);
        if (origin.isEmpty()) {
            return false;
        }
        URI uri = URI.create(value);
        boolean bare = (uri.getRawPath() == null
                        || uri.getRawPath().isEmpty()
                        || uri.getRawPath().equals("/"))
                && uri.getRawQuery() == null
                && uri.getRawFragment() == null;
        boolean local =
                uri.getHost().equalsIgnoreCase("localhost") || uri.getHost().equals("127.0.0.1");
        return bare && (origin.get().startsWith("https://") || local);
    }

    static boolean allows(String returnUrl, Collection<String> allowedOrigins, URI platform) {
        Optional<String> origin = originOf(returnUrl);
        if (origin.isEmpty()) {
            return false;
        }
        if (origin.equals(originOf(platform.toString()))) {
            return true;
        }
        return allowedOrigins.stream().map(ReturnOrigins::originOf).anyMatch(origin::equals);
    }
}
