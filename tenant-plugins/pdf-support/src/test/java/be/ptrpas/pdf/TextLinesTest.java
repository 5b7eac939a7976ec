package be.ptrpas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class TextLinesTest {

    private final TextLines helvetica =
            new TextLines(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10, PrintableText.WIN_ANSI);

    @Test
    void wrapsAtSpacesWithinTheWidth() {
        List<String> lines = helvetica.wrap("de snelle bruine vos springt over de luie hond", 80);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines)).isEqualTo("de snelle bruine vos springt over de luie hond");
        assertThat(lines).allSatisfy(line -> assertThat(helvetica.width(line)).isLessThanOrEqualTo(80));
    }

    @Test
    void cutsInsideAWordOnlyWhenTheWordAloneIsTooWide() {
        String word = "https://betalen.example.be/" + "x".repeat(60);
        List<String> lines = helvetica.wrap("pay " + word, 100);
        assertThat(lines.get(0)).isEqualTo("pay");
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo(word);
        assertThat(lines).allSatisfy(line -> assertThat(helvetica.width(line)).isLessThanOrEqualTo(100));
    }

    @Test
    void anEmptyParagraphIsOneEmptyLineAndATinyColumnStillEnds() {
        assertThat(helvetica.wrap("", 100)).containsExactly("");
        assertThat(helvetica.wrap("abc", 1)).containsExactly("a", "b", "c");
    }

    @Test
    void aLongLineIsCutWithAnEllipsis() {
        String cut = helvetica.ellipsized("Gemeente Sint-Genesius-Rode, dienst parkeren en mobiliteit", 90);
        assertThat(cut).endsWith("…");
        assertThat(helvetica.width(cut)).isLessThanOrEqualTo(90);
        assertThat(helvetica.ellipsized("kort", 90)).isEqualTo("kort");
    }
}
