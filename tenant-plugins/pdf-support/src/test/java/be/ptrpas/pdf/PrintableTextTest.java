package be.ptrpas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTextTest {

    @Test
    void helveticaKeepsDutchFrenchAndGermanLettersAndTheEuroSign() {
        assertThat(PrintableText.WIN_ANSI.line("Café Straße € ‘quoted’ – ë ç"))
                .isEqualTo("Café Straße € ‘quoted’ – ë ç");
    }

    @Test
    void aLetterTheFontLacksBecomesItsBaseLetterAndAnythingElseAQuestionMark() {
        assertThat(PrintableText.WIN_ANSI.line("Erdős Łódź 🚗")).isEqualTo("Erdos ?ódz ?");
    }

    @Test
    void controlCharactersAndUnusualSpacesBecomeSpacesAndNothingIsEmpty() {
        assertThat(PrintableText.WIN_ANSI.line("a\tb\nc\u00a0d")).isEqualTo("a b c d");
        assertThat(PrintableText.WIN_ANSI.line(null)).isEmpty();
    }

    @Test
    void theFontDecidesWhatIsShown() {
        PrintableText asciiOnly = new PrintableText(c -> c < 128);
        assertThat(asciiOnly.line("é€")).isEqualTo("e?");
    }
}
