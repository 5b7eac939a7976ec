package be.ptrpas.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every HTML page the platform serves, other than the warden page ({@link WardenPageIT} checks each of its states),
 * checked against WCAG 2.1 AA with axe-core in headless Chromium: the console, the dev login, the sandbox payment
 * plug-in's hosted checkout (open, and after the payer's choice) and the problem page a browser gets for an address
 * that does not exist. Each in Dutch, French and English (the browser's Accept-Language) on a phone and a desktop screen, with a
 * screenshot of each in {@code target/screenshots}.
 */
class PagesAccessibilityIT {

    private static final Path JAR = Path.of(System.getProperty("ptr.it.jar", "target/ptr-platform.jar"));
    private static final Path WORK = Path.of(System.getProperty("ptr.it.work", "target/smoke"));
    private static final String GENK = "71016";

    @Test
    void everyPageMeetsWcag21AA() throws Exception {
        HeadlessChromium.requireInstalled();
        Files.createDirectories(WORK);
        Path data = Files.createTempDirectory(WORK, "pages-data-");
        try (RunningPlatform platform = RunningPlatform.start(JAR, data, WORK.resolve("pages-start.log"), Map.of());
                HeadlessChromium chromium = HeadlessChromium.start(WORK.resolve("chromium-pages"))) {
            WebDriverWait wait = new WebDriverWait(chromium.driver, Duration.ofSeconds(20));
            PageAudit audit = new PageAudit(chromium);

            open(
                    chromium,
                    wait,
                    platform.base() + "/console/",
                    () -> !chromium.driver.findElements(By.tagName("h1")).isEmpty());
            audit.audit("console", reloadIn(chromium, wait, () -> true), false);

            open(chromium, wait, platform.base() + "/dev/login", () -> personas(chromium) > 0);
            audit.audit("dev-login", reloadIn(chromium, wait, () -> personas(chromium) > 0), false);

            String checkout = checkoutOfANewPayment(platform);
            open(
                    chromium,
                    wait,
                    checkout,
                    () -> !chromium.driver
                            .findElements(By.cssSelector("button[value=paid]"))
                            .isEmpty());
            audit.audit("checkout-open", reloadIn(chromium, wait, () -> true), true);
            WebElement paid = chromium.driver.findElement(By.cssSelector("button[value=paid]"));
            paid.click();
            // The answer to the choice is the payment's page or a redirect to the municipality's return address; the
            // finished payment's own page is its checkout address read again (a reload would post the form again).
            wait.until(ExpectedConditions.stalenessOf(paid));
            open(
                    chromium,
                    wait,
                    checkout,
                    () -> chromium.driver
                            .findElement(By.tagName("main"))
                            .getText()
                            .contains("Status: Betaald"));
            audit.audit("checkout-paid", reloadIn(chromium, wait, () -> true), true);

            // A browser that opens an address that does not exist gets the problem as a page, not JSON.
            open(
                    chromium,
                    wait,
                    platform.base() + "/nothing-here",
                    () -> !chromium.driver.findElements(By.tagName("h1")).isEmpty());
            assertThat(chromium.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Deze pagina bestaat niet");
            audit.audit("not-found", reloadIn(chromium, wait, () -> true), true);

            assertThat(chromium.pageProblems())
                    .as("CSP violations and script errors")
                    .isEmpty();
            audit.assertNoViolations();
        }
    }

    private static void open(HeadlessChromium chromium, WebDriverWait wait, String address, BooleanSupplier ready) {
        chromium.driver.get(address);
        wait.until(driver -> ready.getAsBoolean());
    }

    /** A server-rendered page reads the browser's language from Accept-Language: ask for it, read the page again. */
    private static PageAudit.LanguageSwitch reloadIn(
            HeadlessChromium chromium, WebDriverWait wait, BooleanSupplier ready) {
        return language -> {
            chromium.acceptLanguage(language + "-BE," + language);
            chromium.driver.navigate().refresh();
            wait.until(driver -> ready.getAsBoolean());
        };
    }

    private static int personas(HeadlessChromium chromium) {
        return chromium.driver
                .findElements(By.cssSelector("#personas tbody tr"))
                .size();
    }

    /** A clerk of Genk asks for a payment; the demo's sandbox provider hosts its checkout page. */
    private static String checkoutOfANewPayment(RunningPlatform platform) throws Exception {
        HttpResponse<String> token =
                platform.send("POST", "/api/v1/dev/token", null, "{\"role\":\"clerk\",\"tenant\":\"" + GENK + "\"}");
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String clerk = parse(token.body()).getString("token");
        HttpResponse<String> created = platform.send(
                "POST",
                "/api/v1/tenants/" + GENK + "/payments",
                clerk,
                "{\"amountCents\":2450,\"description\":\"Bewonerskaart 2027\"}",
                Map.of("Idempotency-Key", "pages-a11y-" + System.nanoTime()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return parse(created.body()).getString("checkoutUrl");
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
