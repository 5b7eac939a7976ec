package be.ptrpas.platform.it;

import be.ptrpas.platform.PtrApplication;
import be.ptrpas.platform.security.AccessRule;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every JAX-RS resource method of the platform, found by scanning the compiled classes: a new endpoint is covered by
 * the security tests the moment it exists, without anyone listing it.
 */
public final class ResourceCatalog {

    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)(?::[^}]*)?}");

    /** One endpoint: HTTP method, path template under /api, and the access rule its annotations declare. */
    public record Endpoint(String httpMethod, String template, AccessRule rule, Method method) {

        public String path(Map<String, String> values) {
            Matcher matcher = PARAM.matcher(template);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                String value = values.get(matcher.group(1));
                if (value == null) {
                    throw new IllegalStateException("No sample value for path parameter {" + matcher.group(1) + "} of "
                            + this + ": add one to the security test so the new endpoint is covered");
                }
                matcher.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        public boolean isTenantScoped() {
            return template.contains("{nis}");
        }

        public boolean writes() {
            return !httpMethod.equals("GET") && !httpMethod.equals("HEAD") && !httpMethod.equals("OPTIONS");
        }

        @Override
        public String toString() {
            return httpMethod + " " + template;
        }
    }

    private ResourceCatalog() {}

    public static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String base = trim(resource.getAnnotation(Path.class).value());
            for (Method method : resource.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String template =
                        "/api/" + base + (sub == null || trim(sub.value()).isEmpty() ? "" : "/" + trim(sub.value()));
                endpoints.add(new Endpoint(httpMethod, template, AccessRule.of(method, resource), method));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    private static List<Class<?>> resourceClasses() {
        try {
            java.nio.file.Path root = Paths.get(PtrApplication.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            try (Stream<java.nio.file.Path> files = Files.walk(root)) {
                return files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> root.relativize(file)
                                .toString()
                                .replace('/', '.')
                                .replaceAll("\\.class$", ""))
                        .filter(name -> name.startsWith("be.ptrpas.platform"))
                        .map(ResourceCatalog::load)
                        .filter(type -> type.isAnnotationPresent(Path.class))
                        .toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot scan the platform's classes", e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceCatalog.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
