package be.ptrpas.platform.pass.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.pass.MoneyState;
import be.ptrpas.platform.pass.PassItemView;
import be.ptrpas.platform.pass.PassKind;
import be.ptrpas.platform.pass.PassStatus;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a committed change finds the open streams of its holder, and only those. */
class LiveDispatchTest {

    static final String JAN = "a".repeat(64);
    static final String PIET = "b".repeat(64);

    @Test
    void aChangeReachesEveryStreamOfItsHolderAndNoOtherHolders() {
        LiveSubscribers subscribers = new LiveSubscribers(5, 100);
        List<String> janPhone = new ArrayList<>();
        List<String> janLaptop = new ArrayList<>();
        List<String> piet = new ArrayList<>();
        subscribers.subscribe(JAN, janPhone::add);
        subscribers.subscribe(JAN, janLaptop::add);
        subscribers.subscribe(PIET, piet::add);

        String item = UUID.randomUUID().toString();
        assertThat(subscribers.deliver(new LiveChange(JAN, item))).isEqualTo(2);

        assertThat(janPhone).containsExactly(item);
        assertThat(janLaptop).containsExactly(item);
        assertThat(piet).isEmpty();
        assertThat(subscribers.deliver(new LiveChange("c".repeat(64), item)))
                .as("nobody listens for this holder")
                .isZero();
    }

    @Test
    void oneFailingStreamDoesNotKeepTheChangeFromTheOthers() {
        LiveSubscribers subscribers = new LiveSubscribers(5, 100);
        List<String> told = new ArrayList<>();
        subscribers.subscribe(JAN, id -> {
            throw new IllegalStateException("client gone");
        });
        subscribers.subscribe(JAN, told::add);

        assertThat(subscribers.deliver(new LiveChange(JAN, "item-1"))).isEqualTo(1);
        assertThat(told).containsExactly("item-1");
    }

    @Test
    void streamsAreBoundedPerHolderAndPerInstanceAndAClosedOneFreesItsPlace() {
        LiveSubscribers subscribers = new LiveSubscribers(2, 3);
        LiveSubscribers.Subscription first = subscribers.subscribe(JAN, id -> {});
        subscribers.subscribe(JAN, id -> {});
        assertThatThrownBy(() -> subscribers.subscribe(JAN, id -> {}))
                .isInstanceOfSatisfying(
                        LiveSubscribers.RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(LiveSubscribers.Refusal.HOLDER_FULL));
        assertThat(subscribers.size()).as("a refused stream takes no place").isEqualTo(2);

        subscribers.subscribe(PIET, id -> {});
        assertThatThrownBy(() -> subscribers.subscribe("c".repeat(64), id -> {}))
                .isInstanceOfSatisfying(
                        LiveSubscribers.RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(LiveSubscribers.Refusal.INSTANCE_FULL));

        first.close();
        first.close(); // twice is harmless: it frees one place only once
        assertThat(subscribers.size()).isEqualTo(2);
        assertThat(subscribers.size(JAN)).isEqualTo(1);
        List<String> told = new ArrayList<>();
        subscribers.subscribe(JAN, told::add);
        subscribers.deliver(new LiveChange(JAN, "item-2"));
        assertThat(told).containsExactly("item-2");
    }

    @Test
    void closingTheLastStreamOfAHolderForgetsTheHolder() {
        LiveSubscribers subscribers = new LiveSubscribers(5, 100);
        List<String> told = new ArrayList<>();
        subscribers.subscribe(JAN, told::add).close();

        assertThat(subscribers.size(JAN)).isZero();
        assertThat(subscribers.deliver(new LiveChange(JAN, "item-3"))).isZero();
        assertThat(told).isEmpty();
    }

    @Test
    void theMessageCarriesTheHolderKeyAndTheItemIdOnlyFarBelowNotifysLimit() {
        String item = UUID.randomUUID().toString();
        LiveChange change = new LiveChange(JAN, item);

        assertThat(change.payload()).isEqualTo(JAN + " " + item);
        assertThat(change.payload().getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(8000);
        assertThat(LiveChange.parse(change.payload())).contains(change);
    }

    @Test
    void aMessageThisPlatformDoesNotSendIsIgnored() {
        assertThat(LiveChange.parse(null)).isEmpty();
        assertThat(LiveChange.parse("no-space")).isEmpty();
        assertThat(LiveChange.parse("62110205701 item"))
                .as("a national number is no holder key")
                .isEmpty();
        assertThat(LiveChange.parse(JAN + " ../../etc")).isEmpty();
        assertThat(LiveChange.parse(JAN.toUpperCase() + " item")).isEmpty();
        assertThatThrownBy(() -> new LiveChange("62110205701", "item")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEventSaysStatusMoneyAmountDuePaidAndWhen() {
        Instant changed = Instant.parse("2026-12-08T01:02:03.456789Z");
        PassItemView item = new PassItemView(
                "1f0c",
                PassKind.GAS_FINE,
                new PassItemView.Municipality("71016", "Genk"),
                "Stad Genk",
                "GAS-1",
                "GAS 4",
                PassStatus.IN_PROGRESS,
                MoneyState.PARTLY_PAID,
                new BigDecimal("58.00"),
                new BigDecimal("20.50"),
                new BigDecimal("37.50"),
                "EUR",
                null,
                null,
                changed,
                null,
                changed);

        JsonObject data =
                Json.createReader(new StringReader(LiveStream.json(item))).readObject();

        assertThat(data.keySet())
                .containsExactlyInAnyOrder("id", "status", "moneyState", "amountDueCents", "paidCents", "changedAt");
        assertThat(data.getString("id")).isEqualTo("1f0c");
        assertThat(data.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(data.getString("moneyState")).isEqualTo("PARTLY_PAID");
        assertThat(data.getJsonNumber("amountDueCents").longValueExact()).isEqualTo(3750);
        assertThat(data.getJsonNumber("paidCents").longValueExact()).isEqualTo(2050);
        assertThat(Instant.parse(data.getString("changedAt"))).isEqualTo(changed);
    }

    @Test
    void anItemWithoutMoneySaysSo() {
        Instant changed = Instant.parse("2026-12-08T01:02:03Z");
        PassItemView card = new PassItemView(
                "c1",
                PassKind.DISABLED_CARD,
                null,
                null,
                "PK1",
                "card",
                PassStatus.HANDLED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                changed,
                null,
                changed);

        JsonObject data =
                Json.createReader(new StringReader(LiveStream.json(card))).readObject();

        assertThat(data.isNull("moneyState")).isTrue();
        assertThat(data.isNull("amountDueCents")).isTrue();
        assertThat(data.getJsonNumber("paidCents").longValueExact()).isZero();
    }
}
