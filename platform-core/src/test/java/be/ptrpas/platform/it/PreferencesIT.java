package be.ptrpas.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.it.clock.ItClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A citizen's notification preferences on the real platform and PostgreSQL: defaults, changes with If-Match, new
 * contacts confirmed with the code the platform sent (read back from the outbox the message went into), opt-outs at
 * once, the code's limits, isolation between citizens (the API and row-level security), storage without national
 * numbers or contact data in clear, and the audit of reads and changes.
 */
class PreferencesIT extends DeployedPlatform {

    static final String PATH = "/api/v1/me/preferences";
    static final String SENDER = "71016"; // ptr.preferences.sender-municipality in arquillian.xml

    @AfterEach
    void setTheClockBack() {
        new ItClock(api).reset();
    }

    @Test
    void aNewCitizenGetsTheDefaults() {
        Api.Reply reply = api.get(PATH, ItTokens.citizen(nationalNumber()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject prefs = reply.json();
        assertThat(prefs.getString("language")).isEqualTo("nl");
        assertThat(unset(prefs, "email")).isTrue();
        assertThat(unset(prefs, "phone")).isTrue();
        assertThat(prefs.getJsonArray("pending")).isEmpty();
        assertThat(prefs.getJsonObject("choices").keySet())
                .containsExactly("new-item", "status-change", "money-change", "due-soon", "permit-expiring");
        prefs.getJsonObject("choices")
                .values()
                .forEach(channels -> assertThat(channels.toString()).isEqualTo("[\"email\"]"));
        assertThat(reply.raw().headers().firstValue("ETag")).hasValue("\"0\"");
    }

    @Test
    void aNewEmailAddressCountsOnlyOnceConfirmedWithTheCodeSentToIt() throws Exception {
        String rrn = nationalNumber();
        String me = ItTokens.citizen(rrn);
        String email = "an." + rrn + "@Example.BE";
        Api.Reply put = put(
                me,
                Json.createObjectBuilder()
                        .add("language", "fr")
                        .add("email", email)
                        .add(
                                "address",
                                Json.createObjectBuilder()
                                        .add("street", "Meir")
                                        .add("houseNumber", "12A")
                                        .add("postalCode", "2000")
                                        .add("municipality", "Antwerpen")),
                "\"0\"");
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        JsonObject changed = put.json();
        assertThat(changed.getString("language")).isEqualTo("fr");
        assertThat(unset(changed, "email")).as("not before it is confirmed").isTrue();
        assertThat(changed.getJsonObject("address").getString("countryCode")).isEqualTo("BE");
        String stored = "an." + rrn + "@example.be";
        assertThat(changed.getJsonArray("pending")).hasSize(1);
        JsonObject pending = changed.getJsonArray("pending").getJsonObject(0);
        assertThat(pending.getString("contact")).isEqualTo("email");
        assertThat(pending.getString("value")).isEqualTo(stored);
        assertThat(pending.getInt("attemptsLeft")).isEqualTo(5);

        JsonObject message = sentTo(stored);
        assertThat(message.getJsonObject("recipient").getString("language")).isEqualTo("fr");
        assertThat(message.getJsonObject("parameters").getString("subject")).contains("code de confirmation");
        String code = message.getJsonObject("parameters").getString("code");
        assertThat(code).matches("\\d{6}");
        assertThat(message.getJsonObject("parameters").getString("body")).contains(code);

        Api.Reply wrong = confirm(me, "email", otherThan(code));
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
        assertThat(wrong.problemType()).endsWith("/confirmation-code-wrong");
        assertThat(wrong.json().getString("detail")).contains("4 attempts left");

        Api.Reply confirmed = confirm(me, "email", code);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().getString("email")).isEqualTo(stored);
        assertThat(confirmed.json().getJsonArray("pending")).isEmpty();
        assertThat(api.get(PATH, me).json().getString("email")).isEqualTo(stored);

        // The same code does not work twice.
        Api.Reply again = confirm(me, "email", code);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.problemType()).endsWith("/no-pending-confirmation");

        // What is stored: no national number, no contact data in clear, the code only as a hash.
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                Statement sql = admin.createStatement()) {
            List<String> everything = new ArrayList<>();
            for (String table : List.of("citizen_preference", "contact_confirmation", "citizen_preference_event")) {
                try (ResultSet rows = sql.executeQuery("select * from " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            everything.add(String.valueOf(rows.getObject(i)));
                        }
                    }
                }
            }
            assertThat(String.join("|", everything))
                    .doesNotContain(rrn)
                    .doesNotContainIgnoringCase(stored)
                    .doesNotContain("Meir")
                    .contains(citizenKey(rrn));
            try (ResultSet row =
                    sql.executeQuery("select email, postal_address from citizen_preference where citizen_key = '"
                            + citizenKey(rrn) + "'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).startsWith("v1:");
                assertThat(row.getString(2)).startsWith("v1:");
            }
        }
    }

    @Test
    void aMobileNumberIsConfirmedWithACodeByTextMessageOnTheSenderMunicipalitysChannel() throws Exception {
        String rrn = nationalNumber();
        String me = ItTokens.citizen(rrn);
        // Genk, the sender municipality, has no SMS channel yet: the change is refused whole, nothing is pending.
        Api.Reply noChannel = put(me, Json.createObjectBuilder().add("phone", "0470 12 34 56"), null);
        assertThat(noChannel.status()).as(noChannel.toString()).isEqualTo(409);
        assertThat(noChannel.problemType()).endsWith("/plugin-not-configured");
        assertThat(api.get(PATH, me).json().getJsonArray("pending")).isEmpty();

        Api.Reply sms = api.put(
                "/api/v1/tenants/" + SENDER + "/plugins/sms",
                ItTokens.operator(),
                Json.createObjectBuilder()
                        .add("providerId", "channel-sms")
                        .add(
                                "config",
                                Json.createObjectBuilder()
                                        .add("baseUrl", "http://127.0.0.1:9/sms")
                                        .add("sender", "GENK"))
                        .add(
                                "secrets",
                                Json.createObjectBuilder()
                                        .add("apiKey", "it-sms-" + rrn)
                                        .add("webhookSecret", "it-webhook-secret-" + rrn))
                        .build());
        assertThat(sms.status()).as(sms.toString()).isIn(200, 201);

        Api.Reply put = put(me, Json.createObjectBuilder().add("phone", "0470 12 34 56"), null);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(unset(put.json(), "phone")).isTrue();
        JsonObject message = sentTo("+32470123456", "sms");
        assertThat(message.getJsonObject("recipient").getString("phone")).isEqualTo("+32470123456");
        assertThat(message.getJsonObject("parameters").getString("subject")).contains("bevestigingscode");

        // The same number again while its code is on its way: no second code.
        assertThat(put(me, Json.createObjectBuilder().add("phone", "+32 470 12 34 56"), null)
                        .status())
                .isEqualTo(200);
        assertThat(messagesTo("+32470123456", "sms")).isEqualTo(1);

        Api.Reply confirmed =
                confirm(me, "phone", message.getJsonObject("parameters").getString("code"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().getString("phone")).isEqualTo("+32470123456");

        // Removing the number takes effect at once.
        Api.Reply removed = put(me, Json.createObjectBuilder().add("phone", ""), null);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(unset(removed.json(), "phone")).isTrue();
    }

    @Test
    void anOptOutTakesEffectAtOnceAndAStaleVersionIsRefused() {
        String me = ItTokens.citizen(nationalNumber());
        JsonObjectBuilder choices = Json.createObjectBuilder()
                .add(
                        "choices",
                        Json.createObjectBuilder()
                                .add("new-item", Json.createArrayBuilder())
                                .add(
                                        "due-soon",
                                        Json.createArrayBuilder().add("sms").add("email")));
        Api.Reply first = put(me, choices, "\"0\"");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.raw().headers().firstValue("ETag")).hasValue("\"1\"");
        JsonObject read = api.get(PATH, me).json().getJsonObject("choices");
        assertThat(read.getJsonArray("new-item")).isEmpty();
        assertThat(read.getJsonArray("due-soon").toString()).isEqualTo("[\"email\",\"sms\"]");
        assertThat(read.getJsonArray("money-change").toString()).isEqualTo("[\"email\"]");

        Api.Reply second = put(me, Json.createObjectBuilder().add("language", "en"), "\"1\"");
        assertThat(second.status()).as(second.toString()).isEqualTo(200);

        Api.Reply stale = put(me, Json.createObjectBuilder().add("language", "fr"), "\"1\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.problemType()).endsWith("/precondition-failed");
        assertThat(api.get(PATH, me).json().getString("language")).isEqualTo("en");
    }

    @Test
    void badInputGetsAProblemWithItsOwnType() {
        String me = ItTokens.citizen(nationalNumber());
        assertProblem(
                put(me, Json.createObjectBuilder().add("email", "jan@localhost"), null),
                400,
                "invalid-email-address",
                "email");
        assertProblem(
                put(me, Json.createObjectBuilder().add("phone", "011 23 45 67"), null),
                400,
                "invalid-phone-number",
                "phone");
        assertProblem(
                put(me, Json.createObjectBuilder().add("phone", "not a number"), null),
                400,
                "invalid-phone-number",
                "phone");
        assertProblem(
                put(
                        me,
                        Json.createObjectBuilder()
                                .add(
                                        "choices",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "new-item",
                                                        Json.createArrayBuilder()
                                                                .add("pigeon"))),
                        null),
                400,
                "unknown-channel",
                "choices.new-item[0]");
        assertProblem(
                put(
                        me,
                        Json.createObjectBuilder()
                                .add("choices", Json.createObjectBuilder().add("birthday", Json.createArrayBuilder())),
                        null),
                400,
                "unknown-event-kind",
                "choices.birthday");
        assertProblem(put(me, Json.createObjectBuilder().add("language", "de"), null), 400, "validation", "language");
        assertProblem(confirm(me, "pigeon", "123456"), 400, "unknown-channel", null);
        assertProblem(confirm(me, "email", "12345"), 400, "validation", "code");
        assertProblem(confirm(me, "email", "123456"), 409, "no-pending-confirmation", null);
        // Nothing was stored by the refused requests.
        assertThat(api.get(PATH, me).raw().headers().firstValue("ETag")).hasValue("\"0\"");
    }

    @Test
    void aCodeExpiresAfterFifteenMinutes() throws Exception {
        String rrn = nationalNumber();
        String me = ItTokens.citizen(rrn);
        String email = "late." + rrn + "@example.be";
        assertThat(put(me, Json.createObjectBuilder().add("email", email), null).status())
                .isEqualTo(200);
        String code = sentTo(email).getJsonObject("parameters").getString("code");
        new ItClock(api).moveTo(Duration.ofMinutes(16));
        assertProblem(confirm(me, "email", code), 422, "confirmation-code-expired", null);
        assertProblem(confirm(me, "email", code), 409, "no-pending-confirmation", null);
        assertThat(unset(api.get(PATH, me).json(), "email")).isTrue();
    }

    @Test
    void fiveWrongCodesEndTheConfirmation() throws Exception {
        String rrn = nationalNumber();
        String me = ItTokens.citizen(rrn);
        String email = "guess." + rrn + "@example.be";
        assertThat(put(me, Json.createObjectBuilder().add("email", email), null).status())
                .isEqualTo(200);
        String code = sentTo(email).getJsonObject("parameters").getString("code");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertProblem(confirm(me, "email", otherThan(code)), 422, "confirmation-code-wrong", null);
        }
        assertProblem(confirm(me, "email", otherThan(code)), 429, "confirmation-attempts-exhausted", null);
        // Even the right code no longer works.
        assertProblem(confirm(me, "email", code), 409, "no-pending-confirmation", null);
        assertThat(unset(api.get(PATH, me).json(), "email")).isTrue();
    }

    @Test
    void atMostFiveCodesAnHourAreSent() throws Exception {
        String rrn = nationalNumber();
        String me = ItTokens.citizen(rrn);
        for (int i = 1; i <= 5; i++) {
            Api.Reply sent =
                    put(me, Json.createObjectBuilder().add("email", "n" + i + "." + rrn + "@example.be"), null);
            assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        }
        Api.Reply sixth = put(me, Json.createObjectBuilder().add("email", "n6." + rrn + "@example.be"), null);
        assertProblem(sixth, 429, "confirmation-rate-limited", null);
        assertThat(messagesTo("n6." + rrn + "@example.be", "email")).isZero();
        // Only the latest address can still be confirmed.
        assertThat(api.get(PATH, me)
                        .json()
                        .getJsonArray("pending")
                        .getJsonObject(0)
                        .getString("value"))
                .isEqualTo("n5." + rrn + "@example.be");
        new ItClock(api).moveTo(Duration.ofMinutes(61));
        assertThat(put(me, Json.createObjectBuilder().add("email", "n6." + rrn + "@example.be"), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anotherCitizenNeverSeesOrChangesMine() throws Exception {
        String mine = nationalNumber();
        String theirs = nationalNumber();
        String me = ItTokens.citizen(mine);
        String them = ItTokens.citizen(theirs);
        String email = "mine." + mine + "@example.be";
        assertThat(put(me, Json.createObjectBuilder().add("email", email).add("language", "fr"), null)
                        .status())
                .isEqualTo(200);
        String code = sentTo(email).getJsonObject("parameters").getString("code");

        Api.Reply theirView = api.get(PATH, them);
        assertThat(theirView.json().getString("language")).isEqualTo("nl");
        assertThat(theirView.body()).doesNotContain(email);
        // My code does nothing for them, and uses none of my attempts.
        assertProblem(confirm(them, "email", code), 409, "no-pending-confirmation", null);
        assertThat(put(them, Json.createObjectBuilder().add("language", "en"), null)
                        .status())
                .isEqualTo(200);
        assertThat(api.get(PATH, me).json().getString("language")).isEqualTo("fr");
        assertThat(confirm(me, "email", code).status()).isEqualTo(200);

        // Row-level security: as the platform's role, a transaction sees a citizen's rows only when bound to them.
        try (Connection app = ItDatabase.appConnection()) {
            app.setAutoCommit(false);
            assertThat(count(app, "citizen_preference")).isZero();
            assertThat(count(app, "contact_confirmation")).isZero();
            bind(app, citizenKey(mine));
            assertThat(count(app, "citizen_preference")).isEqualTo(1);
            assertThat(count(app, "citizen_preference_event")).isGreaterThanOrEqualTo(2);
            try (PreparedStatement insert = app.prepareStatement(
                    "insert into citizen_preference_event (id, citizen_key, occurred_at, action, actor, actor_role) "
                            + "values ('forged', ?, now(), 'update', 'x', 'x')")) {
                insert.setString(1, citizenKey(theirs));
                assertThat(failsWith(insert)).contains("row-level security");
            }
            app.rollback();
            bind(app, citizenKey(theirs));
            assertThat(count(app, "citizen_preference")).isEqualTo(1);
            assertThat(count(app, "contact_confirmation")).isZero();
            app.rollback();
        }
    }

    @Test
    void municipalRolesAndAnonymousCallersAreRefused() {
        for (String role : List.of("admin", "clerk", "warden", "official")) {
            String token = ItTokens.valid(role, SENDER);
            assertThat(api.get(PATH, token).status()).as(role).isEqualTo(403);
            assertThat(put(token, Json.createObjectBuilder().add("language", "fr"), null)
                            .status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(confirm(token, "email", "123456").status()).as(role).isEqualTo(403);
        }
        assertThat(api.get(PATH, ItTokens.operator()).status()).isEqualTo(403);
        assertThat(api.get(PATH, null).status()).isEqualTo(401);
    }

    @Test
    void everyReadIsAuditedAndEveryChangeIsInTheCitizensHistory() throws Exception {
        String rrn = nationalNumber();
        String me = ItTokens.citizen(rrn);
        int before = count("select count(*) from personal_data_read where resource = 'citizen-preferences'");
        assertThat(api.get(PATH, me).status()).isEqualTo(200);
        assertThat(api.get(PATH, me).status()).isEqualTo(200);
        assertThat(count("select count(*) from personal_data_read where resource = 'citizen-preferences'"))
                .isEqualTo(before + 2);
        assertThat(count("select count(*) from personal_data_read where resource = 'citizen-preferences' "
                        + "and tenant_id is not null"))
                .as("a citizen's preferences are no municipality's")
                .isZero();

        put(me, Json.createObjectBuilder().add("language", "en"), null);
        put(
                me,
                Json.createObjectBuilder()
                        .add("choices", Json.createObjectBuilder().add("new-item", Json.createArrayBuilder())),
                null);
        put(me, Json.createObjectBuilder().add("language", "en"), null); // no change, no event
        List<String> history = new ArrayList<>();
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                PreparedStatement query = admin.prepareStatement(
                        "select action, actor_role, detail from citizen_preference_event where citizen_key = ? "
                                + "order by occurred_at")) {
            query.setString(1, citizenKey(rrn));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    history.add(rows.getString(1) + "/" + rows.getString(2) + "/" + rows.getString(3));
                }
            }
        }
        assertThat(history)
                .containsExactly("update/citizen/language nl -> en", "update/citizen/new-item [email] -> []");
        // The history is append-only.
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                PreparedStatement delete =
                        admin.prepareStatement("delete from citizen_preference_event where citizen_key = ?")) {
            delete.setString(1, citizenKey(rrn));
            assertThat(failsWith(delete)).contains("append-only");
        }
    }

    // --- helpers

    Api.Reply put(String token, JsonObjectBuilder body, String ifMatch) {
        return api.send("PUT", PATH, token, body.build().toString(), "application/json", ifMatch);
    }

    Api.Reply confirm(String token, String channel, String code) {
        return api.post(
                PATH + "/contacts/" + channel + "/confirm",
                token,
                Json.createObjectBuilder().add("code", code).build());
    }

    /** A field the answer leaves out (the API omits nulls) or gives as null. */
    static boolean unset(JsonObject json, String field) {
        return !json.containsKey(field) || json.isNull(field);
    }

    static void assertProblem(Api.Reply reply, int status, String type, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        assertThat(reply.problemType()).as(reply.toString()).isEqualTo("https://ptr-pas.be/problems/" + type);
        if (field != null) {
            assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .as(reply.toString())
                    .isEqualTo(field);
        }
    }

    static String otherThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    /** The payload of the latest confirmation message the platform queued for this e-mail address. */
    static JsonObject sentTo(String address) throws SQLException {
        return sentTo(address, "email");
    }

    static JsonObject sentTo(String address, String slot) throws SQLException {
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                PreparedStatement query = admin.prepareStatement(
                        "select payload, tenant_id from outbox_message where dedupe_key like ? and payload like ? "
                                + "order by created_at desc limit 1")) {
            query.setString(1, "message:" + slot + ":contact-confirmation:%");
            query.setString(2, "%\"" + address + "\"%");
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next())
                        .as("a confirmation message to " + address)
                        .isTrue();
                assertThat(row.getString(2))
                        .as("sent by the sender municipality")
                        .isEqualTo(SENDER);
                return Api.parse(row.getString(1));
            }
        }
    }

    static int messagesTo(String address, String slot) throws SQLException {
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                PreparedStatement query = admin.prepareStatement(
                        "select count(*) from outbox_message where dedupe_key like ? and payload like ?")) {
            query.setString(1, "message:" + slot + ":contact-confirmation:%");
            query.setString(2, "%\"" + address + "\"%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    static int count(String sql) throws SQLException {
        try (Connection admin = ItDatabase.adminConnection(ItDatabase.NAME);
                Statement statement = admin.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    static int count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select count(*) from " + table)) {
            row.next();
            return row.getInt(1);
        }
    }

    static void bind(Connection connection, String citizenKey) throws SQLException {
        try (PreparedStatement bind = connection.prepareStatement("select set_config('ptr.citizen_key', ?, true)")) {
            bind.setString(1, citizenKey);
            bind.execute();
        }
    }

    static String failsWith(PreparedStatement statement) {
        try {
            statement.executeUpdate();
            return "no failure";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /**
     * What the platform stores for a national number: HMAC-SHA256 with the preference key, derived from the test
     * installation's holder key (itself derived from its secrets key).
     */
    static String citizenKey(String rrn) throws Exception {
        byte[] holderKey =
                hmac(Base64.getDecoder().decode(System.getProperty("ptr.it.secrets-key")), "ptr-pas holder key v1");
        byte[] preferenceKey = hmac(holderKey, "ptr-pas citizen preferences v1");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(preferenceKey, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(("citizen:" + rrn).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(byte[] key, String label) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
    }

    static String nationalNumber() {
        String first9 = String.format(
                "%02d%02d%02d%03d",
                60 + (int) (Math.random() * 30),
                1 + (int) (Math.random() * 12),
                1 + (int) (Math.random() * 28),
                1 + (int) (Math.random() * 997));
        long check = 97 - Long.parseLong(first9) % 97;
        return first9 + String.format("%02d", check);
    }
}
