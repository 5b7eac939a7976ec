package be.ptrpas.spi.testkit;

import be.ptrpas.spi.PluginContext;
import be.ptrpas.spi.PluginStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link PluginContext} for tests, built like the platform builds one: settings, callback and page URLs, a
 * private directory, a store and a clock.
 */
public final class TestPluginContext implements PluginContext {

    private final String tenantNis;
    private final Map<String, String> config;
    private final URI callbackUrl;
    private final URI pagesUrl;
    private final Path workDirectory;
    private final PluginStore store;
    private final Clock clock;

    private TestPluginContext(Builder builder) {
        this.tenantNis = builder.tenantNis;
        this.config = Map.copyOf(builder.config);
        this.callbackUrl = builder.callbackUrl;
        this.pagesUrl = builder.pagesUrl;
        this.workDirectory = builder.workDirectory;
        this.store = builder.store;
        this.clock = builder.clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A context with the given settings and defaults for everything else. */
    public static TestPluginContext of(Map<String, String> config) {
        return builder().config(config).build();
    }

    @Override
    public String tenantNis() {
        return tenantNis;
    }

    @Override
    public Map<String, String> config() {
        return config;
    }

    @Override
    public URI callbackUrl() {
        return callbackUrl;
    }

    @Override
    public URI pagesUrl() {
        return pagesUrl;
    }

    @Override
    public Path workDirectory() {
        return workDirectory;
    }

    @Override
    public PluginStore store() {
        return store;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    public static final class Builder {
        private String tenantNis = "71022";
        private final Map<String, String> config = new LinkedHashMap<>();
        private URI callbackUrl;
        private URI pagesUrl;
        private Path workDirectory;
        private PluginStore store = new InMemoryPluginStore();
        private Clock clock = Clock.systemUTC();

        public Builder tenantNis(String tenantNis) {
            this.tenantNis = tenantNis;
            return this;
        }

        public Builder config(Map<String, String> config) {
            this.config.putAll(config);
            return this;
        }

        public Builder set(String name, String value) {
            this.config.put(name, value);
            return this;
        }

        public Builder callbackUrl(URI callbackUrl) {
            this.callbackUrl = callbackUrl;
            return this;
        }

        public Builder pagesUrl(URI pagesUrl) {
            this.pagesUrl = pagesUrl;
            return this;
        }

        public Builder workDirectory(Path workDirectory) {
            this.workDirectory = workDirectory;
            return this;
        }

        public Builder store(PluginStore store) {
            this.store = store;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public TestPluginContext build() {
            if (callbackUrl == null) {
                callbackUrl = URI.create("http://127.0.0.1:8080/api/v1/callbacks/" + tenantNis + "/test");
            }
            if (pagesUrl == null) {
                pagesUrl = URI.create("http://127.0.0.1:8080/plugin-pages/" + tenantNis + "/test/");
            }
            if (workDirectory == null) {
                try {
                    workDirectory = Files.createTempDirectory("ptr-plugin-test");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new TestPluginContext(this);
        }
    }
}
