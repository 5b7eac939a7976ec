package be.ptrpas.platform.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChoicesTest {

    @Test
    void byDefaultEveryKindGoesByEmail() {
        Choices defaults = Choices.defaults();
        for (EventKind kind : EventKind.values()) {
            assertThat(defaults.of(kind)).containsExactly(Channel.EMAIL);
        }
        assertThat(defaults.view().keySet())
                .containsExactly("new-item", "status-change", "money-change", "due-soon", "permit-expiring");
    }

    @Test
    void aRequestReplacesTheKindsItNamesAndKeepsTheOthers() {
        Choices changed =
                Choices.defaults().with(Map.of("due-soon", List.of("sms", "EMAIL", "sms"), "new-item", List.of()));
        assertThat(changed.of(EventKind.DUE_SOON)).containsExactly(Channel.EMAIL, Channel.SMS);
        assertThat(changed.of(EventKind.NEW_ITEM)).isEmpty();
        assertThat(changed.of(EventKind.MONEY_CHANGE)).containsExactly(Channel.EMAIL);
        assertThat(changed).isNotEqualTo(Choices.defaults());
        assertThat(Choices.defaults().with(null)).isEqualTo(Choices.defaults());
    }

    @Test
    void storedChoicesReadBackTheSame() {
        Choices changed = Choices.defaults()
                .with(Map.of("permit-expiring", List.of("whatsapp", "letter"), "status-change", List.of()));
        Choices read = Choices.read(changed.stored());
        assertThat(read).isEqualTo(changed);
        assertThat(read.of(EventKind.PERMIT_EXPIRING)).isEqualTo(EnumSet.of(Channel.WHATSAPP, Channel.LETTER));
    }

    @Test
    void kindsStoredBeforeAKindExistedGetItsDefaultAndUnknownOnesAreIgnored() {
        Choices read = Choices.read("{\"new-item\":[\"sms\"],\"retired-kind\":[\"email\"]}");
        assertThat(read.of(EventKind.NEW_ITEM)).containsExactly(Channel.SMS);
        assertThat(read.of(EventKind.DUE_SOON)).containsExactly(Channel.EMAIL);
    }

    @Test
    void anUnknownKindOfEventHasItsOwnProblemType() {
        assertThatThrownBy(() -> Choices.defaults().with(Map.of("birthday", List.of("email"))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.UNKNOWN_EVENT_KIND);
                    assertThat(e.errors().get(0).field()).isEqualTo("choices.birthday");
                });
    }

    @Test
    void anUnknownChannelHasItsOwnProblemType() {
        assertThatThrownBy(() -> Choices.defaults().with(Map.of("new-item", List.of("email", "pigeon"))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.UNKNOWN_CHANNEL);
                    assertThat(e.errors().get(0).field()).isEqualTo("choices.new-item[1]");
                });
    }

    @Test
    void aKindWithoutAListOrWithTooManyIsInvalid() {
        java.util.HashMap<String, List<String>> nullList = new java.util.HashMap<>();
        nullList.put("new-item", null);
        assertThatThrownBy(() -> Choices.defaults().with(nullList))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.VALIDATION));
        assertThatThrownBy(() -> Choices.defaults()
                        .with(Map.of("new-item", List.of("email", "sms", "whatsapp", "letter", "email"))))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.VALIDATION));
    }
}
