package be.ptrpas.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The citizen's page {@code /pass} on the runnable jar with the demo data, in headless Chromium on a 360 px phone and a
 * desktop: the demo citizen Jan Janssens signs in with dev login and sees his items in four municipalities, filters
 * them, is told which municipality's other system could not be read and sees the items of one that could, opens an
 * item and downloads its PDF, pays two items of two municipalities as one basket through each municipality's sandbox
 * checkout, sees a payment confirmed live without reloading, sets his preferences with the code sent to his new
 * address, switches to a company, reads his access log and the page in French and English, all keyboard-operable;
 * and the old address {@code /pas/payments/{id}} redirects. Each screen is checked against WCAG 2.1 AA with axe-core
 * ({@link PageAudit}), screenshots in {@code target/screenshots/pass-*.png}.
 */
class PassPageIT {

    private static final Path JAR = Path.of(System.getProperty("ptr.it.jar", "target/ptr-platform.jar"));
    private static final Path WORK = Path.of(System.getProperty("ptr.it.work", "target/smoke"));
    private static final String JAN = "62110205701";
    private static final String SOFIE = "79062514233";
    private static final String SOFIE_COMPANY = "0831246745";
    private static final String ANTWERPEN = "11002";
    private static final String GENK = "71016";
    private static final String SCHILDE = "11039";
    private static final String VILVOORDE = "23088";
    private static final String PORTAL = "https://www.burgerprofiel.be";
    /** HTTP/1.1: see {@link RunningPlatform} on Payara's HTTP/2 upgrade. */
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aCitizenSeesAndPaysTheirPassOnAPhone() throws Exception {
        HeadlessChromium.requireInstalled();
        Files.createDirectories(WORK);
        Path data = Files.createTempDirectory(WORK, "pass-data-");
        Path dossiers = Files.createTempDirectory(WORK, "pass-dossiers-");
        Map<String, String> settings = Map.of(
                "PTR_PREFERENCES_SENDER_MUNICIPALITY",
                GENK,
                "PTR_PASS_FRAME_ANCESTORS",
                PORTAL + " https://*.vlaanderen.be");
        try (RunningPlatform platform = RunningPlatform.start(JAR, data, WORK.resolve("pass-start.log"), settings);
                HeadlessChromium chromium = HeadlessChromium.start(WORK.resolve("chromium-pass"))) {
            servesThePageStrictlyAndEmbeddably(platform);
            oldAddressesRedirect(platform);
            otherSystems(platform, dossiers);

            chromium.emulatePhone(360, 740);
            Page page = new Page(chromium, platform);
            PageAudit audit = new PageAudit(chromium, List.of(PageAudit.SMALL_PHONE, PageAudit.DESKTOP));
            PageAudit.LanguageSwitch viaTheLanguageChoice = language -> {
                new Select(page.find("language")).selectByValue(language);
                page.waitFor(() -> language.equals(page.script("return document.documentElement.lang"))
                        && !page.find("loading").isDisplayed());
            };

            // Sign in: dev login offers the demo citizens.
            chromium.driver.get(platform.base() + "/pass");
            page.waitFor(() -> page.all("#citizen-list button").size() == 6);
            assertThat(page.text("main")).contains("Aanmelden bij uw PTR-pas", "Jan Janssens (Antwerpen)");
            page.assertFitsTheScreen(360);
            audit.audit("pass-sign-in", viaTheLanguageChoice, true);
            page.signInAs(JAN);

            // The list: his items in at least four municipalities, the unreadable source named, the other system's
            // items.
            page.waitFor(() -> page.all("#items .item-card").size() >= 4);
            assertThat(page.text("who-name")).isEqualTo("Jan Janssens");
            assertThat(page.municipalitiesShown()).contains("Antwerpen", "Mechelen", "Hasselt", "Genk");
            assertThat(page.text("main")).contains("Schilde kon niet gelezen worden");
            assertThat(page.text("elsewhere-heading")).isEqualTo("Uit andere systemen van uw gemeente");
            assertThat(page.find("main").findElement(By.className("elsewhere")).getText())
                    .contains("Bewonerskaart Vilvoorde-Centrum", "Vilvoorde");
            page.assertFitsTheScreen(360);
            page.assertTouchTargets();
            audit.audit("pass-list", viaTheLanguageChoice, true);

            // Filter by municipality: only Genk's items, in the address too.
            page.find("filters")
                    .findElement(By.xpath(".."))
                    .findElement(By.tagName("summary"))
                    .click();
            new Select(page.find("filter-municipality")).selectByValue(GENK);
            page.find("filter-apply").click();
            page.waitFor(() -> page.currentPath().contains("municipality=" + GENK)
                    && page.municipalitiesShown().equals(Set.of("Genk")));
            audit.audit("pass-list-filtered", viaTheLanguageChoice, true);
            page.go("/pass");
            page.waitFor(() -> page.municipalitiesShown().size() >= 4);

            // One item: details, timeline, amounts, the PDF.
            String antwerpenFine = page.itemIdIn("Antwerpen");
            page.find("main")
                    .findElement(By.cssSelector("[data-item-id='" + antwerpenFine + "'] h2 a"))
                    .click();
            page.waitFor(
                    () -> page.currentPath().equals("/pass/items/" + antwerpenFine) && page.exists("timeline-heading"));
            // The kind is shown in capitals by the style sheet, and Chromium reports the text as shown.
            assertThat(page.text("main"))
                    .contains(
                            "GAS-BOETE",
                            "Antwerpen (11002)",
                            "Meir 12, Antwerpen",
                            "Verloop",
                            "Kennisgeving verstuurd",
                            "Geregistreerd");
            chromium.cdp(
                    "Browser.setDownloadBehavior",
                    Map.of(
                            "behavior",
                            "allow",
                            "downloadPath",
                            data.resolve("downloads").toString()));
            page.find("download-pdf").click();
            Path pdf = page.waitForDownload(data.resolve("downloads"));
            assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
            audit.audit("pass-item", viaTheLanguageChoice, true);

            // A clerk of Genk notifies Jan's fine there: now it can be paid too, from two municipalities at once.
            notifyGenksFine(platform);
            page.go("/pass");
            String genkFine = page.itemIdIn("Genk", "GAS-boete");
            page.waitFor(() -> page.exists("select-" + genkFine) && page.exists("select-" + antwerpenFine));
            // Keyboard only: Space ticks a box, Enter presses the pay button.
            page.tabTo("select-" + antwerpenFine).sendKeys(Keys.SPACE);
            page.tabTo("select-" + genkFine).sendKeys(Keys.SPACE);
            page.waitFor(() -> page.find("basket-bar").isDisplayed());
            assertThat(page.text("basket-summary")).startsWith("2 geselecteerd");
            audit.audit("pass-selection", viaTheLanguageChoice, true);
            page.tabTo("pay-selection").sendKeys(Keys.ENTER);
            page.waitFor(() -> page.currentPath().startsWith("/pass/baskets/")
                    && page.all("#basket-payments .step").size() == 2);
            String basket = page.currentPath().replaceAll("^/pass/baskets/([^?]+).*$", "$1");
            assertThat(page.text("basket-payments")).contains("Antwerpen", "Genk", "BETALING 1 VAN 2");
            audit.audit("pass-basket", viaTheLanguageChoice, true);

            // Each municipality's sandbox checkout in turn, back to the basket each time.
            for (int step = 0; step < 2; step++) {
                WebElement checkout = page.first("#basket-payments a[id^='checkout-']");
                checkout.click();
                page.waitFor(() -> !page.all("button[value=paid]").isEmpty());
                page.first("button[value=paid]").click();
                page.waitFor(() -> page.currentPath().startsWith("/pass/baskets/" + basket));
                int paid = step + 1;
                page.waitFor(() ->
                        page.all("#basket-payments .step[data-status=PAID]").size() == paid);
            }
            page.waitFor(() -> page.text("basket-heading").equals("Alles is betaald. Bedankt!"));
            page.screenshot("pass-basket-paid-phone");
            audit.audit("pass-basket-paid", viaTheLanguageChoice, true);

            // One payment's confirmation, as a portal notice links to it (the old address redirects there).
            String paymentId =
                    page.first("#basket-payments .step[data-status=PAID]").getAttribute("data-payment-id");
            chromium.driver.get(platform.base() + "/pas/payments/" + paymentId);
            page.waitFor(() -> page.currentPath().equals("/pass/payments/" + paymentId)
                    && page.text("main").contains("Uw betaling is ontvangen"));
            page.find("download-receipt").click();
            Path receipt = page.waitForDownload(data.resolve("downloads"));
            assertThat(Files.readAllBytes(receipt)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
            audit.audit("pass-payment", viaTheLanguageChoice, true);

            // Live: a payment made elsewhere (a clerk's payment link paid by someone else) shows on the open list,
            // without a reload, and is announced in the live region.
            page.go("/pass");
            String request = requestAPayment(platform);
            page.waitFor(() -> page.exists("select-" + request));
            page.script("window.__sameDocument = true;");
            payThroughTheSandbox(platform, request);
            page.waitFor(() -> "PAID"
                    .equals(page.find("main")
                            .findElement(By.cssSelector("[data-item-id='" + request + "']"))
                            .getAttribute("data-money")));
            assertThat(page.script("return window.__sameDocument === true")).isEqualTo(true);
            assertThat(page.text("announcer")).endsWith("is betaald. Bedankt!");
            audit.audit("pass-live", viaTheLanguageChoice, true);

            // Preferences: a new e-mail address waits for the code sent to it; an opt-out applies at once.
            page.go("/pass/preferences");
            page.waitFor(() -> page.exists("preferences-form"));
            audit.audit("pass-preferences", viaTheLanguageChoice, true);
            page.find("pref-email").sendKeys("jan.janssens@example.be");
            page.find("choice-due-soon-email").click();
            page.find("save-preferences").click();
            page.waitFor(() -> page.exists("code-email"));
            assertThat(page.text("main")).contains("We stuurden een code van 6 cijfers naar jan.janssens@example.be");
            audit.audit("pass-preferences-code", viaTheLanguageChoice, true);
            page.find("code-email").sendKeys(codeSentTo(data, "jan.janssens@example.be"), Keys.ENTER);
            page.waitFor(() -> page.text("main").contains("jan.janssens@example.be is bevestigd."));
            assertThat(page.find("pref-email").getAttribute("value")).isEqualTo("jan.janssens@example.be");
            assertThat(page.find("choice-due-soon-email").isSelected()).isFalse();
            // A phone number that is not one: the platform's message next to the field, nothing saved.
            PageAudit.LanguageSwitch withAWrongNumber = language -> {
                viaTheLanguageChoice.use(language);
                page.waitFor(() -> page.exists("pref-phone"));
                page.find("pref-phone").clear();
                page.find("pref-phone").sendKeys("12345");
                page.find("save-preferences").click();
                page.waitFor(() -> page.find("pref-phone-error").isDisplayed());
            };
            withAWrongNumber.use("nl");
            assertThat(page.find("pref-phone").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(page.text("preferences-message")).contains("Niet alle gegevens zijn juist");
            audit.audit("pass-preferences-error", withAWrongNumber, true);

            // The access log: who read his data, when and why (at least his own reads of his pass).
            page.go("/pass/access-log");
            page.waitFor(() -> !page.all("#access-log li").isEmpty());
            audit.audit("pass-access-log", viaTheLanguageChoice, true);

            // The language: French and English through the choice and through ?lang=, remembered on this device.
            page.go("/pass");
            page.waitFor(() -> page.exists("items"));
            viaTheLanguageChoice.use("fr");
            assertThat(page.text("main")).contains("Mon pass", "AMENDE SAC");
            chromium.driver.get(platform.base() + "/pass?lang=en");
            page.waitFor(
                    () -> page.exists("items") && "en".equals(page.script("return document.documentElement.lang")));
            assertThat(page.text("main")).contains("My pass", "GAS FINE");
            viaTheLanguageChoice.use("nl");

            // The desktop, for the record.
            page.desktop();
            page.screenshot("pass-list-desktop");
            page.phone();

            // Company mode: Sofie Maes acts for her company; its pass shows the company's permit in Vilvoorde.
            page.find("sign-out").click();
            page.waitFor(() -> page.all("#citizen-list button").size() == 6);
            page.signInAs(SOFIE);
            page.waitFor(() -> page.exists("items"));
            page.go("/pass/companies");
            page.waitFor(() -> page.exists("companies")
                    && !page.all("#companies a[data-company='" + SOFIE_COMPANY + "']")
                            .isEmpty());
            audit.audit("pass-companies", viaTheLanguageChoice, true);
            page.first("#companies a[data-company='" + SOFIE_COMPANY + "']").click();
            page.waitFor(() -> page.currentPath().contains("company=" + SOFIE_COMPANY)
                    && page.find("company-banner").isDisplayed()
                    && page.municipalitiesShown().contains("Vilvoorde"));
            assertThat(page.text("main")).contains("VIL-IOD-2026-0077");
            audit.audit("pass-company-list", viaTheLanguageChoice, true);

            assertThat(chromium.pageProblems())
                    .as("CSP violations and script errors")
                    .isEmpty();
            audit.assertNoViolations();
        }
    }

    /** The page and its files: strict CSP, never cached, framed only by the configured portals. */
    private static void servesThePageStrictlyAndEmbeddably(RunningPlatform platform) throws Exception {
        for (String route : List.of(
                "/pass",
                "/pass/items/abc",
                "/pass/baskets/b1",
                "/pass/payments/p1",
                "/pass/preferences",
                "/pass/access-log",
                "/pass/companies")) {
            HttpResponse<String> html = get(platform, route);
            assertThat(html.statusCode()).as(route).isEqualTo(200);
            assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(html.headers().firstValue("Cache-Control")).hasValue("no-store");
            String csp = html.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp)
                    .contains(
                            "default-src 'none'",
                            "script-src 'self'",
                            "connect-src 'self'",
                            "frame-ancestors " + PORTAL + " https://*.vlaanderen.be")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            // The page sends no X-Frame-Options of its own when portals may frame it. Payara's HTTP listener still adds
            // "SAMEORIGIN" to every answer (its xframe-options default); browsers that know frame-ancestors ignore it,
            // but it should go (see docs/architecture.md, Security). Never DENY, which the page itself would have sent.
            assertThat(html.headers().allValues("X-Frame-Options"))
                    .as("X-Frame-Options DENY would forbid what frame-ancestors allows")
                    .doesNotContain("DENY");
            assertThat(html.body()).contains("<script type=\"module\" src=\"/pass/assets/app.js\">");
        }
        for (String module : List.of(
                "app",
                "api",
                "dom",
                "format",
                "i18n",
                "session",
                "list",
                "item",
                "basket",
                "payment",
                "live",
                "preferences",
                "access-log",
                "companies")) {
            HttpResponse<String> script = get(platform, "/pass/assets/" + module + ".js");
            assertThat(script.statusCode()).as(module).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        }
        assertThat(get(platform, "/pass/assets/../WEB-INF/web.xml").statusCode())
                .isEqualTo(404);
        assertThat(get(platform, "/pass/assets/nothing.js").statusCode()).isEqualTo(404);
        assertThat(get(platform, "/pass/items/a/b").statusCode()).isEqualTo(404);
        JsonObject config = parse(get(platform, "/pass/config.json").body()).asJsonObject();
        assertThat(config.getBoolean("devLogin")).isTrue();
        assertThat(config.getString("nationalNumberClaim")).isEqualTo("rrn");
    }

    /** Links sent before the page existed ({@code /pas/…}) move permanently to {@code /pass/…}; nothing else does. */
    private static void oldAddressesRedirect(RunningPlatform platform) throws Exception {
        HttpResponse<String> moved = get(platform, "/pas/payments/pay_123?lang=fr");
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).hasValue("/pass/payments/pay_123?lang=fr");
        assertThat(get(platform, "/pas/payments/%2F%2Fevil.example").statusCode())
                .isEqualTo(404);
    }

