package be.ptrpas.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.belgian.NationalNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plug-in jar built here, at test time, and dropped in the plug-in directory: it may use the SPI, the Jakarta APIs
 * and the JDK, and gets {@link ClassNotFoundException} for the platform's own classes and libraries.
 */
class PluginClassLoaderTest {

    private static final String PROBE_SOURCE = """
            package probe;

            import be.ptrpas.spi.ConfigProperty;
            import be.ptrpas.spi.PluginContext;
            import be.ptrpas.spi.belgian.NationalNumber;
            import be.ptrpas.spi.portal.CitizenPortalPublisher;
            import be.ptrpas.spi.portal.CitizenPortalPublisherFactory;
            import jakarta.json.Json;
            import java.util.List;

            public final class ProbeFactory implements CitizenPortalPublisherFactory {
                public String id() { return "probe-plugin"; }
                public String version() { return "1.0.0"; }
                public String displayName() {
                    return Json.createObjectBuilder()
                            .add("probe", NationalNumber.of("850730033", false).formatted()).build().toString();
                }
                public List<ConfigProperty> configProperties() { return List.of(); }
                public CitizenPortalPublisher create(PluginContext context) { return notice -> { }; }

                /** What the plug-in's own code gets when it asks for a class by name. */
                public String probe(String className) {
                    try {
                        ClassLoader loader = Class.forName(className).getClassLoader();
                        return loader == null || loader == ClassLoader.getPlatformClassLoader() ? "jdk" : "loaded";
                    } catch (ClassNotFoundException e) {
                        return "ClassNotFoundException";
                    }
                }
            }
            """;

    @TempDir
    static Path work;

    private static PluginCatalog catalog;

    @BeforeAll
    static void dropAProbePluginInThePluginDirectory() throws Exception {
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        buildProbeJar(plugins.resolve("probe-plugin.jar"));
        catalog = new PluginCatalog();
        catalog.pluginDirectory = Optional.of(plugins.toString());
        catalog.disabledSetting = "none";
        catalog.load();
    }

    @Test
    void theDroppedInPluginIsLoadedWithItsOwnRestrictedLoader() throws Exception {
        PluginFactory probe = catalog.find("probe-plugin")
                .orElseThrow(() -> new AssertionError("probe not loaded: " + catalog.loadProblems()));
        assertThat(probe.getClass().getClassLoader()).isInstanceOf(PluginClassLoader.class);
        assertThat(catalog.installed())
                .anyMatch(p -> p.factory() == probe && p.source().equals("probe-plugin.jar"));
        // The SPI and JSON-P work from inside the plug-in.
        assertThat(probe.displayName()).isEqualTo("{\"probe\":\"85.07.30-033.28\"}");
    }

    @Test
    void platformClassesAndLibrariesAreHiddenFromThePlugin() throws Exception {
        PluginFactory probe = catalog.find("probe-plugin").orElseThrow();
        for (String hidden : List.of(
                PluginCatalog.class.getName(),
                "be.ptrpas.platform.plugin.SecretCipher",
                "org.eclipse.persistence.jpa.PersistenceProvider",
                "liquibase.Liquibase",
                "com.nimbusds.jwt.SignedJWT",
                "org.eclipse.parsson.JsonProviderImpl")) {
            // Each is on this test's class path, so only the plug-in's loader can be hiding it.
            assertThat(Class.forName(hidden)).as(hidden).isNotNull();
            assertThat(probe(probe, hidden)).as(hidden).isEqualTo("ClassNotFoundException");
        }
    }

    @Test
    void theSpiAndJakartaApisAreSharedWithThePlatformAndTheJdkIsThere() throws Exception {
        PluginFactory probe = catalog.find("probe-plugin").orElseThrow();
        ClassLoader loader = probe.getClass().getClassLoader();
        assertThat(probe(probe, NationalNumber.class.getName())).isEqualTo("loaded");
        assertThat(loader.loadClass(NationalNumber.class.getName())).isSameAs(NationalNumber.class);
        assertThat(loader.loadClass(PluginFactory.class.getName())).isSameAs(PluginFactory.class);
        assertThat(loader.loadClass("jakarta.json.JsonObject")).isSameAs(JsonObject.class);
        assertThat(probe(probe, "java.net.http.HttpClient")).isEqualTo("jdk");
        assertThat(probe(probe, "javax.crypto.Mac")).isEqualTo("jdk");
    }

    @Test
    void aPluginJarDoesNotListTheBundledPluginsAsItsOwn() {
        // Service files are read from the jar and the JDK only, so bundled factories are not found twice.
        assertThat(catalog.loadProblems()).noneMatch(problem -> problem.contains("probe-plugin.jar"));
        assertThat(catalog.installed())
                .filteredOn(p -> p.source().equals("probe-plugin.jar"))
                .hasSize(1);
    }

    private static String probe(PluginFactory probe, String className) throws ReflectiveOperationException {
        return (String) probe.getClass().getMethod("probe", String.class).invoke(probe, className);
    }

    private static void buildProbeJar(Path jar) throws IOException, URISyntaxException {
        Path sources = Files.createDirectories(work.resolve("src/probe"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path source = Files.writeString(sources.resolve("ProbeFactory.java"), PROBE_SOURCE);
        // What a vendor compiles against: the SPI and the Jakarta JSON API, nothing of the platform.
        String classPath = location(PluginFactory.class) + File.pathSeparator + location(Json.class);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int result = compiler.run(
                null,
                null,
                null,
                "--release",
                "21",
                "-proc:none",
                "-classpath",
                classPath,
                "-d",
                classes.toString(),
                source.toString());
        assertThat(result).as("the probe plug-in compiles").isZero();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(
                        new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/" + PluginFactory.class.getName()));
            OutputStream entry = out;
            entry.write("probe.ProbeFactory\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }
}
