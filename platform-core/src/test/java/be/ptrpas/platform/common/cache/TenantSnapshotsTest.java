package be.ptrpas.platform.common.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TenantSnapshotsTest {

    final AtomicLong clock = new AtomicLong(1_000);
    final AtomicInteger reads = new AtomicInteger();
    final TenantSnapshots<String> snapshots = new TenantSnapshots<>(5_000, clock::get);

    String read(String data) {
        reads.incrementAndGet();
        return data;
    }

    @Test
    void aCopyIsUsedUntilItIsTooOld() {
        assertThat(snapshots.get("11002", 7, at -> read("v1")).value()).isEqualTo("v1");
        clock.addAndGet(5_000);
        assertThat(snapshots.get("11002", 7, at -> read("v2")).value())
                .as("5 s old: still fresh")
                .isEqualTo("v1");
        clock.addAndGet(1);
        assertThat(snapshots.get("11002", 7, at -> read("v2")).value()).isEqualTo("v2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aNewStampMeansTheCopyIsReadAgain() {
        snapshots.get("11002", 7, at -> read("v1"));
        assertThat(snapshots.get("11002", 8, at -> read("v2")).value())
                .as("changed on another instance")
                .isEqualTo("v2");
        assertThat(snapshots.get("11002", 8, at -> read("v3")).value()).isEqualTo("v2");
        assertThat(snapshots.get("11002", 7, at -> read("v4")).value())
                .as("any other stamp, even an older one")
                .isEqualTo("v4");
    }

    @Test
    void theReaderLearnsWhenItRead() {
        assertThat(snapshots.get("11002", 7, at -> read("at " + at)))
                .isEqualTo(new TenantSnapshots.Snapshot<>("at 1000", 1_000));
    }

    @Test
    void eachMunicipalityHasItsOwnCopy() {
        snapshots.get("11002", 7, at -> read("Antwerpen"));
        assertThat(snapshots.get("12025", 7, at -> read("Mechelen")).value()).isEqualTo("Mechelen");
        snapshots.forget("12025");
        assertThat(snapshots.get("11002", 7, at -> read("other")).value()).isEqualTo("Antwerpen");
    }

    @Test
    void aChangeDropsTheCopyAtOnce() {
        snapshots.get("11002", 7, at -> read("old"));
        snapshots.forget("11002");
        assertThat(snapshots.get("11002", 7, at -> read("new")).value()).isEqualTo("new");
    }

    @Test
    void aCopyReadWhileAChangeCommittedIsNotKept() {
        // The reader reads the old data, the change commits and forgets, then the reader finishes.
        String seen = snapshots
                .get("11002", 7, at -> {
                    String old = read("old");
                    snapshots.forget("11002");
                    return old;
                })
                .value();
        assertThat(seen).as("the reader itself still gets what it read").isEqualTo("old");
        assertThat(snapshots.get("11002", 7, at -> read("new")).value())
                .as("but nobody after it")
                .isEqualTo("new");
        assertThat(snapshots.get("11002", 7, at -> read("newer")).value())
                .as("the new copy is kept")
                .isEqualTo("new");
    }

    @Test
    void aChangeDuringAnotherMunicipalitysReadDoesNotStopItsCopy() {
        snapshots.get("11002", 7, at -> {
            snapshots.forget("12025");
            return read("Antwerpen");
        });
        assertThat(snapshots.get("11002", 7, at -> read("again")).value()).isEqualTo("Antwerpen");
    }
}
