package be.ptrpas.platform.portal;

import be.ptrpas.platform.common.json.Json;
import be.ptrpas.platform.outbox.OutboxDelivery;
import be.ptrpas.platform.outbox.OutboxKind;
import be.ptrpas.platform.outbox.OutboxMessage;
import be.ptrpas.platform.plugin.PluginSlot;
import be.ptrpas.platform.plugin.runtime.ActivePlugin;
import be.ptrpas.platform.plugin.runtime.TenantPlugins;
import be.ptrpas.spi.portal.CitizenPortalPublisher;
import be.ptrpas.spi.portal.PortalNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/** Tells the citizen portal about something new, through the municipality's publisher plug-in. */
@ApplicationScoped
public class PortalNoticeDelivery implements OutboxDelivery {

    @Inject
    TenantPlugins plugins;

    @Inject
    PortalCitizens citizens;

    @Override
    public OutboxKind kind() {
        return OutboxKind.PORTAL_NOTICE;
    }

    @Override
    public Delivered deliver(OutboxMessage item) {
        ActivePlugin<CitizenPortalPublisher> publisher =
                plugins.require(PluginSlot.CITIZEN_PORTAL, CitizenPortalPublisher.class);
        PortalNoticePayload payload = Json.read(item.payload(), PortalNoticePayload.class);
        PortalNotice notice = new PortalNotice(
                payload.noticeId(),
                citizens.nationalNumber(payload),
                payload.category(),
                payload.title(),
                URI.create(payload.url()),
                payload.createdAt());
        publisher.call("publish", provider -> {
            provider.publish(notice);
            return null;
        });
        return new Delivered(publisher.pluginId(), payload.noticeId(), "DELIVERED");
    }
}
