package be.ptrpas.platform.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemPageTest {

    @Test
    void onlyABrowserAskingForHtmlGetsThePage() {
        assertThat(ProblemPage.wanted("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .isTrue();
        assertThat(ProblemPage.wanted(null)).isFalse();
        assertThat(ProblemPage.wanted("*/*")).isFalse();
        assertThat(ProblemPage.wanted("application/json")).isFalse();
    }

    @Test
    void thePageSpeaksTheBrowsersLanguageAndKeepsTheDetailInEnglish() {
        String french = ProblemPage.render(404, "There is nothing at /nope.", "fr-BE,fr;q=0.9,en;q=0.8");
        assertThat(french)
                .startsWith("<!DOCTYPE html><html lang=\"fr\">")
                .contains(
                        "<title>Cette page n’existe pas — PTR-pas</title>",
                        "<h1>Cette page n’existe pas</h1>",
                        "Code d’erreur: 404",
                        "<p lang=\"en\">There is nothing at /nope.</p>");
        assertThat(ProblemPage.render(401, "refused", "en-GB"))
                .contains("<html lang=\"en\">", "<p>refused</p>", "You are not (or no longer) signed in");
        assertThat(ProblemPage.render(503, "down", "de-DE"))
                .as("no language it speaks: Dutch")
                .contains("<html lang=\"nl\">", "Er ging bij ons iets mis");
        assertThat(ProblemPage.render(418, "odd", ";;garbled")).contains("Het verzoek werd geweigerd");
    }

    @Test
    void theDetailIsEscaped() {
        assertThat(ProblemPage.render(404, "There is nothing at /<script>alert(1)</script>.", null))
                .doesNotContain("<script>")
                .contains("/&lt;script&gt;alert(1)&lt;/script&gt;.");
    }
}
