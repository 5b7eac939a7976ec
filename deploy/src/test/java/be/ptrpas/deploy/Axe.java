package be.ptrpas.deploy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Deque's axe-core (from its WebJar on the test class path) run in the page the browser shows, limited to the rules
 * of WCAG 2.0 and 2.1, levels A and AA. The script is injected through WebDriver, which the page's
 * Content-Security-Policy does not govern, so the pages keep their strict policy.
 */
final class Axe {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String VERSION = webJarVersion();
    private static final String SOURCE = read("META-INF/resources/webjars/axe-core/" + VERSION + "/axe.min.js");

    /** Runs axe and hands back its violations as JSON text (the async script's last argument is the callback). */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(results => done(JSON.stringify(results.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html, summary: n.failureSummary}))
              })))))
              .catch(error => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(error),
                helpUrl: '', nodes: []}])));
            """;

    private Axe() {}

    static String version() {
        return VERSION;
    }

    /**
     * The WCAG 2.1 A/AA violations of the page the browser shows now, one readable paragraph each (rule, impact,
     * what to do, and every offending element with axe's summary), prefixed with {@code where}; empty when none.
     */
    static List<String> violations(JavascriptExecutor browser, String where) {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object';"))) {
            browser.executeScript(SOURCE);
        }
        String json = (String) browser.executeAsyncScript(RUN, WCAG_21_AA);
        JsonArray found;
        try (var reader = Json.createReader(new StringReader(json))) {
            found = reader.readArray();
        }
        List<String> readable = new ArrayList<>();
        for (JsonObject violation : found.getValuesAs(JsonObject.class)) {
            StringBuilder text = new StringBuilder(where)
                    .append(": ")
                    .append(violation.getString("id"))
                    .append(" (")
                    .append(violation.getString("impact", "?"))
                    .append(") ")
                    .append(violation.getString("help"))
                    .append(" — ")
                    .append(violation.getString("helpUrl"));
            for (JsonObject node : violation.getJsonArray("nodes").getValuesAs(JsonObject.class)) {
                text.append("\n    at ")
                        .append(node.getString("target"))
                        .append("  ")
                        .append(node.getString("html"))
                        .append("\n       ")
                        .append(node.getString("summary", "").replace("\n", "\n       "));
            }
            readable.add(text.toString());
        }
        return readable;
    }

    private static String webJarVersion() {
        Properties pom = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return pom.getProperty("version");
    }

    private static String read(String path) {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = Axe.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the test class path: the axe-core WebJar "
                    + "(org.webjars.npm:axe-core) is missing");
        }
        return in;
    }
}
