package be.ptrpas.platform.messaging;

import be.ptrpas.platform.audit.AuditLog;
import be.ptrpas.platform.background.WorkSignal;
import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.Violations;
import be.ptrpas.platform.outbox.Outbox;
import be.ptrpas.platform.outbox.OutboxKind;
import be.ptrpas.platform.outbox.OutboxMessage;
import be.ptrpas.platform.outbox.OutboxStatus;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.FailureKind;
import be.ptrpas.platform.plugin.runtime.PluginCallException;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.platform.tenancy.CurrentTenant;
import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.spi.messaging.ChannelType;
import be.ptrpas.spi.messaging.MessageChannel;
import be.ptrpas.spi.messaging.MessageTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Queues messages to citizens in the outbox, after the channel has checked the recipient. */
@ApplicationScoped
@Transactional
public class MessageService {

    static final String AUDIT_TYPE = "message";
    private static final Pattern TEMPLATE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final int MAX_PARAMETERS = 30;
    private static final int MAX_VALUE = 4000;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    TenantPlugins plugins;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    AuditLog audit;

    @Inject
    WorkSignal signal;

    @Inject
    CurrentTenant currentTenant;

    /** A queued message and whether it was queued before (same dedupe key). */
    public record Queued(MessageView message, boolean existing) {}

    public Queued send(MessageRequest request, String idempotencyKey) {
        PluginSlot slot = validate(request);
        String key = request.dedupeKey() != null ? request.dedupeKey() : idempotencyKey;
        if (key != null && !KEY.matcher(key).matches()) {
            throw ProblemException.invalid(
                    request.dedupeKey() != null ? "dedupeKey" : "Idempotency-Key",
                    "use 1 to 100 letters, digits, '.', '_', ':' or '-'");
        }
        String dedupeKey = "message:" + slot.path() + ":" + (key == null ? UUID.randomUUID() : key);
        var existing = outbox.find(dedupeKey);
        if (existing.isPresent()) {
            return new Queued(MessageView.of(existing.get()), true);
        }
        ActivePlugin<MessageChannel> channel = plugins.require(slot, MessageChannel.class);
        try {
            channel.call("checkRecipient", provider -> {
                provider.checkRecipient(request.recipient().toRecipient());
                return null;
            });
        } catch (PluginCallException e) {
            if (e.kind() == FailureKind.REFUSED) {
                throw ProblemException.invalid("recipient", e.getMessage());
            }
            // The channel is paused or slow right now: queue anyway, that is what the outbox is for. The channel checks
            // the recipient again when it sends, and a bad one becomes a dead letter.
        }
        String template = request.template() == null ? MessageTemplates.NOTICE : request.template();
        Outbox.Enqueued queued = outbox.enqueue(
                OutboxKind.MESSAGE,
                slot.path(),
                dedupeKey,
                new MessagePayload(request.recipient(), template, request.parameters()));
        MessageView view = MessageView.of(queued.item());
        audit.record(
                "send",
                AUDIT_TYPE,
                queued.item().id(),
                null,
                Map.of("channel", slot.path(), "template", template, "dedupeKey", dedupeKey));
        return new Queued(view, queued.existing());
    }

