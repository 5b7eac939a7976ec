package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The live pass on PostgreSQL: an open stream gets the new money state of an item within a second of the payment
 * provider's webhook, a change reaches only its holder's streams, a notification from any connection to the database
 * (another instance) reaches the streams of this one, a forged one shows nobody anything, and streams are bounded,
 * refused with problems and audited.
 */
class PassEventsIT extends DeployedPlatform {

    static final String GENK = "71016";
    static final String EVENTS = "/api/v1/me/pass/events";

    @Test
    void aPaymentSettlingAFineShowsOnTheOpenPassWithinASecondOfTheWebhookAndOnlyThere() throws Exception {
        String person = DisabledCardIT.nationalNumber();
        String token = ItTokens.citizen(person);
        JsonObject fine = openFine(person);
        String itemId = fine.getString("id");
        long cents = fine.getJsonNumber("amountDue")
                .bigDecimalValue()
                .movePointRight(2)
                .longValueExact();
        int auditedBefore = auditedStreams();

        try (EventStream mine = EventStream.open(api.base() + EVENTS, token);
                EventStream theirs =
                        EventStream.open(api.base() + EVENTS, ItTokens.citizen(DisabledCardIT.nationalNumber()))) {
            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.header("Content-Type")).startsWith("text/event-stream");
            assertThat(mine.header("Cache-Control")).contains("no-store");
            assertThat(mine.next(Duration.ofSeconds(10), e -> e.name().equals(":")))
                    .as("the stream says it stands at once")
                    .isNotNull()
                    .extracting(EventStream.Event::data)
                    .isEqualTo("keep-alive");
            assertThat(theirs.status()).isEqualTo(200);

            // The first payment warms the path (class loading, JIT); then five are measured, each from the moment
            // the provider's webhook leaves (the sandbox sends it while answering the payer's choice).
            List<Double> latencies = new ArrayList<>();
            EventStream.Event settled = null;
            JsonObject paidFine = fine;
            for (int i = 0; i < 6; i++) {
                JsonObject current = i == 0 ? fine : openFine(person);
                String currentId = current.getString("id");
                String checkout = payment(person, current);
                mine.drain();
                long webhook = System.nanoTime();
                Instant webhookAt = Instant.now();
                Api.Reply paid = api.exchange(
                        "POST",
                        checkout,
                        null,
                        Map.of("Content-Type", "application/x-www-form-urlencoded"),
                        "outcome=paid".getBytes(StandardCharsets.UTF_8));
                assertThat(paid.status()).as(paid.toString()).isEqualTo(303);
                EventStream.Event event = mine.next(
                        Duration.ofSeconds(10),
                        e -> e.name().equals("item")
                                && json(e).getString("id").equals(currentId)
                                && "PAID".equals(json(e).getString("moneyState", "")));
                assertThat(event).as("the PAID event of payment " + i).isNotNull();
                Instant committed = Instant.parse(json(event).getString("changedAt"));
                System.out.printf(
                        "LIVE payment %d: webhook to event %.1f ms (webhook to settled %d ms, settled to event %d ms)%n",
                        i,
                        (event.arrivedNanos() - webhook) / 1e6,
                        Duration.between(webhookAt, committed).toMillis(),
                        Duration.between(committed, event.arrivedAt()).toMillis());
                if (i > 0) {
                    latencies.add((event.arrivedNanos() - webhook) / 1e6);
                }
                if (i == 0) {
                    settled = event;
                    paidFine = current;
                }
            }
            assertThat(latencies)
                    .as("webhook to event, ms")
                    .allSatisfy(ms -> assertThat(ms).isLessThan(1000.0));
            assertThat(paidFine.getString("id")).isEqualTo(itemId);
            JsonObject data = json(settled);
            assertThat(data.keySet())
                    .containsExactlyInAnyOrder(
                            "id", "status", "moneyState", "amountDueCents", "paidCents", "changedAt");
            assertThat(data.getString("status")).isEqualTo("HANDLED");
            assertThat(data.getJsonNumber("amountDueCents").longValueExact()).isZero();
            assertThat(data.getJsonNumber("paidCents").longValueExact()).isEqualTo(cents);
            assertThat(Instant.parse(data.getString("changedAt")))
                    .isBefore(Instant.now().plusSeconds(1));

            // The item is the person's: another citizen's open stream heard nothing of it.
            assertThat(theirs.drain()).extracting(EventStream.Event::name).doesNotContain("item");
        }
        await("each stream is one audited read of personal data")
                .atMost(Duration.ofSeconds(5))
                .until(() -> auditedStreams() == auditedBefore + 2);
    }

    @Test
    void aNotificationFromAnotherConnectionReachesTheStreamButAForgedOneShowsNothing() throws Exception {
        String person = DisabledCardIT.nationalNumber();
        String other = DisabledCardIT.nationalNumber();
        String mineId = openFine(person).getString("id");
        String othersId = openFine(other).getString("id");
        String key = PassIT.holderKey("NN:" + person);

        try (EventStream stream = EventStream.open(api.base() + EVENTS, ItTokens.citizen(person))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.next(Duration.ofSeconds(10), e -> e.name().equals(":")))
                    .isNotNull();
            // As another instance would: a NOTIFY on the channel, committed on a connection of its own. One names
            // another person's item under this person's key; it must show nothing.
            notify(key + " " + othersId);
            notify(key + " not-a-uuid-but-fine");
            notify("62110205701 " + mineId);
            notify(key + " " + mineId);
            EventStream.Event event =
                    stream.next(Duration.ofSeconds(5), e -> e.name().equals("item"));
            assertThat(event).isNotNull();
            assertThat(json(event).getString("id")).isEqualTo(mineId);
            assertThat(json(event).getString("moneyState")).isEqualTo("OPEN");
            assertThat(stream.next(Duration.ofMillis(500), e -> e.name().equals("item")))
                    .as("nothing of anyone else's")
                    .isNull();
        }
    }

    @Test
    void streamsAreRefusedWithProblemsAndBoundedPerPerson() throws Exception {
        String person = DisabledCardIT.nationalNumber();
        String token = ItTokens.citizen(person);
        try (EventStream anonymous = EventStream.open(api.base() + EVENTS, null)) {
            assertThat(anonymous.status()).isEqualTo(401);
        }
        try (EventStream clerk = EventStream.open(api.base() + EVENTS, ItTokens.of("clerk", GENK))) {
            assertThat(clerk.status()).isEqualTo(403);
        }
        try (EventStream company = EventStream.open(api.base() + EVENTS + "?company=0207183486", token)) {
            assertThat(company.status()).isEqualTo(403);
            assertThat(company.header("Content-Type")).startsWith("application/problem+json");
        }
        try (EventStream notManager = EventStream.open(
                api.base() + EVENTS + "?company=0207183486", ItTokens.citizenForCompany(person, "0207183486"))) {
            assertThat(notManager.status())
                    .as("the token names the company, but the enterprise register does not name this person")
                    .isEqualTo(403);
        }
        try (EventStream manager = EventStream.open(
                api.base() + EVENTS + "?company=" + PassIT.COMPANY,
                ItTokens.citizenForCompany(PassIT.COMPANY_MANAGER, PassIT.COMPANY))) {
            assertThat(manager.status()).isEqualTo(200);
        }

        List<EventStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                EventStream stream = EventStream.open(api.base() + EVENTS, token);
                open.add(stream);
                assertThat(stream.status()).as("stream " + (i + 1)).isEqualTo(200);
            }
            try (EventStream sixth = EventStream.open(api.base() + EVENTS, token)) {
                assertThat(sixth.status()).isEqualTo(429);
                assertThat(sixth.header("Content-Type")).startsWith("application/problem+json");
            }
            try (EventStream someoneElse =
                    EventStream.open(api.base() + EVENTS, ItTokens.citizen(DisabledCardIT.nationalNumber()))) {
                assertThat(someoneElse.status())
                        .as("another person has places of their own")
                        .isEqualTo(200);
            }
        } finally {
            open.forEach(EventStream::close);
        }
        // A closed page frees its place once the server notices (at the next keep-alive, within 15 s).
        await("the closed streams are cleaned up")
                .atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    try (EventStream again = EventStream.open(api.base() + EVENTS, token)) {
                        return again.status() == 200;
                    }
                });
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static JsonObject json(EventStream.Event event) {
        try (var reader = Json.createReader(new StringReader(event.data()))) {
            return reader.readObject();
        }
    }

    static void notify(String payload) throws SQLException {
        try (Connection db = ItDatabase.appConnection();
                PreparedStatement notify = db.prepareStatement("select pg_notify('ptr_pass', ?)")) {
            notify.setString(1, payload);
            notify.execute();
        }
    }

    static int auditedStreams() throws SQLException {
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                PreparedStatement query = admin.prepareStatement(
                        "select count(*) from personal_data_read where resource = 'pass-events'");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    /** A notified GAS 4 fine in Genk addressed to the person, as their pass shows it. */
    JsonObject openFine(String person) {
        Api.Reply registered = api.exchange(
                "POST",
                GasFineIT.fines(GENK),
                ItTokens.of("clerk", GENK),
                headers("live-gas-"),
                GasFineIT.gas4(
                                "GAS4_CAT1",
                                EnforcementIT.freshPlate(),
                                Instant.now().minus(Duration.ofDays(2)),
                                person)
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Api.Reply notified = api.exchange(
                "POST",
                GasFineIT.fines(GENK) + "/" + registered.json().getString("id") + "/notification",
                ItTokens.of("clerk", GENK),
                headers("live-notify-"),
                "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(notified.status()).as(notified.toString()).isEqualTo(200);
        // The one open fine: the earlier ones are paid, and two fines made within a second tie in the pass order.
        return api.get("/api/v1/me/pass?kind=GAS_FINE&money=OPEN", ItTokens.citizen(person))
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
    }

    /** A sandbox payment quoting the fine's structured reference; answers its checkout address. */
    String payment(String person, JsonObject fine) {
        Api.Reply payment = api.exchange(
                "POST",
                "/api/v1/tenants/" + GENK + "/payments",
                ItTokens.of("clerk", GENK),
                headers("live-pay-"),
                Json.createObjectBuilder()
                        .add(
                                "amountCents",
                                fine.getJsonNumber("amountDue")
                                        .bigDecimalValue()
                                        .movePointRight(2)
                                        .longValueExact())
                        .add("description", "GAS-boete")
                        .add(
                                "structuredReference",
                                fine.getString("structuredReference").replaceAll("\\D", ""))
                        .add("citizenRrn", person)
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
        return payment.json().getString("checkoutUrl");
    }

    static Map<String, String> headers(String keyPrefix) {
        return Map.of(
                "Content-Type",
                "application/json",
                "Accept",
                "application/json",
                "Idempotency-Key",
                keyPrefix + UUID.randomUUID());
    }
}