    /**
     * Two municipalities keep Jan's files in other back-office systems (the {@code dossier-file} plug-in): Vilvoorde's
     * answers, Schilde's export breaks after it was set up, so the pass names Schilde as unreadable.
     */
    private static void otherSystems(RunningPlatform platform, Path dossiers) throws Exception {
        String operator = token(platform, "{\"role\":\"operator\"}");
        String item = "{\"id\": \"%s\", \"kind\": \"PERMIT\", \"title\": {\"nl\": \"%s\"}, \"status\": \"HANDLED\","
                + " \"moneyState\": \"PAID\", \"issuedAt\": \"2026-09-01T09:00:00Z\", \"issuer\": \"%s\"}";
        Path vilvoorde = dossiers.resolve("vilvoorde.json");
        Files.writeString(
                vilvoorde,
                "{\"holders\": {\"" + JAN + "\": ["
                        + item.formatted("VIL-BEW-1", "Bewonerskaart Vilvoorde-Centrum", "Gemeente Vilvoorde")
                        + "]}}");
        Path schilde = dossiers.resolve("schilde.json");
        Files.writeString(
                schilde,
                "{\"holders\": {\"" + JAN + "\": [" + item.formatted("SCH-1", "Bewonerskaart", "Gemeente Schilde")
                        + "]}}");
        for (Map.Entry<String, Path> source :
                Map.of(VILVOORDE, vilvoorde, SCHILDE, schilde).entrySet()) {
            HttpResponse<String> saved = platform.send(
                    "PUT",
                    "/api/v1/tenants/" + source.getKey() + "/plugins/dossier-source",
                    operator,
                    Json.createObjectBuilder()
                            .add("providerId", "dossier-file")
                            .add(
                                    "config",
                                    Json.createObjectBuilder()
                                            .add("file", source.getValue().toString()))
                            .build()
                            .toString());
            assertThat(saved.statusCode()).as(saved.body()).isIn(200, 201);
        }
        Files.writeString(schilde, "{\"holders\": [");
        Files.setLastModifiedTime(schilde, FileTime.from(Instant.now().plus(Duration.ofDays(1))));
    }

