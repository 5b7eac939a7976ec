package be.ptrpas.platform.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.common.text.LocalizedText;
import be.ptrpas.platform.dossier.UnreadableSource.Reason;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.PluginInvoker;
import be.ptrpas.platform.plugin.runtime.TestPluginInvokers;
import be.ptrpas.platform.testsupport.ManualClock;
import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.dossier.DossierHolder;
import be.ptrpas.spi.dossier.DossierItem;
import be.ptrpas.spi.dossier.DossierKind;
import be.ptrpas.spi.dossier.DossierSourceProvider;
import be.ptrpas.spi.dossier.DossierStatus;
import be.ptrpas.spi.dossier.DossierTitle;
import be.ptrpas.spi.dossier.MoneyState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dossier service over real plug-in invokers: slow, failing and broken sources never break the answer. */
class DossierServiceTest {

    static final DossierHolder HOLDER = DossierHolder.person(NationalNumber.require("85073003328"));
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    final ManualClock clock = new ManualClock(NOW);
    final List<String> recorded = new CopyOnWriteArrayList<>();
    final Map<String, DossierSourceProvider> providers = new LinkedHashMap<>();
    final Map<String, RuntimeException> unusable = new LinkedHashMap<>();
    final List<PluginInvoker> invokers = new ArrayList<>();
    PluginInvoker invoker;
    DossierService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop();
        }
        invokers.forEach(TestPluginInvokers::stop);
    }

    /** A service over the sources in {@link #providers}, the invoker timing out after {@code timeoutMillis}. */
    DossierService service(long timeoutMillis, int breakerThreshold) {
        invoker = TestPluginInvokers.started(clock, timeoutMillis, breakerThreshold, 30, recorded);
        invokers.add(invoker);
        DossierService service = new DossierService();
        service.sources = new DossierSources() {
            @Override
            public List<Source> configured() {
                List<Source> sources = new ArrayList<>();
                providers.keySet().forEach(nis -> sources.add(new Source(municipality(nis), "dossier-test")));
                unusable.keySet().forEach(nis -> sources.add(new Source(municipality(nis), "dossier-test")));
                return sources;
            }

            @Override
            public Optional<ActivePlugin<DossierSourceProvider>> open(String nis) {
                if (unusable.containsKey(nis)) {
                    throw unusable.get(nis);
                }
                return Optional.of(new ActivePlugin<>(
                        new PluginInvoker.Target(nis, "dossier-source", "dossier-test"), providers.get(nis), invoker));
            }
        };
        service.threads = TestPluginInvokers.PLAIN_THREADS;
        service.timeoutMillis = timeoutMillis;
        service.parallelCalls = 16;
        service.start();
        this.service = service;
        return service;
    }

    static Municipality municipality(String nis) {
        return new Municipality(nis, LocalizedText.of("Gemeente " + nis, null, null));
    }

    static DossierItem item(String id) {
        return new DossierItem(
                id,
                DossierKind.RETRIBUTION,
                DossierTitle.of("nl", "Retributie " + id),
                DossierStatus.RECEIVED,
                MoneyState.OPEN,
                2500,
                null,
                null,
                NOW.minusSeconds(3600),
                NOW.minusSeconds(3600),
                "Gemeente",
                null);
    }

    static DossierSourceProvider answering(String... ids) {
        return holder -> {
            List<DossierItem> items = new ArrayList<>();
            for (String id : ids) {
                items.add(item(id));
            }
            return items;
        };
    }

    static DossierSourceProvider hanging(CountDownLatch released) {
        return holder -> {
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(item("LATE"));
        };
    }

    @Test
    void itemsComeWithTheirMunicipality() {
        providers.put("44021", answering("G-1", "G-2"));
        providers.put("11002", answering("A-1"));
        DossierAnswer answer = service(2000, 5).answerFor(HOLDER);
        assertThat(answer.complete()).isTrue();
        assertThat(answer.items())
                .extracting(
                        entry -> entry.municipality().nis() + " " + entry.item().externalId())
                .containsExactly("11002 A-1", "44021 G-1", "44021 G-2");
        assertThat(answer.items().get(0).municipality().name().nl()).isEqualTo("Gemeente 11002");
    }

    @Test
    void noSourceConfiguredIsAnEmptyAnswer() {
        DossierAnswer answer = service(2000, 5).answerFor(HOLDER);
        assertThat(answer.items()).isEmpty();
        assertThat(answer.unreadable()).isEmpty();
    }

    @Test
    void slowSourcesTimeOutTogetherNotOneAfterAnother() {
        CountDownLatch never = new CountDownLatch(1);
        providers.put("11002", answering("A-1"));
        providers.put("44021", hanging(never));
        providers.put("71016", hanging(never));
        providers.put("72003", hanging(never));
        long started = System.nanoTime();
        DossierAnswer answer = service(400, 5).answerFor(HOLDER);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        never.countDown();

        assertThat(answer.items())
                .extracting(entry -> entry.item().externalId())
                .containsExactly("A-1");
        assertThat(answer.unreadable())
                .extracting(source -> source.municipality().nis() + " " + source.reason())
                .containsExactlyInAnyOrder("44021 TIMEOUT", "71016 TIMEOUT", "72003 TIMEOUT");
        assertThat(answer.unreadable()).allSatisfy(source -> {
            assertThat(source.slot()).isEqualTo("dossier-source");
            assertThat(source.pluginId()).isEqualTo("dossier-test");
        });
        // One after another they would take three time-outs (1.2 s) and, unbounded, the 30 s of the hanging calls;
        // together about one. The bound is generous for a busy machine and still below the sum.
        assertThat(tookMillis).isLessThan(1_200);
        assertThat(recorded).contains("44021 TIMEOUT", "71016 TIMEOUT", "72003 TIMEOUT");
    }

    @Test
    void sourcesAreAskedAtTheSameTime() {
        // Each source answers only once all four are being asked: asked one after another, none would.
        CountDownLatch allAsked = new CountDownLatch(4);
        for (String nis : List.of("11002", "44021", "71016", "72003")) {
            providers.put(nis, holder -> {
                allAsked.countDown();
                try {
                    if (!allAsked.await(5, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("asked alone");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of(item("I-" + nis));
            });
        }
        DossierAnswer answer = service(8000, 5).answerFor(HOLDER);
        assertThat(answer.unreadable()).isEmpty();
        assertThat(answer.items()).hasSize(4);
    }

    @Test
    void aFailingSourceIsListedAndTheOthersStillCount() {
        providers.put("11002", answering("A-1"));
        providers.put("44021", holder -> {
            throw PluginException.temporary("back office answered 503", null);
        });
        providers.put("71016", holder -> null);
        providers.put("72003", holder -> List.of(item("D-1"), item("D-1")));
        unusable.put("73001", new ProblemException(ProblemType.PLUGIN_NOT_CONFIGURED, "the dossier file is gone"));
        DossierAnswer answer = service(2000, 5).answerFor(HOLDER);
        assertThat(answer.items())
                .extracting(entry -> entry.item().externalId())
                .containsExactly("A-1");
        assertThat(answer.unreadable())
                .extracting(source -> source.municipality().nis() + " " + source.reason())
                .containsExactly("44021 FAILING", "71016 FAILING", "72003 FAILING", "73001 FAILING");
    }

    @Test
    void aSourceThatKeepsFailingIsPausedByItsCircuitBreaker() {
        AtomicInteger calls = new AtomicInteger();
        providers.put("11002", answering("A-1"));
        providers.put("44021", holder -> {
            calls.incrementAndGet();
            throw new IllegalStateException("back office down");
        });
        DossierService service = service(2000, 2);
        assertThat(service.answerFor(HOLDER).unreadable())
                .extracting(UnreadableSource::reason)
                .containsExactly(Reason.FAILING);
        assertThat(service.answerFor(HOLDER).unreadable())
                .extracting(UnreadableSource::reason)
                .containsExactly(Reason.FAILING);

        DossierAnswer paused = service.answerFor(HOLDER);
        assertThat(paused.unreadable()).extracting(UnreadableSource::reason).containsExactly(Reason.CIRCUIT_OPEN);
        assertThat(paused.items())
                .extracting(entry -> entry.item().externalId())
                .containsExactly("A-1");
        assertThat(calls).as("not asked while its circuit is open").hasValue(2);

        clock.now = NOW.plusSeconds(31); // the breaker's pause is measured on the injected clock
        providers.put("44021", answering("B-1"));
        assertThat(service.answerFor(HOLDER).items())
                .extracting(entry -> entry.item().externalId())
                .containsExactly("A-1", "B-1");
    }

    @Test
    void callsWaitingForAThreadPastTheDeadlineAreNotMade() {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger late = new AtomicInteger();
        providers.put("11002", hanging(never));
        providers.put("44021", holder -> {
            late.incrementAndGet();
            return List.of(item("B-1"));
        });
        DossierService service = service(300, 5);
        service.stop();
        service.parallelCalls = 1; // one thread: the second source waits for the first, which hangs
        service.start();
        DossierAnswer answer = service.answerFor(HOLDER);
        never.countDown();
        assertThat(answer.unreadable())
                .extracting(source -> source.municipality().nis() + " " + source.reason())
                .containsExactly("11002 TIMEOUT", "44021 TIMEOUT");
        assertThat(late).as("never asked: its time was up").hasValue(0);
    }
}
