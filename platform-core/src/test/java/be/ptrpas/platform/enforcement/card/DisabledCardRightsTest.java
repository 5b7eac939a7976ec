package be.ptrpas.platform.enforcement.card;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.enforcement.plate.PlateNumber;
import be.ptrpas.platform.persistence.CountingConnection;
import be.ptrpas.platform.persistence.MigratedH2;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The disabled-person cards of a chunk's plates are read in one query, and each observation's question is answered
 * from them exactly as the plate check's own query answers it: links and cards of every validity, unlinking and
 * revocation, asked at many moments with several grace periods.
 */
class DisabledCardRightsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final PlateNumber CARD_CAR =
            PlateNumber.parse("1-ABC-123", null).orElseThrow();
    private static final PlateNumber SECOND_CAR =
            PlateNumber.parse("2-XYZ-987", null).orElseThrow();
    private static final PlateNumber DUTCH_CAR =
            PlateNumber.parse("1ABC123", "NL").orElseThrow();
    private static final PlateNumber NO_CARD =
            PlateNumber.parse("1-QQQ-111", null).orElseThrow();

    private MigratedH2 database;
    private CountingConnection counting;
    private DisabledCardRights rights;

    @BeforeEach
    void database() throws Exception {
        database = MigratedH2.withMunicipalities("71016");
        counting = new CountingConnection(database.connection());
        rights = new DisabledCardRights();
        rights.em = (EntityManager) Proxy.newProxyInstance(
                EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("unwrap") && args[0] == Connection.class) {
                        return counting.connection();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @AfterEach
    void close() throws Exception {
        database.close();
    }

    private String card(long fromSeconds, long toSeconds, Long revokedSeconds) throws Exception {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement insert = database.connection()
                .prepareStatement("insert into disabled_card (id, card_number, holder_national_number, valid_from, "
                        + "valid_to, revoked_at, idempotency_key, version, created_at, updated_at) values (?, ?, "
                        + "'85073003328', ?, ?, ?, ?, 1, current_timestamp, current_timestamp)")) {
            insert.setString(1, id);
            insert.setString(2, id.substring(0, 20));
            insert.setObject(3, NOW.plusSeconds(fromSeconds).atOffset(ZoneOffset.UTC));
            insert.setObject(4, NOW.plusSeconds(toSeconds).atOffset(ZoneOffset.UTC));
            insert.setObject(
                    5,
                    revokedSeconds == null
                            ? null
                            : NOW.plusSeconds(revokedSeconds).atOffset(ZoneOffset.UTC));
            insert.setString(6, "test:" + id);
            insert.executeUpdate();
        }
        return id;
    }

    private void link(String card, PlateNumber plate, long linkedSeconds, Long unlinkedSeconds) throws Exception {
        try (PreparedStatement insert = database.connection()
                .prepareStatement("insert into disabled_card_plate (id, card_id, plate, country, linked_at, "
                        + "unlinked_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, card);
            insert.setString(3, plate.normalized());
            insert.setString(4, plate.country());
            insert.setObject(5, NOW.plusSeconds(linkedSeconds).atOffset(ZoneOffset.UTC));
            insert.setObject(
                    6,
                    unlinkedSeconds == null
                            ? null
                            : NOW.plusSeconds(unlinkedSeconds).atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    @Test
    void aChunksCardsAnswerEveryQuestionAsThePlateCheckDoes() throws Exception {
        link(card(-86_400, 3_600, null), CARD_CAR, -7_200, 1_200L);
        link(card(-3_000, 2_400, 600L), CARD_CAR, -3_000, null);
        link(card(900, 86_400, null), CARD_CAR, 900, null);
        link(card(-86_400, 86_400, null), SECOND_CAR, -1_800, -600L);
        link(card(-86_400, 86_400, null), DUTCH_CAR, -86_400, null);
        Instant from = NOW.minusSeconds(9_000);
        Instant to = NOW.plusSeconds(9_000);
        int before = counting.executed();
        DisabledCardRights.Cards cards = rights.linksOf(Set.of(CARD_CAR, SECOND_CAR, NO_CARD), from, to);
        assertThat(counting.executed() - before)
                .as("one query for all the plates")
                .isEqualTo(1);

        int answered = 0;
        for (long offset = -8_000; offset <= 8_000; offset += 200) {
            Instant at = NOW.plusSeconds(offset);
            for (long grace : new long[] {0, 300, 900}) {
                Instant graceStart = at.minusSeconds(grace);
                for (PlateNumber plate : Set.of(CARD_CAR, SECOND_CAR, NO_CARD)) {
                    int queries = counting.executed();
                    var fromChunk = cards.validFor(plate, graceStart, at);
                    assertThat(counting.executed())
                            .as("answered from what was read")
                            .isEqualTo(queries);
                    assertThat(fromChunk)
                            .as(plate + " at " + at + ", grace from " + graceStart)
                            .isEqualTo(rights.validFor(plate, graceStart, at));
                    answered++;
                }
            }
        }
        assertThat(answered).isGreaterThan(400);
        assertThat(cards.validFor(CARD_CAR, NOW, NOW)).isPresent();
        assertThat(cards.validFor(NO_CARD, NOW, NOW)).isEmpty();
    }

    @Test
    void aQuestionOutsideWhatWasReadIsAskedOfTheDatabase() throws Exception {
        link(card(-86_400, 86_400, null), CARD_CAR, -86_400, null);
        DisabledCardRights.Cards cards = rights.linksOf(Set.of(SECOND_CAR), NOW, NOW.plusSeconds(60));
        int before = counting.executed();

        assertThat(cards.validFor(CARD_CAR, NOW, NOW)).as("a plate not read").isPresent();
        assertThat(cards.validFor(SECOND_CAR, NOW.minusSeconds(3_600), NOW)).isEmpty();
        assertThat(counting.executed() - before).isEqualTo(2);
    }
}
