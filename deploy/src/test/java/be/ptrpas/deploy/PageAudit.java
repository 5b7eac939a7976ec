package be.ptrpas.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * WCAG 2.1 AA with axe-core, page by page, in each language and on a phone and a desktop screen, with a screenshot of
 * each ({@code <page>-<language>-<viewport>.png}). Violations are collected, written to {@code violations.txt} beside
 * the screenshots and reported together at the end, so one run shows everything that is wrong.
 */
final class PageAudit {

    /** A screen the pages are checked on. */
    record Viewport(String name, int width, int height, boolean phone) {}

    static final List<String> LANGUAGES = List.of("nl", "fr", "en");
    static final Viewport PHONE = new Viewport("phone", 390, 844, true);
    static final Viewport DESKTOP = new Viewport("desktop", 1280, 800, false);
    static final List<Viewport> VIEWPORTS = List.of(PHONE, DESKTOP);
    /** The narrowest phone the citizen page is made for. */
    static final Viewport SMALL_PHONE = new Viewport("phone", 360, 740, true);

    static final Path SCREENSHOTS = Path.of(System.getProperty("ptr.it.screenshots", "target/screenshots"));

    /** Switches the page under test to a language, however that page does it. */
    interface LanguageSwitch {
        void use(String language) throws Exception;
    }

    private final HeadlessChromium chromium;
    private final List<Viewport> viewports;
    private final List<String> violations = new ArrayList<>();
    private int audits;

    PageAudit(HeadlessChromium chromium) {
        this(chromium, VIEWPORTS);
    }

    /** Checks on these screens; the first is where each audit leaves the page. */
    PageAudit(HeadlessChromium chromium, List<Viewport> viewports) {
        this.chromium = chromium;
        this.viewports = List.copyOf(viewports);
    }

    /**
     * Checks the page as it is now in every language and viewport; afterwards the page shows {@code languages}' first
     * language on the phone screen. {@code expectLang} says whether the page's {@code <html lang>} must follow.
     */
    void audit(String page, LanguageSwitch languages, boolean expectLang) throws Exception {
        for (String language : LANGUAGES) {
            languages.use(language);
            if (expectLang) {
                assertThat(chromium.driver.executeScript("return document.documentElement.lang"))
                        .as(page + " in " + language)
                        .isEqualTo(language);
            }
            for (Viewport viewport : viewports) {
                show(viewport);
                String name = page + "-" + language + "-" + viewport.name();
                violations.addAll(Axe.violations(chromium.driver, name));
                chromium.screenshot(SCREENSHOTS.resolve(name + ".png"));
                audits++;
            }
        }
        languages.use(LANGUAGES.get(0));
        show(viewports.get(0));
        // Written as it grows, so a test that stops on another failure still leaves what axe found so far.
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("violations.txt"), violations);
    }

    void show(Viewport viewport) {
        if (viewport.phone()) {
            chromium.emulatePhone(viewport.width(), viewport.height());
        } else {
            chromium.emulateDesktop(viewport.width(), viewport.height());
        }
    }

    int audits() {
        return audits;
    }

    /** Fails with every violation found, readably; the same list is in {@code violations.txt}. */
    void assertNoViolations() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("violations.txt"), violations);
        assertThat(audits).as("pages audited").isPositive();
        assertThat(violations)
                .as("WCAG 2.1 AA violations found by axe-core " + Axe.version() + " (also in "
                        + SCREENSHOTS.resolve("violations.txt") + "):\n" + String.join("\n\n", violations))
                .isEmpty();
    }
}
