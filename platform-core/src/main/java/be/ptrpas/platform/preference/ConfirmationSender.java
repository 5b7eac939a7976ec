package be.ptrpas.platform.preference;

import be.ptrpas.platform.common.problem.ProblemException;
import be.ptrpas.platform.common.problem.ProblemType;
import be.ptrpas.platform.messaging.MessageRequest;
import be.ptrpas.platform.messaging.MessageService;
import be.ptrpas.platform.messaging.RecipientDetails;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.platform.security.KnownTenants;
import be.ptrpas.platform.tenancy.TenantWork;
import be.ptrpas.spi.messaging.MessageChannel;
import be.ptrpas.spi.messaging.MessageTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a confirmation code to a new contact through the ordinary messaging path (the outbox, then a channel
 * plug-in), in the caller's transaction: the code's record and its message are committed together or not at all.
 *
 * <p><b>Whose channel.</b> A citizen belongs to no municipality, but channels are municipalities' plug-ins. The code
 * goes out through the <em>sender municipality</em> the operator names ({@code ptr.preferences.sender-municipality},
 * a NIS code): one recognisable sender for every platform-level message, one vendor contract that pays for them, and
 * no guess about which town a citizen "belongs" to. The municipality of the citizen's most recent item was considered
 * and not chosen: no cross-municipality index of a citizen's items exists, finding one would mean reading every
 * municipality's tables under their row-level security, a new citizen has no item at all, and a code from a town the
 * citizen has never dealt with (their items being elsewhere) would look like phishing as much as any. E-mail codes
 * use the sender's e-mail channel, phone codes its SMS channel, or its WhatsApp channel when it has no SMS.
 */
@ApplicationScoped
public class ConfirmationSender {

    @Inject
    @ConfigProperty(name = "ptr.preferences.sender-municipality")
    Optional<String> senderMunicipality;

    @Inject
    KnownTenants tenants;

    @Inject
    TenantWork tenantWork;

    @Inject
    TenantPlugins plugins;

    @Inject
    MessageService messages;

    /** Where the code went: the municipality and the channel. */
    public record Sent(String municipality, Channel channel) {
        String describe() {
            return municipality + "/" + channel.code();
        }
    }

    /** Queues the code's message; the dedupe key is the confirmation's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Sent send(String confirmationId, Channel.Contact contact, String value, String code, Language language) {
        String nis = senderMunicipality
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .filter(tenants::exists)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.SERVICE_UNAVAILABLE,
                        "Confirmation codes cannot be sent: the platform has no sender municipality "
                                + "(ptr.preferences.sender-municipality). Ask the operator."));
        return tenantWork.callAs(nis, () -> {
            Channel channel = channelFor(contact);
            RecipientDetails recipient = contact == Channel.Contact.EMAIL
                    ? new RecipientDetails(null, value, null, null, language.code())
                    : new RecipientDetails(null, null, value, null, language.code());
            MessageRequest request = new MessageRequest(
                    channel.code(),
                    recipient,
                    MessageTemplates.NOTICE,
                    Map.of(
                            MessageTemplates.SUBJECT,
                            subject(language),
                            MessageTemplates.BODY,
                            body(language, code),
                            "code",
                            code),
                    "contact-confirmation:" + confirmationId);
            messages.send(request, null);
            return new Sent(nis, channel);
        });
    }

    private Channel channelFor(Channel.Contact contact) {
        if (contact == Channel.Contact.EMAIL) {
            return Channel.EMAIL;
        }
        if (plugins.find(PluginSlot.SMS, MessageChannel.class).isPresent()) {
            return Channel.SMS;
        }
        if (plugins.find(PluginSlot.WHATSAPP, MessageChannel.class).isPresent()) {
            return Channel.WHATSAPP;
        }
        return Channel.SMS; // the message service then names the missing plug-in (plugin-not-configured)
    }

    static String subject(Language language) {
        return switch (language) {
            case NL -> "Uw bevestigingscode voor PTR-pas";
            case FR -> "Votre code de confirmation PTR-pas";
            case EN -> "Your PTR-pas confirmation code";
        };
    }

    static String body(Language language, String code) {
        return switch (language) {
            case NL ->
                "Uw bevestigingscode is " + code + ". Hij is " + PreferenceService.CODE_MINUTES
                        + " minuten geldig. Vroeg u niets aan? Negeer dan dit bericht.";
            case FR ->
                "Votre code de confirmation est " + code + ". Il est valable " + PreferenceService.CODE_MINUTES
                        + " minutes. Vous n'avez rien demandé ? Ignorez ce message.";
            case EN ->
                "Your confirmation code is " + code + ". It is valid for " + PreferenceService.CODE_MINUTES
                        + " minutes. If you did not ask for it, ignore this message.";
        };
    }
}
