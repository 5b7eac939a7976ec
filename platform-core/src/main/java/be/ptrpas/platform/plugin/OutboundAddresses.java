package be.ptrpas.platform.plugin;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a municipality's plug-in may connect: the URL-typed settings an admin gives (gateway, API, webhook addresses).
 * An admin is not the operator: without this rule an admin could point a plug-in at the platform's own network
 * (loopback, cloud metadata at 169.254.169.254, internal services) and read what comes back, or send the stored API
 * key over plain http.
 *
 * <ul>
 *   <li>https only, except on the embedded default (a laptop or a demo);</li>
 *   <li>never a loopback, link-local, private (RFC 1918, unique-local IPv6, carrier-grade NAT), wildcard or multicast
 *       address, unless the operator allows them ({@code ptr.plugins.allow-private-addresses}; on by default on the
 *       embedded default); an allowed private address may also be reached over plain http (a vendor's test double
 *       or an in-house relay).</li>
 * </ul>
 * A host name is judged by every address it resolves to now; a name that does not resolve is left to the plug-in
 * (it cannot connect either).
 */
public final class OutboundAddresses {

    private final boolean embedded;
    private final boolean allowPrivate;

    public OutboundAddresses(boolean embedded, boolean allowPrivate) {
        this.embedded = embedded;
        this.allowPrivate = allowPrivate;
    }

    /** Why the platform will not connect to this URL; empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            return Optional.of("is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("must be an http(s) URL with a host");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("must not carry a user name or password; use the plug-in's secret settings");
        }
        boolean internal = isInternal(host);
        if (internal && !allowPrivate) {
            return Optional.of("points at a loopback, link-local or private address, which plug-ins may not reach "
                    + "(the operator can allow it: ptr.plugins.allow-private-addresses)");
        }
        if (scheme.equals("http") && !embedded && !internal) {
            return Optional.of("must use https: the plug-in's secrets travel with its calls");
        }
        return Optional.empty();
    }

    /** Whether the host is, or resolves to, an address inside this machine or a private network. */
    static boolean isInternal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost") || bare.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
            return true;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return true;
            }
        }
        return false;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // "this network"
                    || first == 100 && second >= 64 && second < 128 // carrier-grade NAT, 100.64.0.0/10
                    || first == 198 && (second == 18 || second == 19); // benchmarking, 198.18.0.0/15
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // unique local, fc00::/7
            }
            boolean v4Mapped = true;
            for (int i = 0; i < 10; i++) {
                v4Mapped &= b[i] == 0;
            }
            if (v4Mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