    /** A clerk of Genk records that Jan was notified of his GAS fine there: from then on it is to be paid. */
    private static void notifyGenksFine(RunningPlatform platform) throws Exception {
        String clerk = token(platform, "{\"role\":\"clerk\",\"tenant\":\"" + GENK + "\"}");
        JsonStructure fines = parse(platform.send("GET", "/api/v1/tenants/" + GENK + "/gas-fines", clerk, null)
                .body());
        String id = (fines instanceof jakarta.json.JsonArray array
                        ? array
                        : fines.asJsonObject().getJsonArray("items"))
                .getValuesAs(JsonObject.class).stream()
                        .filter(fine -> fine.getString("plate", "").equals("1-JAN-621"))
                        .map(fine -> fine.getString("id"))
                        .findFirst()
                        .orElseThrow();
        HttpResponse<String> notified = platform.send(
                "POST",
                "/api/v1/tenants/" + GENK + "/gas-fines/" + id + "/notification",
                clerk,
                "{}",
                Map.of("Idempotency-Key", "pass-it-" + UUID.randomUUID()));
        assertThat(notified.statusCode()).as(notified.body()).isIn(200, 201);
    }

    /** A clerk of Antwerpen asks Jan for a payment: a payment request on his pass. Returns its pass item id. */
    private String requestAPayment(RunningPlatform platform) throws Exception {
        String clerk = token(platform, "{\"role\":\"clerk\",\"tenant\":\"" + ANTWERPEN + "\"}");
        HttpResponse<String> created = platform.send(
                "POST",
                "/api/v1/tenants/" + ANTWERPEN + "/payments",
                clerk,
                "{\"amountCents\":1500,\"description\":\"Bewonerskaart 2027\",\"citizenRrn\":\"" + JAN + "\"}",
                Map.of("Idempotency-Key", "pass-it-" + UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        lastCheckout = parse(created.body()).asJsonObject().getString("checkoutUrl");
        String citizen = token(platform, "{\"role\":\"citizen\",\"rrn\":\"" + JAN + "\"}");
        return parse(platform.send("GET", "/api/v1/me/pass?kind=PAYMENT_REQUEST&money=OPEN", citizen, null)
                        .body())
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("id");
    }

    private String lastCheckout;

    /** Someone pays the request on the sandbox's checkout page, outside the citizen's browser. */
    private void payThroughTheSandbox(RunningPlatform platform, String itemId) throws Exception {
        HttpResponse<String> paid = HTTP.send(
                HttpRequest.newBuilder(URI.create(lastCheckout.replace("localhost", "127.0.0.1")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("outcome=paid"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(paid.statusCode()).as(paid.body()).isIn(200, 302, 303);
    }

    /** The confirmation code in the e-mail Genk's e-mail channel wrote for this address (a .eml file). */
    private static String codeSentTo(Path data, String address) throws Exception {
        Pattern code = Pattern.compile("code is (\\d{6})\\b");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.walk(data)) {
                for (Path eml : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                    String mail = Files.readString(eml, StandardCharsets.ISO_8859_1);
                    if (mail.contains(address)) {
                        Matcher found = code.matcher(mail);
                        if (found.find()) {
                            return found.group(1);
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no confirmation e-mail for " + address + " under " + data);
    }

    private static String token(RunningPlatform platform, String request) throws Exception {
        HttpResponse<String> response = platform.send("POST", "/api/v1/dev/token", null, request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body()).asJsonObject().getString("token");
    }

    private static HttpResponse<String> get(RunningPlatform platform, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(platform.base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonStructure parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }

    /** The citizen page as the test uses it: by element id, waiting for what the page does asynchronously. */
    private static final class Page {

        private final HeadlessChromium chromium;
        private final RunningPlatform platform;
        private final WebDriverWait wait;

        Page(HeadlessChromium chromium, RunningPlatform platform) {
            this.chromium = chromium;
            this.platform = platform;
            this.wait = new WebDriverWait(chromium.driver, Duration.ofSeconds(30));
        }

        WebElement find(String id) {
            return chromium.driver.findElement(By.id(id));
        }

        boolean exists(String id) {
            return !chromium.driver.findElements(By.id(id)).isEmpty();
        }

        List<WebElement> all(String css) {
            return chromium.driver.findElements(By.cssSelector(css));
        }

        WebElement first(String css) {
            return chromium.driver.findElement(By.cssSelector(css));
        }

        String text(String id) {
            return find(id).getText();
        }

        Object script(String script, Object... arguments) {
            return chromium.driver.executeScript(script, arguments);
        }

        void waitFor(BooleanSupplier condition) {
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .until(driver -> condition.getAsBoolean());
        }

        String currentPath() {
            URI address = URI.create(chromium.driver.getCurrentUrl());
            return address.getRawPath() + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery());
        }

        /** Opens an address of the page as a citizen would (typed, or from a link in a message). */
        void go(String path) {
            chromium.driver.get(platform.base() + path);
            waitFor(() -> !find("loading").isDisplayed());
        }

        void signInAs(String rrn) {
            first("#citizen-list button[data-rrn='" + rrn + "']").click();
            waitFor(() -> find("nav").isDisplayed() && !find("loading").isDisplayed());
        }

        /** The municipality names of the item cards shown (the first part of each card's "where" line). */
        Set<String> municipalitiesShown() {
            return all("#items .item-card__where").stream()
                    .map(where -> where.getText().split(" · ")[0])
                    .collect(Collectors.toSet());
        }

        /** The id of the first item card of a municipality (and kind, when named). */
        String itemIdIn(String municipality, String... kind) {
            waitFor(() -> municipalitiesShown().contains(municipality));
            return all("#items .item-card").stream()
                    .filter(card -> card.findElement(By.className("item-card__where"))
                            .getText()
                            .startsWith(municipality))
                    .filter(card -> kind.length == 0 || card.getText().contains(kind[0]))
                    .findFirst()
                    .orElseThrow()
                    .getAttribute("data-item-id");
        }

        /** Presses Tab until the element with this id has the focus (as a keyboard user does), and returns it. */
        WebElement tabTo(String id) {
            for (int i = 0; i < 80; i++) {
                if (id.equals(script("return document.activeElement && document.activeElement.id"))) {
                    return find(id);
                }
                new Actions(chromium.driver).sendKeys(Keys.TAB).perform();
            }
            throw new AssertionError("Tab never reached #" + id);
        }

        /** Lets the page save files (its PDFs are downloads made from the API's answer) into this directory. */
        void downloadInto(Path directory) throws IOException {
            Files.createDirectories(directory);
            Map<String, Object> allow = Map.of("behavior", "allow", "downloadPath", directory.toString());
            try {
                chromium.cdp("Browser.setDownloadBehavior", allow);
            } catch (RuntimeException e) {
                chromium.cdp("Page.setDownloadBehavior", allow);
            }
        }

        Path waitForDownload(Path directory) throws IOException {
            long before = System.currentTimeMillis();
            Path[] found = new Path[1];
            waitFor(() -> {
                try (Stream<Path> files = Files.exists(directory) ? Files.list(directory) : Stream.empty()) {
                    found[0] = files.filter(f -> f.toString().endsWith(".pdf"))
                            .filter(f -> f.toFile().lastModified() >= before - 2000)
                            .filter(f -> f.toFile().length() > 0)
                            .findFirst()
                            .orElse(null);
                    return found[0] != null;
                } catch (IOException e) {
                    return false;
                }
            });
            Path pdf = found[0];
            Path kept = directory.resolve("kept-" + UUID.randomUUID() + ".bin");
            Files.move(pdf, kept);
            return kept;
        }

        void assertFitsTheScreen(int width) {
            assertThat(((Number) script("return Math.max(document.documentElement.scrollWidth, "
                                    + "document.body.scrollWidth)"))
                            .intValue())
                    .as("no horizontal scroll at " + width + " px")
                    .isLessThanOrEqualTo(width);
        }

        /** Every visible button, field and link-button at least 44 CSS pixels high. */
        void assertTouchTargets() {
            for (WebElement control : all("button, select, input[type=text], .button")) {
                if (control.isDisplayed()) {
                    assertThat(control.getRect().getHeight())
                            .as(control.getAttribute("id") + " height")
                            .isGreaterThanOrEqualTo(44);
                }
            }
        }

        void desktop() {
            chromium.emulateDesktop(1280, 800);
        }

        void phone() {
            chromium.emulatePhone(360, 740);
        }

        void screenshot(String name) throws IOException {
            chromium.screenshot(PageAudit.SCREENSHOTS.resolve(name + ".png"));
        }
    }
}
