package be.ptrpas.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The warden page (F-34) on the runnable jar with the demo data, in headless Chromium sized like a phone: a warden of
 * Genk signs in with dev login, checks plates typed every which way and pasted as scan lines, by zone and by position,
 * sees green, amber and red verdicts with the right's kind and end in local time, gets clear errors, sees the recent
 * checks, reads the page in Dutch, French or English, is told when the phone is offline, and is sent back to sign in
 * when the token is refused. Screenshots land in {@code target/warden-screenshots}. Each state of the page (sign-in,
 * empty, verdict with and without a right, blue zone, offline) is also checked against WCAG 2.1 AA with axe-core in
 * the three languages on a phone and a desktop screen ({@link PageAudit}, screenshots in {@code target/screenshots}).
 */
class WardenPageIT {

    private static final Path JAR = Path.of(System.getProperty("ptr.it.jar", "target/ptr-platform.jar"));
    private static final Path WORK = Path.of(System.getProperty("ptr.it.work", "target/smoke"));
    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("ptr.it.screenshots", "target/warden-screenshots"));
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final String GENK = "71016";
    private static final String RESIDENTS = "GNK-BEW-SINT-MARTINUS";
    private static final String BLUE = "GNK-BLAUW-CENTRUM";
    private static final String SHOPPING = "GNK-BETAALD-SHOPPING";
    /** HTTP/1.1: see {@link RunningPlatform} on Payara's HTTP/2 upgrade. */
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aWardenChecksPlatesOnAPhone() throws Exception {
        HeadlessChromium.requireInstalled();
        Files.createDirectories(WORK);
        Path data = Files.createTempDirectory(WORK, "warden-data-");
        try (RunningPlatform platform = RunningPlatform.start(JAR, data, WORK.resolve("warden-start.log"), Map.of());
                HeadlessChromium chromium = HeadlessChromium.start(WORK.resolve("chromium"))) {
            servesThePageStrictly(platform);
            ZonedDateTime residentPermitEnd = registerRights(platform);

            chromium.emulatePhone(390, 844);
            Page page = new Page(chromium);
            PageAudit audit = new PageAudit(chromium);
            PageAudit.LanguageSwitch viaTheLanguageChoice = language -> {
                new Select(page.find("language")).selectByValue(language);
                page.waitFor(() -> language.equals(page.script("return document.documentElement.lang")));
            };
            chromium.driver.get(platform.base() + "/warden");

            // Sign in: dev login is active, so the demo wardens are offered.
            page.waitFor(() ->
                    page.find("warden-list").findElements(By.tagName("button")).size() == 6);
            assertThat(page.find("warden-list").getText()).contains("Warden Genk", "Warden Antwerpen");
            page.screenshot("01-sign-in.png");
            page.assertFitsTheScreen(390);
            assertThat(page.script("return document.documentElement.lang"))
                    .as("the browser asks for Dutch")
                    .isEqualTo("nl");
            audit.audit("warden-sign-in", viaTheLanguageChoice, true);
            page.find("warden-list")
                    .findElement(By.cssSelector("button[data-tenant='" + GENK + "']"))
                    .click();
            page.waitFor(() -> page.find("app").isDisplayed()
                    && page.find("who-tenant").getText().contains("Genk"));
            assertThat(page.find("who-name").getText()).isEqualTo("Warden Genk");
            assertThat(page.find("who-tenant").getText()).isEqualTo("Genk (71016)");
            assertThat(page.script("return sessionStorage.getItem('ptr-warden-token')"))
                    .asString()
                    .startsWith("eyJ");
            assertThat(page.script("return Object.keys(localStorage).map(k => localStorage.getItem(k)).join(' ')"))
                    .as("the token is kept in this tab only, never in localStorage")
                    .asString()
                    .doesNotContain("eyJ");
            page.waitFor(() -> page.find("recent-empty").isDisplayed());
            audit.audit("warden-empty", viaTheLanguageChoice, true);

            // A plate in another typing than it was registered in: green, with kind and end in local time.
            page.chooseZone(RESIDENTS);
            page.check("1 wdn-123");
            page.waitForVerdict("1-WDN-123", "RIGHT");
            page.assertVerdictColour("10, 122, 47");
            assertThat(page.text("verdict-word")).isEqualTo("IN ORDE");
            assertThat(page.text("verdict-kind")).isEqualTo("Bewonerskaart");
            assertThat(page.text("verdict-until")).contains("17:30", String.valueOf(residentPermitEnd.getYear()));
            assertThat(page.text("verdict-zone")).isEqualTo("Bewonerszone Sint-Martinus (" + RESIDENTS + ")");
            assertThat(Double.parseDouble(
                            page.find("verdict-word").getCssValue("font-size").replace("px", "")))
                    .as("the verdict in large type")
                    .isGreaterThanOrEqualTo(36);
            page.screenshot("02-right.png");
            audit.audit("warden-right", viaTheLanguageChoice, true);

            // An unknown plate: red.
            page.check("2xyz987");
            page.waitForVerdict("2-XYZ-987", "NO_RIGHT");
            page.assertVerdictColour("200, 16, 46");
            assertThat(page.text("verdict-word")).isEqualTo("GEEN RECHT");
            assertThat(page.text("verdict-until")).isEqualTo("—");
            assertThat(page.find("verdict-disc").isDisplayed())
                    .as("no parking disc in a resident zone")
                    .isFalse();
            page.screenshot("03-no-right.png");
            audit.audit("warden-no-right", viaTheLanguageChoice, true);

            // A visitor's right that ended minutes ago: amber, within the grace period.
            page.chooseZone(BLUE);
            page.check("1WDN789");
            page.waitForVerdict("1-WDN-789", "RECENTLY_EXPIRED");
            page.assertVerdictColour("240, 165, 0");
            assertThat(page.text("verdict-word")).isEqualTo("NET VERLOPEN");
            assertThat(page.text("verdict-kind")).isEqualTo("Bezoekerskaart");
            page.screenshot("04-recently-expired.png");

            // No right in a blue zone, but a parking disc allows Genk's maximum stay there: the page says so.
            page.check("3xyz654");
            page.waitForVerdict("3-XYZ-654", "NO_RIGHT");
            page.waitFor(() -> page.find("verdict-disc").isDisplayed());
            assertThat(page.text("verdict-disc"))
                    .isEqualTo("Blauwe zone: parkeren met parkeerschijf is toegestaan tot 2 uur.");
            audit.audit("warden-blue-zone", viaTheLanguageChoice, true);

            // The warden reads the page in French or English: the verdict on screen is rendered again, and the choice
            // is kept on this device.
            viaTheLanguageChoice.use("fr");
            assertThat(page.text("verdict-word")).isEqualTo("PAS DE DROIT");
            assertThat(page.text("verdict-disc"))
                    .isEqualTo("Zone bleue : le stationnement avec disque est autorisé " + "jusqu’à 2 heures.");
            assertThat(page.text("verdict-kind")).isEqualTo("Aucun droit trouvé");
            assertThat(page.find("check-button").getText()).isEqualTo("Contrôler");
            assertThat(chromium.driver.getTitle()).isEqualTo("PTR-pas — contrôle du stationnement");
            viaTheLanguageChoice.use("en");
            assertThat(page.text("verdict-word")).isEqualTo("NO RIGHT");
            assertThat(page.text("verdict-disc"))
                    .isEqualTo("Blue zone: parking with a parking disc is allowed up to 2 hours.");
            assertThat(page.find("recent")
                            .findElement(By.cssSelector("li .badge"))
                            .getText())
                    .isEqualTo("NO RIGHT");
            assertThat(page.script("return localStorage.getItem('ptr-warden-language')"))
                    .isEqualTo("en");
            viaTheLanguageChoice.use("nl");
            assertThat(page.text("verdict-word")).isEqualTo("GEEN RECHT");

            // A right that may not be revealed: green, without kind or end.
            page.check("1.wdn.456");
            page.waitForVerdict("1-WDN-456", "RIGHT");
            assertThat(page.text("verdict-kind")).isEqualTo("Niet vrijgegeven");
            assertThat(page.text("verdict-until")).isEqualTo("—");

            // A scan line is judged at the moment in it: the visitor's car, seen an hour ago, was in order then.
            Instant anHourAgo = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
            page.check("1WDN789;BE;" + anHourAgo);
            page.waitForVerdict("1-WDN-789", "RIGHT");
            assertThat(page.text("scan-note")).startsWith("Gelezen uit scan: 1-WDN-789 · BE · gezien om");
            assertThat(page.text("verdict-at"))
                    .contains(
                            anHourAgo.atZone(BRUSSELS).toLocalTime().toString().substring(0, 5));
            page.find("country").clear();

            // A pasted scan line: plate and country read from it; a Dutch paid session in the shopping zone.
            page.chooseZone(SHOPPING);
            page.check(Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS) + ";ab-12-cd;NL");
            page.waitForVerdict("AB12CD · NL", "RIGHT");
            assertThat(page.text("scan-note")).startsWith("Gelezen uit scan: AB12CD · NL");
            assertThat(page.find("country").getAttribute("value")).isEqualTo("NL");
            assertThat(page.text("verdict-kind")).isEqualTo("Betaalde parkeersessie");
            page.find("country").clear();

            // The page knows no plate formats: a scan line with two fields that could each be the plate is not
            // guessed at (and never checked), and a wrong country is the platform's to refuse, next to its field.
            page.check("CAM7;1WDN123;BE");
            page.waitFor(() -> page.find("plate-error").isDisplayed());
            assertThat(page.text("plate-error"))
                    .isEqualTo("In deze scan kunnen meerdere velden de nummerplaat zijn "
                            + "(CAM7, 1WDN123): typ de juiste.");
            page.find("country").clear();
            page.find("country").sendKeys("N1");
            page.check("1-WDN-123");
            page.waitFor(() -> page.find("country-error").isDisplayed());
            assertThat(page.text("country-error")).isEqualTo("Land: is not a country code (two letters, e.g. NL)");
            assertThat(page.find("country").getAttribute("aria-invalid")).isEqualTo("true");
            page.find("country").clear();

            // Garbage: the platform's message next to the plate field, no verdict.
            page.check("!!??");
            page.waitFor(() -> page.find("plate-error").isDisplayed());
            assertThat(page.text("plate-error")).isEqualTo("Nummerplaat: is not a plate (e.g. 1-ABC-123)");
            assertThat(page.find("plate").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(page.find("verdict").isDisplayed()).isFalse();
            int plateBottom = page.find("plate").getRect().getY()
                    + page.find("plate").getRect().getHeight();
            assertThat(page.find("plate-error").getRect().getY())
                    .as("the error sits right under the plate field")
                    .isBetween(plateBottom, plateBottom + 20);
            page.screenshot("05-error.png");
            page.check("   ");
            page.waitFor(() -> page.text("plate-error").startsWith("Vul een nummerplaat in"));

            // By position: the browser's geolocation, the zone resolved by the platform.
            double[] inResidentZone = pointIn(platform, RESIDENTS);
            chromium.placeAt(platform.base(), inResidentZone[0], inResidentZone[1]);
            new Select(page.find("zone")).selectByValue("@position");
            page.check("1-WDN-123");
            page.waitFor(() -> page.text("verdict-zone").contains("via positie"));
            page.waitForVerdict("1-WDN-123", "RIGHT");
            assertThat(page.text("verdict-zone")).startsWith("Bewonerszone Sint-Martinus (" + RESIDENTS + ")");

            // Offline: the page says so at once, and a check tells the warden there is no connection.
            chromium.offline(true);
            page.waitFor(() -> page.find("offline").isDisplayed());
            assertThat(page.text("offline")).startsWith("Geen netwerk");
            page.check("1-WDN-123");
            page.waitFor(() -> page.find("form-error").isDisplayed());
            assertThat(page.text("form-error")).isEqualTo("Geen verbinding met het platform.");
            audit.audit("warden-offline", viaTheLanguageChoice, true);
            chromium.offline(false);
            page.waitFor(() -> !page.find("offline").isDisplayed());

            // Recent checks, newest first, refreshed after each check; the garbage was never a check.
            List<String> expected = List.of(
                    "1-WDN-123",
                    "AB12CD",
                    "1-WDN-789",
                    "1-WDN-456",
                    "3-XYZ-654",
                    "1-WDN-789",
                    "2-XYZ-987",
                    "1-WDN-123");
            page.waitFor(() -> page.recentPlates().equals(expected));
            assertThat(page.recentVerdicts())
                    .containsExactly(
                            "RIGHT", "RIGHT", "RIGHT", "RIGHT", "NO_RIGHT", "RECENTLY_EXPIRED", "NO_RIGHT", "RIGHT");
            assertThat(page.find("recent").getText()).contains("Bewonerszone Sint-Martinus", "warden@71016-dev");
            String device = (String) page.script("return localStorage.getItem('ptr-warden-device')");
            assertThat(device).startsWith("web-").hasSize(36);
            String admin = token(platform, "{\"role\":\"admin\",\"tenant\":\"" + GENK + "\"}");
            JsonArray logged = get(platform, "/api/v1/tenants/" + GENK + "/enforcement/checks", admin)
                    .asJsonArray();
            assertThat(logged).hasSize(8);
            assertThat(logged.stream().map(c -> c.asJsonObject().getString("device")))
                    .containsOnly(device);
            page.screenshot("06-recent-checks.png");

            // The phone's width and a narrower one: nothing sticks out sideways, every control is thumb-sized.
            page.assertFitsTheScreen(390);
            page.assertTouchTargets();
            chromium.emulatePhone(360, 740);
            page.assertFitsTheScreen(360);
            page.screenshot("07-at-360px.png");
            chromium.emulatePhone(390, 844);

            // The platform refuses the token (forged, or from another installation) when the tab is opened again:
            // back to sign in, the token forgotten.
            assertThat(chromium.pageProblems())
                    .as("CSP violations and script errors")
                    .isEmpty();
            String token = (String) page.script("return sessionStorage.getItem('ptr-warden-token')");
            page.script("sessionStorage.setItem('ptr-warden-token', arguments[0])", forge(token));
            chromium.driver.navigate().refresh();
            page.waitFor(() -> page.find("login").isDisplayed()
                    && page.find("login-message").isDisplayed());
            assertThat(page.text("login-message")).contains("verlopen of werd geweigerd");
            assertThat(page.script("return sessionStorage.getItem('ptr-warden-token')"))
                    .isNull();
            page.screenshot("08-signed-out-by-the-platform.png");
            assertThat(page.script("return document.documentElement.lang"))
                    .as("the language chosen earlier on this device")
                    .isEqualTo("nl");

            // Pasting a token, as a warden does when the identity provider issued it: an expired one is refused at
            // once; one that runs out while the warden works sends the warden back to sign in when it ends.
            Instant now = Instant.now();
            page.signInWith(wardenToken(
                    data, "Yesterday's warden", now.minus(Duration.ofHours(9)), now.minus(Duration.ofHours(1))));
            page.waitFor(() -> page.find("token-error").isDisplayed());
            assertThat(page.text("token-error")).startsWith("Dit token is verlopen");
            page.signInWith(wardenToken(
                    data, "Short shift", Instant.now(), Instant.now().plusSeconds(10)));
            page.waitFor(() -> page.find("app").isDisplayed());
            assertThat(page.text("who-name")).isEqualTo("Short shift");
            page.waitFor(() -> page.find("login").isDisplayed());
            assertThat(page.text("login-message")).contains("verlopen");
            assertThat(page.script("return sessionStorage.getItem('ptr-warden-token')"))
                    .isNull();

            page.signInWith(
                    token(platform, "{\"role\":\"warden\",\"tenant\":\"" + GENK + "\",\"name\":\"Handheld 7\"}"));
            page.waitFor(() -> page.find("app").isDisplayed());
            assertThat(page.text("who-name")).isEqualTo("Handheld 7");
            assertThat(new Select(page.find("zone")).getFirstSelectedOption().getAttribute("value"))
                    .as("the zone choice is remembered on this device")
                    .isEqualTo("@position");

            page.find("sign-out").click();
            page.waitFor(() -> page.find("login").isDisplayed());
            assertThat(page.script("return sessionStorage.getItem('ptr-warden-token')"))
                    .isNull();

            assertThat(chromium.pageProblems())
                    .as("CSP violations and script errors")
                    .isEmpty();
            audit.assertNoViolations();
        }
    }

    /** The page and its files: strict CSP (no inline code), never cached; unknown files are not found. */
    private static void servesThePageStrictly(RunningPlatform platform) throws Exception {
        HttpResponse<String> html = HTTP.send(
                HttpRequest.newBuilder(URI.create(platform.base() + "/warden")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.headers().firstValue("Cache-Control")).hasValue("no-store");
        String csp = html.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp)
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(html.body())
                .contains("name=\"viewport\"", "<script type=\"module\" src=\"/warden/warden.js\">")
                .doesNotContain("<script>");
        for (String module :
                List.of("warden", "api", "dom", "i18n", "plate-input", "recent", "session", "verdict", "zones")) {
            HttpResponse<String> script = HTTP.send(
                    HttpRequest.newBuilder(URI.create(platform.base() + "/warden/" + module + ".js"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(script.statusCode()).as(module).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
            assertThat(script.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        assertThat(HTTP.send(
                                HttpRequest.newBuilder(URI.create(platform.base() + "/warden/../WEB-INF/web.xml"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(404);
        assertThat(HTTP.send(
                                HttpRequest.newBuilder(URI.create(platform.base() + "/warden/index.htm"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(404);
        assertThat(get(platform, "/warden/config.json", null).asJsonObject().getBoolean("devLogin"))
                .isTrue();
    }

    /**
     * A clerk of Genk registers the rights the warden will meet. Returns the end of the resident permit, set at 17:30
     * Brussels time so the page's local time can be recognised.
     */
    private static ZonedDateTime registerRights(RunningPlatform platform) throws Exception {
        String clerk = token(platform, "{\"role\":\"clerk\",\"tenant\":\"" + GENK + "\"}");
        Instant now = Instant.now();
        ZonedDateTime residentEnd = now.atZone(BRUSSELS)
                .plusDays(30)
                .withHour(17)
                .withMinute(30)
                .withSecond(0)
                .withNano(0);
        register(
                platform,
                clerk,
                "RESIDENT_PERMIT",
                "1-WDN-123",
                null,
                RESIDENTS,
                now.minus(Duration.ofDays(1)),
                residentEnd.toInstant(),
                true);
        register(
                platform,
                clerk,
                "VISITOR",
                "1WDN789",
                null,
                BLUE,
                now.minus(Duration.ofHours(3)),
                now.minus(Duration.ofMinutes(5)),
                true);
        register(
                platform,
                clerk,
                "WHITELIST",
                "1 WDN 456",
                null,
                null,
                now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(10)),
                false);
        register(
                platform,
                clerk,
                "PAID_SESSION",
                "AB-12-CD",
                "NL",
                SHOPPING,
                now.minus(Duration.ofMinutes(30)),
                now.plus(Duration.ofHours(2)),
                true);
        return residentEnd;
    }

    private static void register(
            RunningPlatform platform,
            String clerk,
            String kind,
            String plate,
            String country,
            String zone,
            Instant from,
            Instant to,
            boolean revealable)
            throws Exception {
        var right = Json.createObjectBuilder()
                .add("kind", kind)
                .add("plate", plate)
                .add("validFrom", from.toString())
                .add("validTo", to.toString())
                .add("revealable", revealable);
        if (country != null) {
            right.add("country", country);
        }
        if (zone != null) {
            right.add("zone", zone);
        }
        HttpResponse<String> created = HTTP.send(
                HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/tenants/" + GENK + "/rights"))
                        .header("Authorization", "Bearer " + clerk)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "warden-it-" + UUID.randomUUID())
                        .POST(HttpRequest.BodyPublishers.ofString(right.build().toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** A point inside the zone's polygon (its vertices' average), confirmed by the platform's own look-up. */
    private static double[] pointIn(RunningPlatform platform, String zoneCode) throws Exception {
        JsonObject zone = get(platform, "/api/v1/public/tenants/" + GENK + "/zones", null)
                .asJsonObject()
                .getJsonArray("features")
                .stream()
                .map(f -> f.asJsonObject())
                .filter(f -> f.getString("id").equals(zoneCode))
                .findFirst()
                .orElseThrow();
        JsonArray ring =
                zone.getJsonObject("geometry").getJsonArray("coordinates").getJsonArray(0);
        double lon = 0;
        double lat = 0;
        for (int i = 0; i < ring.size() - 1; i++) {
            lon += ring.getJsonArray(i).getJsonNumber(0).doubleValue();
            lat += ring.getJsonArray(i).getJsonNumber(1).doubleValue();
        }
        lon /= ring.size() - 1;
        lat /= ring.size() - 1;
        JsonArray containing = get(
                        platform, "/api/v1/public/tenants/" + GENK + "/zones/lookup?lat=" + lat + "&lon=" + lon, null)
                .asJsonObject()
                .getJsonArray("features");
        assertThat(containing.stream().map(f -> f.asJsonObject().getString("id")))
                .as("the test's point")
                .containsExactly(zoneCode);
        return new double[] {lat, lon};
    }

    /** The same claims with a signature that no longer matches: what a tampered or foreign token looks like. */
    private static String forge(String token) {
        int dot = token.lastIndexOf('.');
        String signature = token.substring(dot + 1);
        char first = signature.charAt(0);
        return token.substring(0, dot + 1) + (first == 'A' ? 'B' : 'A') + signature.substring(1);
    }

    /** A warden token of Genk signed with this installation's own dev key, valid from {@code issued} to {@code expires}. */
    private static String wardenToken(Path data, String name, Instant issued, Instant expires) throws Exception {
        String pem = Files.readString(data.resolve("dev-login/private-key.pem"));
        PrivateKey key = KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder()
                        .decode(pem.replaceAll("-----[A-Z ]+-----", "").trim())));
        JsonObject claims = Json.createObjectBuilder()
                .add("iss", "urn:ptr-pas:dev-login")
                .add("sub", "warden@71016-it")
                .add("upn", name)
                .add("groups", Json.createArrayBuilder().add("warden"))
                .add("tenant", GENK)
                .add("iat", issued.getEpochSecond())
                .add("exp", expires.getEpochSecond())
                .add("jti", UUID.randomUUID().toString())
                .build();
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        String input = base64url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + base64url.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + base64url.encodeToString(rsa.sign());
    }

    private static String token(RunningPlatform platform, String request) throws Exception {
        HttpResponse<String> response = platform.send("POST", "/api/v1/dev/token", null, request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parse(response.body()).asJsonObject().getString("token");
    }

    private static JsonStructure get(RunningPlatform platform, String path, String token) throws Exception {
        HttpResponse<String> response = platform.send("GET", path, token, null);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return parse(response.body());
    }

    private static JsonStructure parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }

    /** The warden page as the test uses it: by element id, waiting for what the page does asynchronously. */
    private static final class Page {

        private final HeadlessChromium chromium;
        private final WebDriverWait wait;

        Page(HeadlessChromium chromium) {
            this.chromium = chromium;
            this.wait = new WebDriverWait(chromium.driver, Duration.ofSeconds(20));
        }

        WebElement find(String id) {
            return chromium.driver.findElement(By.id(id));
        }

        String text(String id) {
            return find(id).getText();
        }

        Object script(String script, Object... arguments) {
            return chromium.driver.executeScript(script, arguments);
        }

        void waitFor(BooleanSupplier condition) {
            wait.until(driver -> condition.getAsBoolean());
        }

        void chooseZone(String code) {
            waitFor(() -> !find("zone")
                    .findElements(By.cssSelector("option[value='" + code + "']"))
                    .isEmpty());
            new Select(find("zone")).selectByValue(code);
        }

        /** Types (or pastes) into the plate field and presses Enter, as a warden does. */
        void check(String typed) {
            WebElement plate = find("plate");
            plate.clear();
            plate.sendKeys(typed, Keys.ENTER);
        }

        /** Pastes a token into the sign-in form and submits it. */
        void signInWith(String token) {
            WebElement input = find("token-input");
            input.clear();
            input.sendKeys(token);
            find("token-form")
                    .findElement(By.cssSelector("button[type=submit]"))
                    .click();
        }

        void waitForVerdict(String plate, String verdict) {
            waitFor(() -> find("check-button").isEnabled()
                    && find("verdict").isDisplayed()
                    && plate.equals(text("verdict-plate"))
                    && verdict.equals(find("verdict").getAttribute("data-verdict")));
        }

        void assertVerdictColour(String rgb) {
            assertThat(find("verdict").getCssValue("background-color")).contains(rgb);
        }

        List<String> recentPlates() {
            return find("recent").findElements(By.cssSelector("li .plate")).stream()
                    .map(plate -> plate.getText().split("\n")[0].trim())
                    .toList();
        }

        List<String> recentVerdicts() {
            return find("recent").findElements(By.tagName("li")).stream()
                    .map(item -> item.getAttribute("data-verdict"))
                    .toList();
        }

        void assertFitsTheScreen(int width) {
            assertThat(((Number) script("return window.innerWidth")).intValue()).isEqualTo(width);
            assertThat(((Number) script("return Math.max(document.documentElement.scrollWidth, "
                                    + "document.body.scrollWidth)"))
                            .intValue())
                    .as("no horizontal scroll at " + width + " px")
                    .isLessThanOrEqualTo(width);
        }

        /** Every visible button and field at least 44 CSS pixels high, the usual minimum for a finger. */
        void assertTouchTargets() {
            for (WebElement control : chromium.driver.findElements(By.cssSelector("button, input, select"))) {
                if (control.isDisplayed()) {
                    assertThat(control.getRect().getHeight())
                            .as(control.getAttribute("id") + " height")
                            .isGreaterThanOrEqualTo(44);
                }
            }
        }

        void screenshot(String name) throws IOException {
            chromium.screenshot(SCREENSHOTS.resolve(name));
        }
    }
}
