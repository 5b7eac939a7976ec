package be.ptrpas.platform.background;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.security.Caller;
import be.ptrpas.platform.tenancy.TenantWork;
import be.ptrpas.platform.tenant.TenantDirectory;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep over many municipalities costs one question per job, not one per municipality: with 300 municipalities and
 * nothing due, no municipality is entered at all; due work in one of them is still found and done there, by that job
 * only. (The loop used to open a transaction in every municipality on every sweep to ask each job.)
 */
class BackgroundLoopTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final List<String> MUNICIPALITIES =
            IntStream.range(0, 300).mapToObj(i -> String.valueOf(10_000 + i)).toList();

    /** A job that answers from a fixed set and records its questions and runs. */
    static class FakeJob implements TenantJob {
        final Set<String> busy;
        final AtomicInteger questions = new AtomicInteger();
        final List<String> ranFor = new CopyOnWriteArrayList<>();

        FakeJob(Set<String> busy) {
            this.busy = busy;
        }

        @Override
        public Set<String> withWork(Collection<String> municipalities, Instant now) {
            questions.incrementAndGet();
            return busy;
        }

        @Override
        public void runFor(String nis) {
            ranFor.add(nis);
        }
    }

    /** Counts every time the loop enters a municipality (each is a transaction and a tenant binding in production). */
    static final class CountingTenantWork extends TenantWork {
        final AtomicInteger entered = new AtomicInteger();

        @Override
        public <T> T callAs(String nisCode, Supplier<T> work) {
            entered.incrementAndGet();
            return work.get();
        }
    }

    private final CountingTenantWork tenantWork = new CountingTenantWork();
    private final ExecutorService visits = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        visits.shutdownNow();
    }

    private BackgroundLoop loop(TenantJob... jobs) {
        BackgroundLoop loop = new BackgroundLoop();
        loop.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        loop.jobs = instanceOf(List.of(jobs));
        loop.tenants = new TenantDirectory() {
            @Override
            public List<String> nisCodes() {
                return MUNICIPALITIES;
            }
        };
        loop.tenantWork = tenantWork;
        loop.signal = new WorkSignal();
        loop.caller = new Caller();
        loop.self = loop;
        loop.visits = visits;
        loop.sweep = new SweepPacer(250, 250); // one tick takes the whole round
        return loop;
    }

    @SuppressWarnings("unchecked")
    private static Instance<TenantJob> instanceOf(List<TenantJob> jobs) {
        return (Instance<TenantJob>) Proxy.newProxyInstance(
                Instance.class.getClassLoader(), new Class<?>[] {Instance.class}, (proxy, method, args) -> {
                    if (method.getName().equals("stream")) {
                        return jobs.stream();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private void settle() throws InterruptedException {
        visits.shutdown();
        assertThat(visits.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void anIdleSweepOverManyMunicipalitiesAsksEachJobOnceAndEntersNone() throws Exception {
        FakeJob outbox = new FakeJob(Set.of());
        FakeJob callbacks = new FakeJob(Set.of());
        BackgroundLoop loop = loop(outbox, callbacks);

        loop.tick();
        settle();

        assertThat(outbox.questions).hasValue(1);
        assertThat(callbacks.questions).hasValue(1);
        assertThat(tenantWork.entered).as("municipalities entered").hasValue(0);
        assertThat(outbox.ranFor).isEmpty();
    }

    @Test
    void dueWorkInOneMunicipalityAmongManyIsFoundAndDoneThereByThatJobOnly() throws Exception {
        FakeJob outbox = new FakeJob(Set.of("10150"));
        FakeJob callbacks = new FakeJob(Set.of());
        FakeJob census = new FakeJob(Set.of("10150", "10299"));
        BackgroundLoop loop = loop(outbox, callbacks, census);

        loop.tick();
        settle();

        assertThat(outbox.ranFor).containsExactly("10150");
        assertThat(callbacks.ranFor).isEmpty();
        assertThat(census.ranFor).containsExactlyInAnyOrder("10150", "10299");
        assertThat(tenantWork.entered).as("one entry per job run").hasValue(3);
        assertThat(outbox.questions).hasValue(1);
    }

    @Test
    void aJobWhoseQuestionFailsRunsEverywhereAsBefore() throws Exception {
        FakeJob broken = new FakeJob(Set.of()) {
            @Override
            public Set<String> withWork(Collection<String> municipalities, Instant now) {
                throw new IllegalStateException("database away");
            }
        };
        BackgroundLoop loop = loop(broken);

        loop.tick();
        settle();

        assertThat(broken.ranFor).containsExactlyInAnyOrderElementsOf(MUNICIPALITIES);
    }

    /** A job with work left after its visit comes back on the next tick, not at the next sweep; and only that job. */
    @Test
    void aJobAskedToRunAgainRunsAloneOnTheNextTick() throws Exception {
        FakeJob outbox = new FakeJob(Set.of());
        FakeJob scans = new FakeJob(Set.of()) {};
        BackgroundLoop loop = loop(outbox, scans);
        loop.sweep = new SweepPacer(60_000, 250); // the next sweep is a minute away
        loop.tick();

        loop.signal.again("10007", scans.getClass());
        loop.tick();
        settle();

        assertThat(scans.ranFor).containsExactly("10007");
        assertThat(outbox.ranFor).isEmpty();
    }
}
