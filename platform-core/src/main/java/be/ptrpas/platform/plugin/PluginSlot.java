package be.ptrpas.platform.plugin;

import be.ptrpas.spi.PluginFactory;
import be.ptrpas.spi.PluginKind;
import be.ptrpas.spi.messaging.ChannelType;
import be.ptrpas.spi.messaging.MessageChannelFactory;
import java.util.Arrays;
import java.util.Optional;

/** The places a municipality can put one plug-in each, and the kind of plug-in each accepts. */
public enum PluginSlot {
    PAYMENT("payment", PluginKind.PAYMENT_PROVIDER),
    EMAIL("email", PluginKind.MESSAGE_CHANNEL, ChannelType.EMAIL),
    SMS("sms", PluginKind.MESSAGE_CHANNEL, ChannelType.SMS),
    WHATSAPP("whatsapp", PluginKind.MESSAGE_CHANNEL, ChannelType.WHATSAPP),
    LETTER("letter", PluginKind.MESSAGE_CHANNEL, ChannelType.LETTER),
    ENFORCEMENT("enforcement", PluginKind.ENFORCEMENT_VENDOR),
    PERSON_REGISTER("person-register", PluginKind.PERSON_REGISTER),
    VEHICLE_REGISTER("vehicle-register", PluginKind.VEHICLE_REGISTER),
    ENTERPRISE_REGISTER("enterprise-register", PluginKind.ENTERPRISE_REGISTER),
    SECOND_RESIDENCE_REGISTER("second-residence-register", PluginKind.SECOND_RESIDENCE_REGISTER),
    CITIZEN_PORTAL("citizen-portal", PluginKind.CITIZEN_PORTAL_PUBLISHER),
    DOSSIER_SOURCE("dossier-source", PluginKind.DOSSIER_SOURCE);

    private final String path;
    private final PluginKind kind;
    private final ChannelType channelType;

    PluginSlot(String path, PluginKind kind) {
        this(path, kind, null);
    }

    PluginSlot(String path, PluginKind kind, ChannelType channelType) {
        this.path = path;
        this.kind = kind;
        this.channelType = channelType;
    }

    /** Whether a plug-in fits this slot: the right kind and, for channels, the right kind of channel. */
    public boolean accepts(PluginFactory factory) {
        if (factory.kind() != kind) {
            return false;
        }
        return channelType == null
                || factory instanceof MessageChannelFactory channel && channel.channelType() == channelType;
    }

    /** The channel type of a message slot, or null. */
    public ChannelType channelType() {
        return channelType;
    }

    public static Optional<PluginSlot> forChannel(ChannelType type) {
        return Arrays.stream(values()).filter(slot -> slot.channelType == type).findFirst();
    }

    public String path() {
        return path;
    }

    public PluginKind kind() {
        return kind;
    }

    public static Optional<PluginSlot> fromPath(String path) {
        return Arrays.stream(values()).filter(slot -> slot.path.equals(path)).findFirst();
    }
}
