package be.ptrpas.platform.apidoc;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JAX-RS resource methods of the application, found by reflection over the classes beside the application class
 * (the WAR's {@code WEB-INF/classes}), so that an endpoint added later is described without anyone listing it here.
 */
final class ResourceMethods {

    /** One resource method: HTTP method, the path as the document writes it (templates without regex), Java method. */
    record Endpoint(String httpMethod, String path, Method method) {}

    private ResourceMethods() {}

    static List<Endpoint> of(Class<?> application) {
        String root =
                "/" + trim(application.getAnnotation(ApplicationPath.class).value());
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses(application)) {
            String base = join(root, resource.getAnnotation(Path.class).value());
            for (Method method : resource.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null || method.getDeclaringClass() != resource) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                endpoints.add(new Endpoint(httpMethod, template(sub == null ? base : join(base, sub.value())), method));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    /** {@code /pages/{nis}/{slot}/{page: .+}} becomes {@code /pages/{nis}/{slot}/{page}}: OpenAPI has no regex. */
    static String template(String path) {
        StringBuilder template = new StringBuilder();
        int depth = 0;
        boolean inRegex = false;
        for (char c : path.toCharArray()) {
            if (c == '{' && depth++ == 0) {
                template.append(c);
            } else if (c == '}' && --depth == 0) {
                template.append(c);
                inRegex = false;
            } else if (depth == 1 && c == ':') {
                inRegex = true;
            } else if (!inRegex && !(depth > 0 && Character.isWhitespace(c))) {
                template.append(c);
            }
        }
        return template.toString();
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static List<? extends Class<?>> resourceClasses(Class<?> application) {
        // The directory (or jar) that holds the application class: WEB-INF/classes in the WAR, target/classes in tests.
        URL self = application.getResource(application.getSimpleName() + ".class");
        if (self == null) {
            throw new IllegalStateException("Cannot find the class file of " + application.getName());
        }
        ClassLoader loader = application.getClassLoader();
        String prefix = application.getPackageName();
        try {
            if (self.getProtocol().equals("jar")) {
                String jar = self.toString().substring(0, self.toString().indexOf("!/"));
                try (FileSystem zip = FileSystems.newFileSystem(URI.create(jar), Map.of())) {
                    return resourceClasses(zip.getPath("/"), loader, prefix);
                }
            }
            java.nio.file.Path file = Paths.get(self.toURI());
            java.nio.file.Path root = file.getParent();
            for (int i = 0; i < prefix.split("\\.").length; i++) {
                root = root.getParent();
            }
            return resourceClasses(root, loader, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("Cannot list the classes beside " + self, e);
        }
    }

    private static List<? extends Class<?>> resourceClasses(
            java.nio.file.Path classes, ClassLoader loader, String prefix) throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            List<? extends Class<?>> found = files.map(file -> classes.relativize(file)
                            .toString()
                            .replace('/', '.')
                            .replace('\\', '.'))
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && name.startsWith(prefix))
                    .map(name -> load(name.substring(0, name.length() - ".class".length()), loader))
                    .filter(type -> type.isAnnotationPresent(Path.class) && !Modifier.isAbstract(type.getModifiers()))
                    .toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("No JAX-RS resource class under " + classes);
            }
            return found;
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return Object.class;
        }
    }

    private static String join(String base, String path) {
        String tail = trim(path);
        return tail.isEmpty() ? base : base + "/" + tail;
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
