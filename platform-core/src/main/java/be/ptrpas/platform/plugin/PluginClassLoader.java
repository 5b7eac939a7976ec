package be.ptrpas.platform.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one plug-in jar from the plug-in directory. A plug-in sees the JDK, the SPI
 * ({@code be.ptrpas.spi.*}), the Jakarta APIs the platform provides ({@code jakarta.*}, e.g. JSON-P) and its own
 * jar; nothing else of the platform: not its classes ({@code be.ptrpas.platform.*}) and not its libraries
 * (EclipseLink, Liquibase, Nimbus, …), so a plug-in cannot reach into the platform or come to depend on a library
 * version the platform may change. The shared packages come from the platform's loader, so the plug-in and the
 * platform agree on {@code PluginFactory}, {@code PluginContext}, {@code jakarta.json.JsonObject} and so on.
 *
 * <p>Everything else is looked up in the JDK (the platform class loader, which holds {@code java.*} and the JDK's own
 * {@code javax.*} modules but not the application class path) and then in the jar itself.
 */
final class PluginClassLoader extends URLClassLoader {

    /** What a plug-in shares with the platform, as class-name prefixes. */
    static final List<String> SHARED_PACKAGES = List.of("be.ptrpas.spi.", "jakarta.");

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final ClassLoader platform;

    PluginClassLoader(String name, URL jar, ClassLoader platform) {
        super(name, new URL[] {jar}, ClassLoader.getPlatformClassLoader());
        this.platform = platform;
    }

    static boolean isShared(String className) {
        return SHARED_PACKAGES.stream().anyMatch(className::startsWith);
    }

    private static boolean isSharedResource(String resource) {
        String asClassName = resource.replace('/', '.');
        return isShared(asClassName);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name)) {
            return platform.loadClass(name);
        }
        return super.loadClass(name, resolve); // the JDK first, then this jar
    }

    @Override
    public URL getResource(String name) {
        return isSharedResource(name) ? platform.getResource(name) : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        // Service files (META-INF/services/…) come from the JDK and this jar only: the platform's bundled plug-ins
        // are not this jar's to list.
        return isSharedResource(name) ? platform.getResources(name) : super.getResources(name);
    }

    /** For logs: which jar. */
    @Override
    public String toString() {
        return getName();
    }
}
