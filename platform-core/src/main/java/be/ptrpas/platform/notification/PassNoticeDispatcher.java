package be.ptrpas.platform.notification;

import be.ptrpas.platform.common.text.LocalizedText;
import be.ptrpas.platform.messaging.MessageService;
import be.ptrpas.platform.messaging.RecipientDetails;
import be.ptrpas.platform.outbox.Outbox;
import be.ptrpas.platform.outbox.OutboxKind;
import be.ptrpas.platform.plugin.PluginSetting;
import be.ptrpas.platform.plugin.PluginSettingService;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.PublicUrl;
import be.ptrpas.platform.portal.PortalCitizens;
import be.ptrpas.platform.preference.Channel;
import be.ptrpas.platform.preference.Language;
import be.ptrpas.platform.preference.NotificationRouter;
import be.ptrpas.platform.preference.Routing;
import be.ptrpas.platform.tenant.TenantService;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.messaging.MessageTemplates;
import be.ptrpas.spi.messaging.PostalAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Addresses one {@link PassNotice} for the item's municipality: the citizen's preferences as they are now (an opt-out
 * made since the change holds), the channels that municipality has a plug-in for, the texts in the citizen's
 * language; then one message per channel through {@link MessageService} and a notice to the citizen portal when the
 * municipality has one. Every message's key is derived from the notice's id, so addressing the same notice again
 * (a delivery retried after a crash) queues nothing twice. One transaction: all of it or none.
 */
@ApplicationScoped
public class PassNoticeDispatcher {

    @Inject
    HolderSeals seals;

    @Inject
    NotificationRouter router;

    @Inject
    MessageService messages;

    @Inject
    Outbox outbox;

    @Inject
    PluginSettingService settings;

    @Inject
    PortalCitizens portalCitizens;

    @Inject
    TenantService tenants;

    @Inject
    PublicUrl publicUrl;

    @Inject
    RecipientNames names;

    /** Queues what the notice calls for; answers the channels it went on (e.g. "email,portal"), or "none". */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String dispatch(String noticeId, PassNotice notice) {
        NationalNumber citizen = NationalNumber.parse(seals.open(notice.itemId(), notice.sealedHolder()))
                .orElseThrow(() -> new IllegalStateException("a sealed holder that is no national number"));
        Routing routing = router.route(citizen, notice.event(), notice.legallyRequired(), offeredChannels());
        Language language = routing.language();
        String url = itemUrl(notice.itemId(), language);
        List<String> done = new ArrayList<>();
        if (!routing.isEmpty()) {
            NoticeTexts.Rendered texts =
                    NoticeTexts.render(notice, language, municipalityName(language), url, routing.fallback());
            for (Routing.Route route : routing.routes()) {
                messages.queue(
                        route.channel().type(),
                        recipient(
                                route,
                                language,
                                route.channel() == Channel.LETTER
                                        ? names.of(citizen.value()).orElse(null)
                                        : null),
                        MessageTemplates.NOTICE,
                        route.channel().contact() == Channel.Contact.PHONE
                                ? texts.shortParameters()
                                : texts.parameters(),
                        "pass-notice:" + noticeId + ":" + route.channel().code());
                done.add(route.channel().code());
            }
        }
        if (slotEnabled(PluginSlot.CITIZEN_PORTAL)) {
            // The portal is the citizen's own signed-in inbox, like the pass itself: not a channel one opts out of.
            // Its SPI asks for a short Dutch title.
            String title = NoticeTexts.render(notice, Language.NL, municipalityName(Language.NL), url, false)
                    .subject();
            String portalId = "pass-" + noticeId;
            outbox.enqueue(
                    OutboxKind.PORTAL_NOTICE,
                    PluginSlot.CITIZEN_PORTAL.path(),
                    "portal:pass-notice:" + noticeId,
                    portalCitizens.notice(
                            portalId,
                            citizen.value(),
                            NoticeRules.portalCategory(notice.itemKind()),
                            title,
                            url,
                            notice.at()));
            done.add("portal");
        }
        return done.isEmpty() ? "none" : String.join(",", done);
    }

    /** The channels the municipality has an enabled plug-in for. */
    private Set<Channel> offeredChannels() {
        Set<Channel> offered = EnumSet.noneOf(Channel.class);
        for (Channel channel : Channel.values()) {
            PluginSlot.forChannel(channel.type()).filter(this::slotEnabled).ifPresent(slot -> offered.add(channel));
        }
        return offered;
    }

    private boolean slotEnabled(PluginSlot slot) {
        return settings.current(slot).map(PluginSetting::enabled).orElse(false);
    }

    private String municipalityName(Language language) {
        LocalizedText names = tenants.current().names();
        String name = switch (language) {
            case NL -> names.nl();
            case FR -> names.fr();
            case EN -> names.en();
        };
        return name == null || name.isBlank() ? names.nl() : name;
    }

    /** The item on the citizen's page, in their language ({@code /pass/items/{id}?lang=}). */
    String itemUrl(String itemId, Language language) {
        return publicUrl.resolve("pass/items/" + itemId) + "?lang=" + language.code();
    }

    /** @param name the name for a letter's address block (other channels need none) */
    private static RecipientDetails recipient(Routing.Route route, Language language, String name) {
        PostalAddress a = route.postalAddress();
        RecipientDetails.AddressDetails address = a == null
                ? null
                : new RecipientDetails.AddressDetails(
                        a.street(), a.houseNumber(), a.box(), a.postalCode(), a.municipality(), a.countryCode());
        return switch (route.channel().contact()) {
            case EMAIL -> new RecipientDetails(null, route.address(), null, null, language.code());
            case PHONE -> new RecipientDetails(null, null, route.address(), null, language.code());
            case ADDRESS -> new RecipientDetails(name, null, null, address, language.code());
        };
    }
}
