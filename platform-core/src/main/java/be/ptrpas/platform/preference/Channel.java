package be.ptrpas.platform.preference;

import be.ptrpas.spi.messaging.ChannelType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a citizen can be told about their PTR-pas items. SMS and WhatsApp go to the same mobile number. */
public enum Channel {
    EMAIL("email", ChannelType.EMAIL),
    SMS("sms", ChannelType.SMS),
    WHATSAPP("whatsapp", ChannelType.WHATSAPP),
    LETTER("letter", ChannelType.LETTER);

    private final String code;
    private final ChannelType type;

    Channel(String code, ChannelType type) {
        this.code = code;
        this.type = type;
    }

    /** The name in the API: email, sms, whatsapp, letter. */
    public String code() {
        return code;
    }

    /** The messaging channel (and so the plug-in slot) that carries it. */
    public ChannelType type() {
        return type;
    }

    /** The contact a message on this channel goes to. */
    public Contact contact() {
        return switch (this) {
            case EMAIL -> Contact.EMAIL;
            case SMS, WHATSAPP -> Contact.PHONE;
            case LETTER -> Contact.ADDRESS;
        };
    }

    public static Optional<Channel> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.code.equals(wanted)).findFirst();
    }

    public static String allCodes() {
        return String.join(", ", Arrays.stream(values()).map(Channel::code).toList());
    }

    /** What a channel needs to reach the citizen. */
    public enum Contact {
        EMAIL,
        PHONE,
        ADDRESS
    }
}
