package be.ptrpas.plugins.register.magda;

import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The MAGDA register contract tests' common setup: one {@link MagdaFake} per test class, serving the default
 * answers again before each test. Register it on a static field with {@code @RegisterExtension}.
 */
final class MagdaFakeExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private MagdaFake fake;

    @Override
    public void beforeAll(ExtensionContext context) {
        fake = MagdaFake.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        fake.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        fake.serveDefaults();
    }

    /** Settings that point the plug-in at the fake. */
    Map<String, String> config() {
        return fake.config();
    }

    /** Takes MAGDA down for the rest of the test; always true, for {@code takeSourceDown()}. */
    boolean takeDown() {
        fake.goDown();
        return true;
    }
}
