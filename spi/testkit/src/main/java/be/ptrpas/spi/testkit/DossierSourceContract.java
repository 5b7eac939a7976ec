package be.ptrpas.spi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.ptrpas.spi.dossier.DossierHolder;
import be.ptrpas.spi.dossier.DossierItem;
import be.ptrpas.spi.dossier.DossierSourceProvider;
import be.ptrpas.spi.dossier.DossierSourceProviderFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of a dossier-source plug-in. Point it at your fake of the other back-office system and name a holder
 * (person or company) the fake has items for and one it does not know.
 *
 * <p>Every call must answer within {@link #ANSWER_WITHIN} ({@link DossierSourceProvider#EXPECTED_ANSWER_MILLIS}): on
 * the platform a slower source is shown to the citizen as "could not be read".
 */
public abstract class DossierSourceContract extends PluginFactoryContract {

    /** The longest a call may take here, as on the platform. */
    public static final Duration ANSWER_WITHIN = Duration.ofMillis(DossierSourceProvider.EXPECTED_ANSWER_MILLIS);

    protected TestPluginContext context;
    protected DossierSourceProvider source;

    @Override
    protected abstract DossierSourceProviderFactory factory();

    /** A person or company the source has at least one item for. */
    protected abstract DossierHolder knownHolder();

    /** A person or company (valid number) the source has nothing for. */
    protected abstract DossierHolder unknownHolder();

    /**
     * Makes the source unreachable or failing and returns true; return false when the source cannot be down (a file
     * the plug-in has read at start-up).
     */
    protected boolean takeSourceDown() {
        return false;
    }

    @BeforeEach
    void createSource() {
        context = context(validConfig());
        source = factory().create(context);
    }

    @AfterEach
    void closeSource() {
        if (source != null) {
            source.close();
        }
    }

    @Test
    void aKnownHolderGetsValidItems() {
        List<DossierItem> items = itemsOf(knownHolder());
        assertFalse(items.isEmpty(), "the known holder must have at least one item");
        Set<String> ids = new HashSet<>();
        for (DossierItem item : items) {
            assertNotNull(item, "an answer holds no null item");
            assertTrue(ids.add(item.externalId()), "externalId must be unique in one answer: " + item.externalId());
            assertTrue(item.amountDueCents() >= 0, "an amount due is never negative: " + item.externalId());
            assertFalse(item.updatedAt().isBefore(item.issuedAt()), "updated before issued: " + item.externalId());
            assertTrue(item.link() == null || DossierItem.isHttps(item.link()), "a link is https: " + item.link());
        }
    }

    @Test
    void anUnknownHolderGetsAnEmptyListNotNullNorAnError() {
        assertEquals(List.of(), itemsOf(unknownHolder()));
    }

    @Test
    void theSameHolderGetsTheSameIds() {
        // The pass recognises an item by its id from one visit to the next.
        assertEquals(ids(itemsOf(knownHolder())), ids(itemsOf(knownHolder())));
    }

    @Test
    void answersSeveralCallersAtOnce() throws InterruptedException {
        List<DossierItem> expected = itemsOf(knownHolder());
        List<Thread> callers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Set<String>> answers = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread caller = new Thread(() -> {
                try {
                    answers.add(ids(itemsOf(knownHolder())));
                    assertEquals(List.of(), itemsOf(unknownHolder()));
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            callers.add(caller);
            caller.start();
        }
        for (Thread caller : callers) {
            caller.join(ANSWER_WITHIN.multipliedBy(4).toMillis());
        }
        assertEquals(List.of(), failures, "concurrent calls failed");
        assertEquals(4, answers.size(), "every caller got an answer");
        answers.forEach(answer -> assertEquals(ids(expected), answer));
    }

    @Test
    void anOutageIsRetryable() {
        if (!takeSourceDown()) {
            return;
        }
        RegisterAssertions.assertRetryableOutage(() -> source.items(knownHolder()));
    }

    @Test
    void closesCleanlyAfterUse() {
        itemsOf(knownHolder());
        source.close();
        source.close();
    }

    /** The holder's items, asked within {@link #ANSWER_WITHIN}; never null. */
    protected List<DossierItem> itemsOf(DossierHolder holder) {
        List<DossierItem> items = assertTimeoutPreemptively(
                ANSWER_WITHIN, () -> source.items(holder), "a dossier source answers within " + ANSWER_WITHIN);
        assertNotNull(items, "items() never answers null; an unknown holder gets an empty list");
        return items;
    }

    private static Set<String> ids(List<DossierItem> items) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.externalId()));
        return ids;
    }
}