    /**
     * Queues a message the platform writes itself (news about an item of a citizen's pass), in the caller's
     * transaction. The channel is not asked about the recipient first: it checks the recipient when it sends, and one
     * it refuses becomes a dead letter the municipality's admins see (e.g. a legally required letter without a known
     * address). Audited like a clerk's message.
     *
     * @param dedupeKey the same key never queues twice (the outbox's unique key is {@code message:<slot>:<key>})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Queued queue(
            ChannelType channel,
            RecipientDetails recipient,
            String template,
            Map<String, String> parameters,
            String dedupeKey) {
        PluginSlot slot = PluginSlot.forChannel(channel).orElseThrow();
        String key = "message:" + slot.path() + ":" + dedupeKey;
        Outbox.Enqueued queued = outbox.enqueue(
                OutboxKind.MESSAGE, slot.path(), key, new MessagePayload(recipient, template, parameters));
        if (!queued.existing()) {
            audit.record(
                    "send",
                    AUDIT_TYPE,
                    queued.item().id(),
                    null,
                    Map.of("channel", slot.path(), "template", template, "dedupeKey", key));
        }
        return new Queued(MessageView.of(queued.item()), queued.existing());
    }

    public List<MessageView> list(String status, int limit) {
        OutboxStatus wanted = null;
        if (status != null) {
            wanted = Arrays.stream(OutboxStatus.values())
                    .filter(s -> s.name().equalsIgnoreCase(status))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.invalid("status", "must be one of pending, delivered, dead"));
        }
        var query = tenantEm.get()
                .createQuery(
                        "select o from OutboxMessage o where o.kind = :kind"
                                + (wanted == null ? "" : " and o.status = :status") + " order by o.createdAt desc",
                        OutboxMessage.class)
                .setParameter("kind", OutboxKind.MESSAGE);
        if (wanted != null) {
            query.setParameter("status", wanted);
        }
        return query.setMaxResults(limit).getResultStream().map(MessageView::of).toList();
    }

    public MessageView get(String id) {
        return MessageView.of(find(id));
    }

    /** Sends a dead message again, from the first attempt. */
    public MessageView retry(String id) {
        OutboxMessage item = find(id);
        if (item.status() != OutboxStatus.DEAD) {
            throw ProblemException.conflict(
                    "Only a dead message can be sent again; this one is " + item.status() + ".");
        }
        MessageView before = MessageView.of(item);
        item.revive(Instant.now(clock));
        tenantEm.get().flush();
        signal.raise(currentTenant.require());
        MessageView after = MessageView.of(item);
        audit.record("retry", AUDIT_TYPE, id, before, after);
        return after;
    }

    public List<InboundMessageView> replies(int limit) {
        return tenantEm.get()
                .createQuery("select m from InboundMessage m order by m.receivedAt desc", InboundMessage.class)
                .setMaxResults(limit)
                .getResultStream()
                .map(InboundMessageView::of)
                .toList();
    }

    private OutboxMessage find(String id) {
        OutboxMessage item = id == null ? null : tenantEm.get().find(OutboxMessage.class, id);
        if (item == null || item.kind() != OutboxKind.MESSAGE) {
            throw ProblemException.notFound("No message " + id + ".");
        }
        return item;
    }

    private static PluginSlot validate(MessageRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a message is required");
        }
        Violations v = new Violations();
        PluginSlot slot = null;
        if (v.required("channel", request.channel())) {
            slot = Arrays.stream(ChannelType.values())
                    .filter(t -> t.name().equalsIgnoreCase(request.channel()))
                    .findFirst()
                    .flatMap(PluginSlot::forChannel)
                    .orElse(null);
            if (slot == null) {
                v.add("channel", "must be one of email, sms, whatsapp, letter");
            }
        }
        v.required("recipient", request.recipient());
        if (request.template() != null) {
            v.matches(
                    "template",
                    request.template(),
                    TEMPLATE,
                    "must be a template id such as notice or payment-request");
        }
        Map<String, String> parameters = request.parameters();
        if (v.required("parameters", parameters)) {
            if (parameters.size() > MAX_PARAMETERS) {
                v.add("parameters", "at most " + MAX_PARAMETERS + " parameters");
            }
            for (String required : List.of(MessageTemplates.SUBJECT, MessageTemplates.BODY)) {
                String value = parameters.get(required);
                if (value == null || value.isBlank()) {
                    v.add("parameters." + required, "is required: the plain text every channel can fall back on");
                }
            }
            parameters.forEach((name, value) -> {
                if (value == null) {
                    v.add("parameters." + name, "has no value");
                } else if (value.length() > MAX_VALUE) {
                    v.add("parameters." + name, "is longer than " + MAX_VALUE + " characters");
                }
            });
        }
        if (request.recipient() != null
                && request.recipient().language() != null
                && Locale.forLanguageTag(request.recipient().language())
                        .getLanguage()
                        .isEmpty()) {
            v.add("recipient.language", "must be a language tag such as nl or en");
        }
        v.throwIfAny();
        return slot;
    }
}
