package be.ptrpas.spi;

import java.util.Optional;

/**
 * Optional capability of a provider: pages the platform serves for it under {@link PluginContext#pagesUrl()},
 * without login (e.g. the sandbox's checkout page). The provider must check everything it reads from the request.
 */
public interface HostedPages {

    /** Answers a request for a page, or empty for "not found". */
    Optional<PageResponse> handlePage(InboundRequest request);
}
