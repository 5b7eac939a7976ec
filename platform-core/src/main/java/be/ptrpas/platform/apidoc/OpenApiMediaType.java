package be.ptrpas.platform.apidoc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Serves {@code /openapi} with its proper media type. Payara's OpenAPI servlet lives in this application's context (it
 * is added to the root context) and writes YAML as {@code text/plain} (a choice made so browsers show it), and answers
 * 406 to {@code Accept: application/yaml}. In front of it: YAML (the default, {@code ?format=yaml} or
 * {@code Accept: application/yaml}) is asked of Payara as text/plain and labelled {@code application/yaml}
 * (RFC 9512); JSON ({@code ?format=json} or {@code Accept: application/json}) stays {@code application/json}.
 */
@WebFilter(
        urlPatterns = {"/openapi", "/openapi/*"},
        asyncSupported = true)
public class OpenApiMediaType extends HttpFilter {

    static final String YAML = "application/yaml";
    private static final String PAYARA_YAML = "text/plain";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean json = wantsJson(request.getParameter("format"), request.getHeader("Accept"));
        String accept = json ? "application/json" : PAYARA_YAML;
        chain.doFilter(new AcceptOnly(request, accept), json ? response : new YamlLabel(response));
    }

    /** {@code format} wins over Accept, as in Payara; otherwise JSON only where the client prefers it to YAML. */
    static boolean wantsJson(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return format.trim().toLowerCase(Locale.ROOT).equals("json");
        }
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        int jsonAt = lower.indexOf("application/json");
        int yamlAt = Math.max(lower.indexOf("yaml"), lower.indexOf("text/plain"));
        return jsonAt >= 0 && (yamlAt < 0 || jsonAt < yamlAt);
    }

    /** The request as Payara must see it: asking for the one representation chosen above. */
    private static final class AcceptOnly extends HttpServletRequestWrapper {

        private final String accept;

        AcceptOnly(HttpServletRequest request, String accept) {
            super(request);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name) ? Collections.enumeration(List.of(accept)) : super.getHeaders(name);
        }
    }

    /** Relabels Payara's text/plain YAML. */
    private static final class YamlLabel extends HttpServletResponseWrapper {

        YamlLabel(HttpServletResponse response) {
            super(response);
        }

        private static String relabel(String contentType) {
            return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(PAYARA_YAML)
                    ? YAML + ";charset=UTF-8"
                    : contentType;
        }

        @Override
        public void setContentType(String type) {
            super.setContentType(relabel(type));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Content-Type".equalsIgnoreCase(name) ? relabel(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Content-Type".equalsIgnoreCase(name) ? relabel(value) : value);
        }
    }
}
