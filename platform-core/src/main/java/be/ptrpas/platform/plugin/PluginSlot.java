package be.ptrpas.platform.plugin;

import be.ptrpas.spi.PluginKind;
import java.util.Arrays;
import java.util.Optional;

/** The places a municipality can put one plug-in each, and the kind of plug-in each accepts. */
public enum PluginSlot {
    PAYMENT("payment", PluginKind.PAYMENT_PROVIDER),
    EMAIL("email", PluginKind.MESSAGE_CHANNEL),
    SMS("sms", PluginKind.MESSAGE_CHANNEL),
    WHATSAPP("whatsapp", PluginKind.MESSAGE_CHANNEL),
    LETTER("letter", PluginKind.MESSAGE_CHANNEL),
    ENFORCEMENT("enforcement", PluginKind.ENFORCEMENT_VENDOR),
    PERSON_REGISTER("person-register", PluginKind.PERSON_REGISTER),
    VEHICLE_REGISTER("vehicle-register", PluginKind.VEHICLE_REGISTER),
    ENTERPRISE_REGISTER("enterprise-register", PluginKind.ENTERPRISE_REGISTER),
    SECOND_RESIDENCE_REGISTER("second-residence-register", PluginKind.SECOND_RESIDENCE_REGISTER),
    CITIZEN_PORTAL("citizen-portal", PluginKind.CITIZEN_PORTAL_PUBLISHER);

    private final String path;
    private final PluginKind kind;

    PluginSlot(String path, PluginKind kind) {
        this.path = path;
        this.kind = kind;
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
