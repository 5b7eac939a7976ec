package be.ptrpas.platform.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.it.clock.ItClock;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Notifications of pass events on the real platform and PostgreSQL, Genk's channels pointed at a real SMTP server
 * (GreenMail) and a faked SMS gateway and citizen portal (WireMock): a new GAS fine reaches the citizen by e-mail in
 * their language with the link to the item on their page, and the portal; an opt-out of e-mail holds; a citizen who
 * opted out of everything still gets the letter the law requires; a due date 7 days away is told once, not again on
 * the next day's sweep. National numbers never stand in clear in the outbox.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PassNotificationsIT extends DeployedPlatform {

    static final String GENK = "71016";
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    static WireMockServer vendors;
    static GreenMail mailServer;
    static int smtpPort;
    static boolean configured;

    @BeforeAll
    static void startVendors() {
        vendors = new WireMockServer(
                options().bindAddress("127.0.0.1").dynamicPort().globalTemplating(true));
        vendors.start();
        vendors.stubFor(post(urlEqualTo("/sms/messages"))
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"msg_{{jsonPath request.body '$.reference'}}\",\"status\":\"accepted\"}")));
        vendors.stubFor(
                post(urlPathEqualTo("/portal/notices")).willReturn(aResponse().withStatus(202)));
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            smtpPort = free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        mailServer = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
    }

    @AfterAll
    static void stopVendors() {
        vendors.stop();
        mailServer.stop();
    }

    @BeforeEach
    void channels() {
        if (!configured) {
            configure(
                    "email",
                    "channel-email",
                    Json.createObjectBuilder()
                            .add("transport", "smtp")
                            .add("smtpHost", "127.0.0.1")
                            .add("smtpPort", String.valueOf(smtpPort))
                            .add("fromAddress", "parkeren@genk.be")
                            .add("fromName", "Stad Genk"),
                    Json.createObjectBuilder());
            configure(
                    "sms",
                    "channel-sms",
                    Json.createObjectBuilder()
                            .add("baseUrl", "http://127.0.0.1:" + vendors.port() + "/sms")
                            .add("sender", "GENK"),
                    Json.createObjectBuilder().add("apiKey", "genk-sms-key").add("webhookSecret", "genk-sms-secret"));
            configure(
                    "citizen-portal",
                    "portal-webhook",
                    Json.createObjectBuilder()
                            .add("endpoint", "http://127.0.0.1:" + vendors.port() + "/portal/notices"),
                    Json.createObjectBuilder().add("signingSecret", "genk-portal-secret-0123456789"));
            configured = true;
        }
    }

    @AfterEach
    void setTheClockBack() {
        new ItClock(api).reset();
    }

    @Test
    @Order(1)
    void aNewGasFineReachesTheCitizenByEmailInTheirLanguageWithTheLinkToTheItem() throws Exception {
        String rrn = PreferencesIT.nationalNumber();
        String email = "fine." + token() + "@example.be";
        confirmEmail(rrn, email, "fr");

        String fine = gasFine(rrn);
        JsonObject item = passItem(rrn, fine);
        String itemId = item.getString("id");
        String link = api.base() + "/pass/items/" + itemId + "?lang=fr";

        await("the e-mail about the fine", () -> mailsTo(email).stream().anyMatch(m -> text(m).contains(link)));
        List<MimeMessage> mails =
                mailsTo(email).stream().filter(m -> text(m).contains(link)).toList();
        MimeMessage created = mails.stream()
                .filter(m -> subject(m).startsWith("Nouveau dans votre PTR-pas"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mail about the new fine among " + subjects(mails)));
        assertThat(subject(created))
                .isEqualTo("Nouveau dans votre PTR-pas : amende SAC " + item.getString("reference"));
        assertThat(text(created)).contains("Genk a ajouté une amende SAC à votre PTR-pas.");
        // The fine notified: money open, amount and due date in French.
        await(
                "the e-mail about the fine to be paid",
                () -> mailsTo(email).stream().anyMatch(m -> text(m).contains("Reste à payer")));
        MimeMessage payable = mailsTo(email).stream()
                .filter(m -> text(m).contains("Reste à payer"))
                .findFirst()
                .orElseThrow();
        assertThat(text(payable))
                .contains("Genk")
                .contains(item.getString("reference"))
                .contains("€")
                .contains("À payer au plus tard le")
                .contains(link);

        // The citizen portal heard of it too, with the same link; the outbox never held the number in clear.
        await(
                "the portal notice",
                () -> vendors.findAll(postRequestedFor(urlPathEqualTo("/portal/notices"))).stream()
                        .anyMatch(r -> r.getBodyAsString().contains(rrn)
                                && r.getBodyAsString().contains(itemId)));
        assertThat(count("select count(*) from outbox_message where payload like '%" + rrn + "%'"))
                .as("no national number in clear in the outbox")
                .isZero();
        assertThat(count("select count(*) from notification_holder where sealed_holder like '%" + rrn + "%'"))
                .isZero();
        assertThat(count("select count(*) from notification_holder where sealed_holder like 'v1:%'"))
                .isPositive();
    }

    @Test
    @Order(2)
    void anOptOutOfEmailHoldsWhileTheChosenSmsGoes() throws Exception {
        String rrn = PreferencesIT.nationalNumber();
        String email = "nomail." + token() + "@example.be";
        String phone = "+32470" + rrn.substring(5, 11);
        confirmEmail(rrn, email, "nl");
        confirmPhone(rrn, phone);
        assertThat(putPreferences(rrn, Json.createObjectBuilder().add("choices", everyKind("sms")))
                        .status())
                .isEqualTo(200);

        String itemId = passItem(rrn, gasFine(rrn)).getString("id");
        await(
                "the text message about the fine",
                () -> smsTo(phone).stream().anyMatch(body -> body.contains("/pass/items/" + itemId)));
        await(
                "every message about the fine delivered",
                () -> messagesAbout(itemId).stream().allMatch(m -> m.status().equals("DELIVERED"))
                        && messagesAbout(itemId).size() == 2);
        assertThat(messagesAbout(itemId)).extracting(QueuedMessage::slot).containsOnly("sms");
        assertThat(mailsTo(email).stream().map(PassNotificationsIT::subject))
                .as("only the confirmation code came by e-mail")
                .allSatisfy(subject -> assertThat(subject).containsIgnoringCase("bevestigingscode"));
    }

    @Test
    @Order(3)
    void aCitizenWhoOptedOutOfEverythingGetsTheLetterTheLawRequires() throws Exception {
        String rrn = PreferencesIT.nationalNumber();
        assertThat(putPreferences(rrn, Json.createObjectBuilder().add("choices", everyKind()))
                        .status())
                .isEqualTo(200);

        String itemId = passItem(rrn, gasFine(rrn)).getString("id");
        await(
                "the letter is delivered",
                () -> messagesAbout(itemId).stream()
                        .anyMatch(m -> m.slot().equals("letter") && m.status().equals("DELIVERED")));
        List<QueuedMessage> messages = messagesAbout(itemId);
        assertThat(messages)
                .as("registered (nothing owed yet): nothing; notified: the legally required letter, only")
                .hasSize(1);
        JsonObject payload = Api.parse(messages.get(0).payload());
        assertThat(payload.getJsonObject("recipient").getJsonObject("address").getString("postalCode"))
                .as("to the domicile from the person register")
                .isNotBlank();
        assertThat(payload.getJsonObject("parameters").getString("body"))
                .contains("Genk")
                .contains("/pass/items/" + itemId)
                .endsWith("U ontvangt deze brief omdat de wet ons verplicht u hiervan op de hoogte te brengen.");
    }

    @Test
    @Order(4)
    void aDueDateSevenDaysAwayIsToldOnceNotAgainOnTheNextDaysSweep() throws Exception {
        String rrn = PreferencesIT.nationalNumber();
        String email = "due." + token() + "@example.be";
        confirmEmail(rrn, email, "en");
        ItClock clock = new ItClock(api);

        JsonObject first = passItem(rrn, gasFine(rrn));
        LocalDate due = LocalDate.parse(first.getString("dueDate"));
        LocalDate today = Instant.now().atZone(BRUSSELS).toLocalDate();
        // A second fine notified a day later falls due a day later: its notice shows the next day's sweep ran.
        clock.moveTo(Duration.ofDays(1));
        JsonObject second = passItem(rrn, gasFine(rrn));
        assertThat(LocalDate.parse(second.getString("dueDate"))).isEqualTo(due.plusDays(1));

        long daysToWindow = ChronoUnit.DAYS.between(today, due.minusDays(7));
        clock.moveTo(Duration.ofDays(daysToWindow));
        await("the first fine is due in 7 days", () -> dueSoonNotices(first.getString("id")) == 1);
        await(
                "its e-mail",
                () -> mailsTo(email).stream().anyMatch(m -> subject(m).startsWith("Due soon")));
        assertThat(dueSoonNotices(second.getString("id"))).as("8 days away").isZero();

        clock.moveTo(Duration.ofDays(daysToWindow + 1));
        await("the second fine is due in 7 days", () -> dueSoonNotices(second.getString("id")) == 1);
        assertThat(dueSoonNotices(first.getString("id")))
                .as("the first, 6 days away now, is not told twice")
                .isEqualTo(1);
        await(
                "both e-mails",
                () -> mailsTo(email).stream()
                                .filter(m -> subject(m).startsWith("Due soon"))
                                .count()
                        == 2);
        MimeMessage told = mailsTo(email).stream()
                .filter(m -> subject(m).startsWith("Due soon") && subject(m).contains(first.getString("reference")))
                .findFirst()
                .orElseThrow();
        assertThat(text(told))
                .contains("is due on")
                .contains(api.base() + "/pass/items/" + first.getString("id") + "?lang=en");
    }

    // --- helpers

    void configure(String slot, String providerId, JsonObjectBuilder config, JsonObjectBuilder secrets) {
        Api.Reply reply = api.put(
                "/api/v1/tenants/" + GENK + "/plugins/" + slot,
                ItTokens.operator(),
                Json.createObjectBuilder()
                        .add("providerId", providerId)
                        .add("config", config)
                        .add("secrets", secrets)
                        .build());
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
    }

    Api.Reply putPreferences(String rrn, JsonObjectBuilder body) {
        return api.send(
                "PUT", PreferencesIT.PATH, ItTokens.citizen(rrn), body.build().toString(), "application/json", null);
    }

    void confirmEmail(String rrn, String email, String language) throws SQLException {
        Api.Reply put = putPreferences(
                rrn, Json.createObjectBuilder().add("language", language).add("email", email));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        String code = PreferencesIT.sentTo(email).getJsonObject("parameters").getString("code");
        confirm(rrn, "email", code);
    }

    void confirmPhone(String rrn, String phone) throws SQLException {
        Api.Reply put = putPreferences(rrn, Json.createObjectBuilder().add("phone", phone));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        String code =
                PreferencesIT.sentTo(phone, "sms").getJsonObject("parameters").getString("code");
        confirm(rrn, "phone", code);
    }

    void confirm(String rrn, String contact, String code) {
        Api.Reply confirmed = api.post(
                PreferencesIT.PATH + "/contacts/" + contact + "/confirm",
                ItTokens.citizen(rrn),
                Json.createObjectBuilder().add("code", code).build());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    }

    /** Something unique that is not a national number (an address made of one would put it in the outbox). */
    static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonArrayBuilder channels(String... channels) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        Arrays.stream(channels).forEach(array::add);
        return array;
    }

    static JsonObjectBuilder everyKind(String... channels) {
        JsonObjectBuilder choices = Json.createObjectBuilder();
        for (String kind : List.of("new-item", "status-change", "money-change", "due-soon", "permit-expiring")) {
            choices.add(kind, channels(channels));
        }
        return choices;
    }

    /** A GAS 4 fine of Genk for this person, registered and notified; answers its id. */
    String gasFine(String rrn) {
        Api.Reply registered = api.exchange(
                "POST",
                GasFineIT.fines(GENK),
                ItTokens.of("clerk", GENK),
                Map.of(
                        "Content-Type", "application/json",
                        "Accept", "application/json",
                        "Idempotency-Key", "notify-gas-" + UUID.randomUUID()),
                GasFineIT.gas4(
                                "GAS4_CAT1",
                                EnforcementIT.freshPlate(),
                                Instant.now().minus(Duration.ofDays(2)),
                                rrn)
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().getString("id");
        Api.Reply notified = api.exchange(
                "POST",
                GasFineIT.fines(GENK) + "/" + id + "/notification",
                ItTokens.of("clerk", GENK),
                Map.of(
                        "Content-Type", "application/json",
                        "Accept", "application/json",
                        "Idempotency-Key", "notify-notification-" + UUID.randomUUID()),
                "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(notified.status()).as(notified.toString()).isEqualTo(200);
        return registered.json().getString("reference");
    }

    /** The pass item of the fine with this reference, as its holder sees it. */
    JsonObject passItem(String rrn, String reference) {
        Api.Reply pass = api.get("/api/v1/me/pass?kind=GAS_FINE", ItTokens.citizen(rrn));
        assertThat(pass.status()).as(pass.toString()).isEqualTo(200);
        return pass.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("reference").equals(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item " + reference + " in " + pass.body()));
    }

    record QueuedMessage(String slot, String status, String payload) {}

    /** The messages queued for the pass notices about this item (joined by the notice's id in their key). */
    static List<QueuedMessage> messagesAbout(String itemId) {
        String sql = "select m.slot, m.status, m.payload from outbox_message m join outbox_message n"
                + " on m.dedupe_key like 'message:%:pass-notice:' || n.id || ':%'"
                + " where n.kind = 'PASS_NOTICE' and n.payload like ?";
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                PreparedStatement query = admin.prepareStatement(sql)) {
            query.setString(1, "%\"" + itemId + "\"%");
            List<QueuedMessage> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new QueuedMessage(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long dueSoonNotices(String itemId) {
        return count("select count(*) from outbox_message where kind = 'PASS_NOTICE'"
                + " and dedupe_key like 'pass-notice:due-soon:" + itemId + ":%'");
    }

    static long count(String sql) {
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                PreparedStatement query = admin.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mailServer.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(to -> to.toString().contains(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    static List<String> smsTo(String phone) {
        return vendors.findAll(postRequestedFor(urlEqualTo("/sms/messages"))).stream()
                .map(r -> r.getBodyAsString())
                .filter(body -> body.contains(phone))
                .toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> subjects(List<MimeMessage> messages) {
        return messages.stream().map(PassNotificationsIT::subject).toList();
    }

    /** The plain-text part, decoded. */
    static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof MimeMultipart parts) {
                return String.valueOf(parts.getBodyPart(0).getContent());
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(String what, Supplier<Boolean> condition) {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Boolean.TRUE.equals(condition.get()));
    }
}
