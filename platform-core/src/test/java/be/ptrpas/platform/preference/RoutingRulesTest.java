package be.ptrpas.platform.preference;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.spi.messaging.PostalAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoutingRulesTest {

    static final String EMAIL = "an@example.be";
    static final String PHONE = "+32470123456";
    static final PostalAddress OWN = new PostalAddress("Meir", "1", null, "2000", "Antwerpen", "BE");
    static final PostalAddress DOMICILE = new PostalAddress("Grote Markt", "7", "2", "3500", "Hasselt", "BE");
    static final Supplier<PostalAddress> NO_DOMICILE = () -> null;

    static RoutingRules.Known known(String email, String phone, PostalAddress address, Choices choices) {
        return new RoutingRules.Known(Language.FR, email, phone, address, choices);
    }

    static Choices all(String... channels) {
        return Choices.defaults()
                .with(Map.of(
                        "new-item", List.of(channels),
                        "status-change", List.of(channels),
                        "money-change", List.of(channels),
                        "due-soon", List.of(channels),
                        "permit-expiring", List.of(channels)));
    }

    static List<Channel> channels(Routing routing) {
        return routing.routes().stream().map(Routing.Route::channel).toList();
    }

    @Test
    void everyChosenChannelWithAConfirmedContactIsUsedWithThatContact() {
        Routing routing = RoutingRules.decide(
                known(EMAIL, PHONE, OWN, all("email", "sms", "whatsapp", "letter")),
                EventKind.NEW_ITEM,
                false,
                NO_DOMICILE);
        assertThat(routing.routes())
                .containsExactly(
                        new Routing.Route(Channel.EMAIL, EMAIL, null),
                        new Routing.Route(Channel.SMS, PHONE, null),
                        new Routing.Route(Channel.WHATSAPP, PHONE, null),
                        new Routing.Route(Channel.LETTER, null, OWN));
        assertThat(routing.fallback()).isFalse();
        assertThat(routing.language()).isEqualTo(Language.FR);
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void aChannelTheCitizenOptedOutOfIsNeverUsedEvenForLegallyRequiredNotices(EventKind kind) {
        Choices onlySms = Choices.defaults().with(Map.of(kind.code(), List.of("sms")));
        for (boolean legal : new boolean[] {false, true}) {
            Routing routing = RoutingRules.decide(known(EMAIL, PHONE, OWN, onlySms), kind, legal, NO_DOMICILE);
            assertThat(channels(routing)).as("legally required: " + legal).containsExactly(Channel.SMS);
        }
    }

    @Test
    void choicesArePerKindOfEvent() {
        Choices choices = Choices.defaults()
                .with(Map.of("money-change", List.of("whatsapp"), "permit-expiring", List.of("email", "sms")));
        RoutingRules.Known known = known(EMAIL, PHONE, null, choices);
        assertThat(channels(RoutingRules.decide(known, EventKind.MONEY_CHANGE, false, NO_DOMICILE)))
                .containsExactly(Channel.WHATSAPP);
        assertThat(channels(RoutingRules.decide(known, EventKind.PERMIT_EXPIRING, false, NO_DOMICILE)))
                .containsExactly(Channel.EMAIL, Channel.SMS);
        assertThat(channels(RoutingRules.decide(known, EventKind.NEW_ITEM, false, NO_DOMICILE)))
                .containsExactly(Channel.EMAIL);
    }

    @Test
    void aChosenChannelWithoutAConfirmedContactIsSkipped() {
        Routing routing = RoutingRules.decide(
                known(null, PHONE, null, all("email", "whatsapp")), EventKind.STATUS_CHANGE, false, NO_DOMICILE);
        assertThat(channels(routing)).containsExactly(Channel.WHATSAPP);
    }

    @Test
    void optedOutOfEverythingAndNotRequiredMeansNothing() {
        Routing routing =
                RoutingRules.decide(known(EMAIL, PHONE, OWN, all()), EventKind.NEW_ITEM, false, () -> DOMICILE);
        assertThat(routing.isEmpty()).isTrue();
        assertThat(routing.fallback()).isFalse();
    }

    @Test
    void optedOutOfEverythingButLegallyRequiredMeansALetterToTheirOwnAddress() {
        Routing routing =
                RoutingRules.decide(known(EMAIL, PHONE, OWN, all()), EventKind.MONEY_CHANGE, true, () -> DOMICILE);
        assertThat(routing.routes()).containsExactly(new Routing.Route(Channel.LETTER, null, OWN));
        assertThat(routing.fallback()).isTrue();
    }

    @Test
    void noConfirmedContactAndLegallyRequiredMeansALetterToTheDomicile() {
        Routing routing = RoutingRules.decide(
                known(null, null, null, all("email", "sms")), EventKind.DUE_SOON, true, () -> DOMICILE);
        assertThat(routing.routes()).containsExactly(new Routing.Route(Channel.LETTER, null, DOMICILE));
        assertThat(routing.fallback()).isTrue();
    }

    @Test
    void noConfirmedContactAndNotRequiredMeansNothing() {
        Routing routing = RoutingRules.decide(
                known(null, null, null, all("email", "sms")), EventKind.DUE_SOON, false, () -> DOMICILE);
        assertThat(routing.isEmpty()).isTrue();
    }

    @Test
    void aLegalLetterWithNoAddressAnywhereStillGoesOutForSomeoneToAddress() {
        Routing routing = RoutingRules.decide(known(null, null, null, all()), EventKind.NEW_ITEM, true, NO_DOMICILE);
        assertThat(routing.routes()).containsExactly(new Routing.Route(Channel.LETTER, null, null));
        assertThat(routing.fallback()).isTrue();
    }

    @Test
    void aChosenLetterGoesToTheDomicileWhenNoOwnAddressAndIsSkippedWhenThereIsNone() {
        assertThat(RoutingRules.decide(
                                known(null, null, null, all("letter")), EventKind.NEW_ITEM, false, () -> DOMICILE)
                        .routes())
                .containsExactly(new Routing.Route(Channel.LETTER, null, DOMICILE));
        assertThat(RoutingRules.decide(known(null, null, null, all("letter")), EventKind.NEW_ITEM, false, NO_DOMICILE)
                        .isEmpty())
                .isTrue();
    }

    @Test
    void theRegisterIsOnlyAskedWhenALetterNeedsAnAddress() {
        AtomicInteger asked = new AtomicInteger();
        Supplier<PostalAddress> counting = () -> {
            asked.incrementAndGet();
            return DOMICILE;
        };
        RoutingRules.decide(known(EMAIL, null, null, all("email")), EventKind.NEW_ITEM, true, counting);
        RoutingRules.decide(known(EMAIL, null, OWN, all("email", "letter")), EventKind.NEW_ITEM, true, counting);
        assertThat(asked).hasValue(0);
        RoutingRules.decide(known(null, null, null, all()), EventKind.NEW_ITEM, true, counting);
        assertThat(asked).hasValue(1);
    }

    @Test
    void aChosenChannelThatReachesNobodyDoesNotBlockTheLegalFallback() {
        // WhatsApp chosen, but no confirmed number: nothing reaches the citizen, so a required notice goes by letter.
        Routing routing =
                RoutingRules.decide(known(EMAIL, null, OWN, all("whatsapp")), EventKind.NEW_ITEM, true, NO_DOMICILE);
        assertThat(routing.routes()).containsExactly(new Routing.Route(Channel.LETTER, null, OWN));
        assertThat(routing.fallback()).isTrue();
    }

    @Test
    void aLegalNoticeThatReachesTheCitizenOnAChosenChannelAddsNoLetter() {
        Routing routing =
                RoutingRules.decide(known(EMAIL, null, OWN, all("email")), EventKind.MONEY_CHANGE, true, NO_DOMICILE);
        assertThat(channels(routing)).containsExactly(Channel.EMAIL);
        assertThat(routing.fallback()).isFalse();
    }

    @Test
    void routesGiveTheRecipientAChannelNeedsInTheCitizensLanguage() {
        Routing routing = RoutingRules.decide(
                known(EMAIL, PHONE, OWN, all("email", "sms", "letter")), EventKind.NEW_ITEM, false, NO_DOMICILE);
        var recipients = routing.routes().stream()
                .map(route -> route.recipient(routing.language()))
                .toList();
        assertThat(recipients.get(0).email()).isEqualTo(EMAIL);
        assertThat(recipients.get(0).phone()).isNull();
        assertThat(recipients.get(1).phone()).isEqualTo(PHONE);
        assertThat(recipients.get(1).email()).isNull();
        assertThat(recipients.get(2).address()).isEqualTo(OWN);
        assertThat(recipients).allSatisfy(r -> assertThat(r.language()).isEqualTo(Locale.FRENCH));
    }

    @Test
    void aChannelTheSenderOffersNoPluginForIsSkippedAndTheOthersStillGo() {
        Routing routing = RoutingRules.decide(
                known(EMAIL, PHONE, OWN, all("email", "sms")),
                EventKind.STATUS_CHANGE,
                false,
                java.util.EnumSet.of(Channel.EMAIL, Channel.LETTER),
                NO_DOMICILE);
        assertThat(channels(routing)).containsExactly(Channel.EMAIL);
    }

    @Test
    void theLegalLetterGoesOnlyWhereLettersCanBeSent() {
        Choices none = all();
        Routing withLetters = RoutingRules.decide(
                known(EMAIL, PHONE, null, none),
                EventKind.NEW_ITEM,
                true,
                java.util.EnumSet.of(Channel.EMAIL, Channel.LETTER),
                () -> DOMICILE);
        assertThat(withLetters.routes()).containsExactly(new Routing.Route(Channel.LETTER, null, DOMICILE));
        assertThat(withLetters.fallback()).isTrue();

        Routing withoutLetters = RoutingRules.decide(
                known(EMAIL, PHONE, null, none),
                EventKind.NEW_ITEM,
                true,
                java.util.EnumSet.of(Channel.EMAIL, Channel.SMS),
                () -> DOMICILE);
        assertThat(withoutLetters.isEmpty()).isTrue();
    }

    @Test
    void aCitizenWithoutPreferencesGetsNothingButTheLegalLetter() {
        // No record: the defaults (e-mail for every kind) without a confirmed address.
        RoutingRules.Known nobody = new RoutingRules.Known(Language.NL, null, null, null, Choices.defaults());
        for (EventKind kind : EventKind.values()) {
            assertThat(RoutingRules.decide(nobody, kind, false, NO_DOMICILE).isEmpty())
                    .as(kind.code())
                    .isTrue();
        }
        Routing legal = RoutingRules.decide(nobody, EventKind.NEW_ITEM, true, () -> DOMICILE);
        assertThat(legal.routes()).containsExactly(new Routing.Route(Channel.LETTER, null, DOMICILE));
    }
}
