package be.ptrpas.platform.pass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.ptrpas.platform.common.problem.FieldError;
import be.ptrpas.platform.common.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pass's vocabulary and its small parts: derived statuses, filters, cursors and holder keys. */
class PassVocabularyTest {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void expiresSoonAndExpiredFollowFromTheEndOfValidityAtTheMomentOfReading() {
        assertThat(PassStatuses.effective(PassStatus.HANDLED, NOW.plus(Duration.ofDays(60)), NOW))
                .isEqualTo(PassStatus.HANDLED);
        assertThat(PassStatuses.effective(PassStatus.HANDLED, NOW.plus(Duration.ofDays(28)), NOW))
                .isEqualTo(PassStatus.EXPIRES_SOON);
        assertThat(PassStatuses.effective(PassStatus.HANDLED, NOW, NOW)).isEqualTo(PassStatus.EXPIRED);
        assertThat(PassStatuses.effective(PassStatus.CANCELLED, NOW.minusSeconds(1), NOW))
                .as("a revoked item stays cancelled")
                .isEqualTo(PassStatus.CANCELLED);
        assertThat(PassStatuses.effective(PassStatus.IN_PROGRESS, null, NOW)).isEqualTo(PassStatus.IN_PROGRESS);
    }

    @Test
    void aSourceStoresNoDerivedStatus() {
        assertThatThrownBy(() -> new PassEntry(
                        "71016",
                        PassKind.IOD_PERMIT,
                        "x",
                        null,
                        "R",
                        null,
                        null,
                        PassStatus.EXPIRED,
                        null,
                        null,
                        0,
                        null,
                        null,
                        NOW,
                        null,
                        null,
                        null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PassEntry(
                        "71016",
                        PassKind.RETRIBUTION,
                        "x",
                        null,
                        "R",
                        null,
                        null,
                        PassStatus.RECEIVED,
                        null,
                        null,
                        0,
                        null,
                        "12345",
                        NOW,
                        null,
                        null,
                        null))
                .as("an OGM is 12 digits")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filtersReadEveryValueAndNameEveryWrongOne() {
        PassFilter filter = PassFilter.of(
                List.of("retribution,gas-fine"), List.of("71016", "11002"), List.of("expires_soon"), List.of("PAID"));
        assertThat(filter.kinds()).containsExactlyInAnyOrder(PassKind.RETRIBUTION, PassKind.GAS_FINE);
        assertThat(filter.municipalities()).containsExactly("11002", "71016");
        assertThat(filter.statuses()).containsExactly(PassStatus.EXPIRES_SOON);
        assertThat(filter.money()).containsExactly(MoneyState.PAID);
        assertThatThrownBy(() -> PassFilter.of(List.of("parking"), List.of("7101"), List.of("lost"), List.of("free")))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactlyInAnyOrder("kind", "status", "money", "municipality"));
    }

    @Test
    void aCursorComesBackAsItWentAndAForgedOneIsRefused() {
        PassCursor cursor =
                new PassCursor(NOW.plusNanos(123_000), UUID.randomUUID().toString());
        assertThat(PassCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThatThrownBy(() -> PassCursor.decode("bm9wZQ")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> PassCursor.decode("%%%")).isInstanceOf(ProblemException.class);
    }

    @Test
    void holderKeysAreKeyedAndKeepPersonsAndCompaniesApart() {
        HolderKeys keys = HolderKeys.withKey(new byte[32]);
        HolderKeys otherInstallation = HolderKeys.withKey(HolderKeys.derive(new byte[32]));
        PassHolder person = new PassHolder(PassHolder.Type.PERSON, "0207183486");
        PassHolder company = new PassHolder(PassHolder.Type.COMPANY, "0207183486");
        assertThat(keys.keyOf(person)).hasSize(64).isEqualTo(keys.keyOf(person)).doesNotContain("0207183486");
        assertThat(keys.keyOf(person)).isNotEqualTo(keys.keyOf(company));
        assertThat(keys.keyOf(person)).isNotEqualTo(otherInstallation.keyOf(person));
    }

    @Test
    void aHolderIsAPersonOrACompanyByAValidNumberOrNobody() {
        assertThat(PassHolder.ofEither("85073003328")).contains(new PassHolder(PassHolder.Type.PERSON, "85073003328"));
        assertThat(PassHolder.ofEither("0207183486")).contains(new PassHolder(PassHolder.Type.COMPANY, "0207183486"));
        assertThat(PassHolder.ofEither("12345678901")).isEmpty();
        assertThat(PassHolder.ofEither(null)).isEmpty();
    }
}
