package be.ptrpas.platform.pass;

import be.ptrpas.platform.persistence.DatabaseInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The citizen's read of their pass across every municipality: the one deliberate exception to tenant isolation, and
 * the only code that makes it. It reads only the rows of one holder key, and on PostgreSQL the transaction is bound
 * to that key ({@code ptr.holder_key}) and to no municipality, so the row-level-security policy refuses every other
 * row even if this code were wrong. Two statements per page: the binding and the query.
 */
@ApplicationScoped
public class PassReader {

    static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "ptr")
    EntityManager em;

    @Inject
    HolderKeys keys;

    @Inject
    DatabaseInfo database;

    @Inject
    MunicipalityNames names;

    @Inject
    Clock clock;

    /**
     * Makes the reader when the application starts, on the deployment's thread. The live streams may first use it
     * from a worker thread, where the container cannot inject its persistence context (it stayed null there).
     */
    void createdAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {}

    @Transactional
    public PassPage page(PassHolder holder, PassFilter filter, String cursor, int limit, String language) {
        String key = bind(holder);
        Instant now = clock.instant();
        StringBuilder jpql = new StringBuilder("select i from PassItem i where i.holderKey = :key");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("key", key);
        if (!filter.kinds().isEmpty()) {
            jpql.append(" and i.kind in :kinds");
            parameters.put("kinds", List.copyOf(filter.kinds()));
        }
        if (!filter.municipalities().isEmpty()) {
            jpql.append(" and i.municipality in :municipalities");
            parameters.put("municipalities", List.copyOf(filter.municipalities()));
        }
        if (!filter.money().isEmpty()) {
            jpql.append(" and i.money in :money");
            parameters.put("money", List.copyOf(filter.money()));
        }
        if (!filter.statuses().isEmpty()) {
            jpql.append(" and (")
                    .append(statusCondition(filter, parameters, now))
                    .append(")");
        }
        if (cursor != null && !cursor.isBlank()) {
            PassCursor after = PassCursor.decode(cursor);
            jpql.append(" and (i.happenedAt < :afterAt or (i.happenedAt = :afterAt and i.id < :afterId))");
            parameters.put("afterAt", after.happenedAt());
            parameters.put("afterId", after.id());
        }
        jpql.append(" order by i.happenedAt desc, i.id desc");
        TypedQuery<PassItem> query = em.createQuery(jpql.toString(), PassItem.class);
        // The status conditions name only the parameters they use; JPA refuses a parameter the query does not name.
        String text = jpql.toString();
        parameters.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(text).find()) {
                query.setParameter(name, value);
            }
        });
        List<PassItem> found = query.setMaxResults(limit + 1).getResultList();
        List<PassItemView> items = new ArrayList<>(Math.min(found.size(), limit));
        for (PassItem item : found.subList(0, Math.min(found.size(), limit))) {
            items.add(PassItemView.of(item, names.of(item.municipality(), language), now));
        }
        String next = found.size() > limit
                ? new PassCursor(
                                found.get(limit - 1).happenedAt(),
                                found.get(limit - 1).id())
                        .encode()
                : null;
        return new PassPage(
                items,
                next,
                holder.type() == PassHolder.Type.PERSON ? "person" : holder.number(),
                List.of(),
                List.of());
    }

    /** One item of this holder, with its details and timeline; empty for an item of anyone else, as if none. */
    @Transactional
    public Optional<PassItemDetail> item(PassHolder holder, String id, String language) {
        String key = bind(holder);
        List<PassItem> found = em.createQuery(
                        "select i from PassItem i where i.id = :id and i.holderKey = :key", PassItem.class)
                .setParameter("id", id)
                .setParameter("key", key)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PassItem item = found.get(0);
        List<PassItemDetail.Step> timeline = em
                .createQuery(
                        "select s from PassItemStep s where s.item = :item and s.holderKey = :key "
                                + "order by s.happenedAt, s.createdAt",
                        PassItemStep.class)
                .setParameter("item", item)
                .setParameter("key", key)
                .getResultList()
                .stream()
                .map(s -> new PassItemDetail.Step(
                        s.happenedAt(),
                        s.status(),
                        s.money(),
                        item.amountCents() == null ? null : BigDecimal.valueOf(s.paidCents(), 2),
                        s.note()))
                .toList();
        JsonObject details;
        try (JsonReader reader = Json.createReader(new StringReader(item.details()))) {
            details = reader.readObject();
        }
        return Optional.of(new PassItemDetail(
                PassItemView.of(item, names.of(item.municipality(), language), clock.instant()),
                details,
                timeline,
                PassDocuments.hasDocument(item.kind())
                        ? List.of(new PassItemDetail.Document(
                                "item",
                                "/api/v1/me/pass/items/" + item.id() + "/document"
                                        + (holder.type() == PassHolder.Type.COMPANY
                                                ? "?company=" + holder.number()
                                                : ""),
                                "application/pdf"))
                        : List.of()));
    }

    /**
     * One item of this holder as the list shows it, without details or timeline: what the live page needs after a
     * change (two statements, the binding and the query). Empty for an item of anyone else, as if none.
     */
    @Transactional
    public Optional<PassItemView> current(PassHolder holder, String id, String language) {
        String key = bind(holder);
        return em
                .createQuery("select i from PassItem i where i.id = :id and i.holderKey = :key", PassItem.class)
                .setParameter("id", id)
                .setParameter("key", key)
                .getResultList()
                .stream()
                .findFirst()
                .map(item -> PassItemView.of(item, names.of(item.municipality(), language), clock.instant()));
    }

    /**
     * Every item of the holder with its details and timeline, newest first, for the holder's data export: two queries
     * (items, then all their steps) in one transaction bound to the holder. Empty when the holder has more than
     * {@code max} items: the caller refuses such an export as too large instead of answering part of it.
     */
    @Transactional
    public Optional<List<PassItemDetail>> everything(PassHolder holder, int max, String language) {
        String key = bind(holder);
        Instant now = clock.instant();
        List<PassItem> found = em.createQuery(
                        "select i from PassItem i where i.holderKey = :key order by i.happenedAt desc, i.id desc",
                        PassItem.class)
                .setParameter("key", key)
                .setMaxResults(max + 1)
                .getResultList();
        if (found.size() > max) {
            return Optional.empty();
        }
        Map<String, List<PassItemDetail.Step>> timelines = new HashMap<>();
        Map<String, Long> amounts = new HashMap<>();
        found.forEach(item -> amounts.put(item.id(), item.amountCents()));
        for (Object[] row : em.createQuery(
                        "select s.item.id, s from PassItemStep s where s.holderKey = :key"
                                + " order by s.happenedAt, s.createdAt",
                        Object[].class)
                .setParameter("key", key)
                .getResultList()) {
            String itemId = (String) row[0];
            PassItemStep step = (PassItemStep) row[1];
            if (!amounts.containsKey(itemId)) {
                continue;
            }
            timelines
                    .computeIfAbsent(itemId, id -> new ArrayList<>())
                    .add(new PassItemDetail.Step(
                            step.happenedAt(),
                            step.status(),
                            step.money(),
                            amounts.get(itemId) == null ? null : BigDecimal.valueOf(step.paidCents(), 2),
                            step.note()));
        }
        List<PassItemDetail> details = new ArrayList<>(found.size());
        for (PassItem item : found) {
            JsonObject itemDetails;
            try (JsonReader reader = Json.createReader(new StringReader(item.details()))) {
                itemDetails = reader.readObject();
            }
            details.add(new PassItemDetail(
                    PassItemView.of(item, names.of(item.municipality(), language), now),
                    itemDetails,
                    List.copyOf(timelines.getOrDefault(item.id(), List.of())),
                    List.of()));
        }
        return Optional.of(details);
    }

    /**
     * The JPQL condition for the wanted statuses, as {@link PassStatuses#effective} derives them: expired and expires
     * soon follow from the end of validity at this moment.
     */
    private static String statusCondition(PassFilter filter, Map<String, Object> parameters, Instant now) {
        parameters.put("now", now);
        parameters.put("soon", PassStatuses.soon(now));
        parameters.put("cancelled", PassStatus.CANCELLED);
        parameters.put("handled", PassStatus.HANDLED);
        List<String> any = new ArrayList<>();
        for (PassStatus status : filter.statuses()) {
            switch (status) {
                case EXPIRED ->
                    any.add("(i.status <> :cancelled and i.validUntil is not null and i.validUntil <= :now)");
                case EXPIRES_SOON -> any.add("(i.status = :handled and i.validUntil > :now and i.validUntil <= :soon)");
                case CANCELLED -> any.add("i.status = :cancelled");
                case HANDLED -> any.add("(i.status = :handled and (i.validUntil is null or i.validUntil > :soon))");
                case RECEIVED, IN_PROGRESS -> {
                    String name = "status" + status.ordinal();
                    parameters.put(name, status);
                    any.add("(i.status = :" + name + " and (i.validUntil is null or i.validUntil > :now))");
                }
            }
        }
        return String.join(" or ", any);
    }

    /**
     * The items of this holder among these ids, for paying them: the same holder-bound read as the pass, so an id of
     * anyone else is simply absent (as if it did not exist).
     */
    @Transactional
    public List<PassItem> itemsAmong(PassHolder holder, Collection<String> ids) {
        String key = bind(holder);
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select i from PassItem i where i.holderKey = :key and i.id in :ids", PassItem.class)
                .setParameter("key", key)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
    }

    /**
     * Binds this transaction to the holder (row-level security on PostgreSQL) and answers the holder's key. The other
     * holder-bound tables (a holder's baskets) are read and written only after this, in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String bind(PassHolder holder) {
        String key = keys.keyOf(holder);
        if (database.isPostgres()) {
            Connection connection = em.unwrap(Connection.class);
            try (PreparedStatement bind = connection.prepareStatement("select set_config('ptr.holder_key', ?, true)")) {
                bind.setString(1, key);
                bind.execute();
            } catch (SQLException e) {
                throw new IllegalStateException("binding the transaction to a pass holder failed", e);
            }
        }
        return key;
    }
}
