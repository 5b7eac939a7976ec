package be.ptrpas.platform.common.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer of the platform gets, set before anything else writes so that a page or resource with
 * stricter needs can still replace them:
 * <ul>
 *   <li>{@code Cache-Control: no-store} on every answer except public information ({@code /api/v1/public/*}): API
 *       answers and signed-in pages carry personal data (plates, national numbers, fines), which no browser cache or
 *       proxy may keep. Refusals, pages and documents included: one rule that fails closed is easier to trust than a
 *       list of exceptions, and the few static files lose nothing by it.</li>
 *   <li>a Content-Security-Policy without inline script for every page that sets none of its own (the admin console,
 *       error pages); pages with their own policy (warden, dev login, plug-in pages) keep theirs.</li>
 *   <li>{@code X-Content-Type-Options: nosniff}.</li>
 * </ul>
 * Also on the container's error dispatch, which answers tokens MP-JWT refused before any resource runs.
 */
// Async-capable and on the async dispatch too: RequestBodyFilter reads slow bodies asynchronously and hands the
// request on by an async dispatch, and filters run in no fixed order (an earlier filter that does not support async
// would silently switch that protection off; one that skipped the async dispatch would leave the API's answer bare).
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    /** Scripts, styles and requests from this origin only; no inline script, no framing, no foreign forms. */
    public static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!publicInformation(path(request))) {
            response.setHeader("Cache-Control", "no-store");
        }
        response.setHeader("Content-Security-Policy", PAGE_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }

    /**
     * Whether the path (inside the application, as sent) is public information, which caches may keep. Anything odd
     * in it — a dot segment, an escape, a path parameter — counts as not public, so "/api/v1/public/../tenants" is
     * never taken for public.
     */
    static boolean publicInformation(String path) {
        return path.startsWith(PUBLIC)
                && !path.contains("..")
                && !path.contains("%")
                && !path.contains(";")
                && !path.contains("//");
    }

    private static final String PUBLIC = "/api/v1/public/";

    /** The path the caller asked for, also on the error dispatch (whose own path is the error page's). */
    private static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original != null ? original.toString() : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
