package be.ptrpas.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver and made to look like a phone. Both executables
 * are named explicitly, so Selenium Manager never runs and nothing is downloaded.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("ptr.it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("ptr.it.chromedriver", "/usr/bin/chromedriver"));

    /** Catches what the page would otherwise only print to a console nobody reads. */
    private static final String WATCH_PAGE = """
            window.__problems = [];
            document.addEventListener('securitypolicyviolation',
              e => window.__problems.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI));
            window.addEventListener('error', e => window.__problems.push('error ' + e.message));
            window.addEventListener('unhandledrejection', e => window.__problems.push('rejection ' + e.reason));
            """;

    final ChromeDriver driver;
    private final ChromeDriverService service;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
    }

    /** Fails (never skips) when Chromium is not installed: the warden page must be tested in a real browser. */
    static void requireInstalled() {
        for (Path executable : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(executable)) {
                fail(executable + " is missing: the browser test needs Debian's Chromium and its driver. Install them "
                        + "with `sudo apt-get install -y chromium chromium-driver` (.ci/run does this by itself), or "
                        + "name other executables with -Dptr.it.chromium=… -Dptr.it.chromedriver=….");
            }
        }
    }

    static HeadlessChromium start(Path workDirectory) throws IOException {
        requireInstalled();
        Files.createDirectories(workDirectory);
        Path profile = Files.createTempDirectory(workDirectory, "chromium-profile-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(workDirectory.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-quic",
                "--lang=nl-BE",
                "--window-size=390,844",
                "--user-data-dir=" + profile.toAbsolutePath());
        // Headless Chromium ignores --lang for what pages see (navigator.languages, Accept-Language): the profile's
        // preference sets both.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-BE,nl"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        HeadlessChromium chromium = new HeadlessChromium(service, driver);
        chromium.cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH_PAGE));
        chromium.cdp("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Brussels"));
        return chromium;
    }

    /** A phone's screen: CSS width and height, a dense display, touch, and the viewport meta honoured. */
    void emulatePhone(int width, int height) {
        cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
        cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }

    /** A desktop screen: no touch, ordinary pixel density. */
    void emulateDesktop(int width, int height) {
        cdp(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    /**
     * The languages the browser asks pages for (Accept-Language and navigator.languages), most wanted first, without
     * weights: Chromium adds those itself (a weight given here would be doubled, "fr;q=0.9;q=0.9").
     */
    void acceptLanguage(String languages) {
        String userAgent = (String) driver.executeScript("return navigator.userAgent");
        cdp("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", languages));
    }

    /** Cuts the browser off the network (the page gets its offline event), or connects it again. */
    void offline(boolean offline) {
        cdp("Network.enable", Map.of());
        cdp(
                "Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Lets the page at {@code origin} read the position, and says where the phone is. */
    void placeAt(String origin, double latitude, double longitude) {
        cdp("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("geolocation")));
        cdp("Emulation.setGeolocationOverride", Map.of("latitude", latitude, "longitude", longitude, "accuracy", 10));
    }

    Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** The whole page as a PNG, also what lies below the fold. */
    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Object data = cdp("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
                .get("data");
        Files.write(file, Base64.getDecoder().decode((String) data));
    }

    /** CSP violations, script errors and unhandled promise rejections the page has had since it loaded. */
    @SuppressWarnings("unchecked")
    List<String> pageProblems() {
        return (List<String>) driver.executeScript("return window.__problems || [];");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
