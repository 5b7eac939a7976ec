package be.ptrpas.plugins.dossier.file;

import be.ptrpas.plugins.support.JsonInput;
import be.ptrpas.spi.belgian.CompanyNumber;
import be.ptrpas.spi.belgian.NationalNumber;
import be.ptrpas.spi.belgian.StructuredReference;
import be.ptrpas.spi.dossier.DossierItem;
import be.ptrpas.spi.dossier.DossierKind;
import be.ptrpas.spi.dossier.DossierStatus;
import be.ptrpas.spi.dossier.DossierTitle;
import be.ptrpas.spi.dossier.MoneyState;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dossier file: one JSON object whose {@code holders} map national numbers (11 digits) and company numbers (10
 * digits), written with or without separators, to the list of their items:
 *
 * <pre>{@code
 * {"holders": {
 *   "85.07.30-033.28": [
 *     {"id": "RET-2026-0042", "kind": "RETRIBUTION", "title": {"nl": "Retributie Kouter", "fr": "Redevance Kouter"},
 *      "status": "RECEIVED", "moneyState": "OPEN", "amountDueCents": 2500, "dueDate": "2026-12-02",
 *      "structuredReference": "+++090/9337/55493+++", "issuedAt": "2026-11-02T09:00:00Z",
 *      "updatedAt": "2026-11-02T09:00:00Z", "issuer": "Stad Gent", "link": "https://backoffice.gent.be/ret/42"}],
 *   "0207.183.486": []}}
 * }</pre>
 *
 * A title is an object per language ({@code nl}, {@code fr}, {@code en}) or a string with {@code "language"} beside it.
 * {@code moneyState} defaults to {@code NONE}, {@code amountDueCents} to 0, {@code updatedAt} to {@code issuedAt};
 * {@code dueDate}, {@code structuredReference} and {@code link} may be left out. The whole file is checked when it is
 * read: one bad item refuses the file, with a message that says where (never what: the file holds personal data).
 */
final class DossierFile {

    /** Larger files are refused: a file is read whole into memory, and an export of one municipality stays small. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private static final Set<String> ITEM_FIELDS = Set.of(
            "id",
            "kind",
            "title",
            "language",
            "status",
            "moneyState",
            "amountDueCents",
            "dueDate",
            "structuredReference",
            "issuedAt",
            "updatedAt",
            "issuer",
            "link");

    private final Map<String, List<DossierItem>> byHolder;

    private DossierFile(Map<String, List<DossierItem>> byHolder) {
        this.byHolder = byHolder;
    }

    /** The items of a holder, by bare digits; empty when the file does not name it. */
    List<DossierItem> itemsOf(String holderDigits) {
        return byHolder.getOrDefault(holderDigits, List.of());
    }

    int holders() {
        return byHolder.size();
    }

    /**
     * Reads and checks the file.
     *
     * @throws IllegalArgumentException saying what is wrong and where, in words for a municipal admin
     */
    static DossierFile read(Path file) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("the dossier file does not exist or is not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException("the dossier file is larger than " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("the dossier file cannot be read");
        }
        return parse(bytes);
    }

    static DossierFile parse(byte[] bytes) {
        JsonObject root;
        try {
            root = JsonInput.asObject(JsonInput.parse(bytes, MAX_BYTES), "the dossier file");
        } catch (JsonException e) {
            // Parsson's message may quote the file; say only that it is not JSON of the right shape.
            throw new IllegalArgumentException("the dossier file is not a JSON object (" + where(e) + ")");
        }
        JsonValue holdersValue = root.get("holders");
        if (!(holdersValue instanceof JsonObject holders)) {
            throw new IllegalArgumentException("the dossier file needs a 'holders' object");
        }
        Map<String, List<DossierItem>> byHolder = new HashMap<>();
        int holderIndex = 0;
        for (Map.Entry<String, JsonValue> holder : holders.entrySet()) {
            holderIndex++;
            String where = "holder #" + holderIndex;
            String digits = holderDigits(holder.getKey())
                    .orElseThrow(() -> new IllegalArgumentException(
                            where + " is named by neither a valid national number nor a valid company number"));
            if (!(holder.getValue() instanceof JsonArray array)) {
                throw new IllegalArgumentException(where + " must have a list of items");
            }
            List<DossierItem> items = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < array.size(); i++) {
                String at = where + ", item #" + (i + 1);
                DossierItem item = item(array.get(i), at);
                if (!ids.add(item.externalId())) {
                    throw new IllegalArgumentException(at + " repeats the id of an earlier item of the same holder");
                }
                items.add(item);
            }
            if (byHolder.put(digits, List.copyOf(items)) != null) {
                throw new IllegalArgumentException(where + " names a holder already named earlier (another spelling)");
            }
        }
        return new DossierFile(Map.copyOf(byHolder));
    }

    /** The bare digits of a national number (11) or company number (10), in whatever spelling the file uses. */
    static Optional<String> holderDigits(String key) {
        Optional<String> person = NationalNumber.parse(key).map(NationalNumber::value);
        return person.isPresent() ? person : CompanyNumber.parse(key).map(CompanyNumber::value);
    }

    private static DossierItem item(JsonValue value, String at) {
        if (!(value instanceof JsonObject item)) {
            throw new IllegalArgumentException(at + " must be a JSON object");
        }
        for (String name : item.keySet()) {
            if (!ITEM_FIELDS.contains(name)) {
                throw new IllegalArgumentException(at + " has an unknown field '" + safe(name) + "'");
            }
        }
        try {
            Instant issuedAt = instant(item, "issuedAt", at).orElseThrow(() -> missing(at, "issuedAt"));
            return new DossierItem(
                    string(item, "id", at).orElseThrow(() -> missing(at, "id")),
                    constant(item, "kind", DossierKind.class, at).orElseThrow(() -> missing(at, "kind")),
                    title(item, at),
                    constant(item, "status", DossierStatus.class, at).orElseThrow(() -> missing(at, "status")),
                    constant(item, "moneyState", MoneyState.class, at).orElse(MoneyState.NONE),
                    cents(item, at),
                    string(item, "dueDate", at).map(text -> date(text, at)).orElse(null),
                    string(item, "structuredReference", at)
                            .map(text -> StructuredReference.parse(text)
                                    .orElseThrow(() -> new IllegalArgumentException(
                                            at + ": structuredReference is not a valid structured reference")))
                            .orElse(null),
                    issuedAt,
                    instant(item, "updatedAt", at).orElse(issuedAt),
                    string(item, "issuer", at).orElseThrow(() -> missing(at, "issuer")),
                    string(item, "link", at).map(text -> uri(text, at)).orElse(null));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new IllegalArgumentException(
                    message != null && message.startsWith(at) ? message : at + ": " + message);
        }
    }

    private static DossierTitle title(JsonObject item, String at) {
        JsonValue title = item.get("title");
        if (title instanceof JsonString text) {
            String language = string(item, "language", at)
                    .orElseThrow(() -> new IllegalArgumentException(
                            at + ": a title given as one text needs its 'language' (nl, fr or en)"));
            return DossierTitle.of(language, text.getString());
        }
        if (title instanceof JsonObject perLanguage) {
            if (item.containsKey("language")) {
                throw new IllegalArgumentException(at + ": 'language' goes with a title given as one text only");
            }
            Map<String, String> texts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> entry : perLanguage.entrySet()) {
                if (!(entry.getValue() instanceof JsonString text)) {
                    throw new IllegalArgumentException(at + ": every title text must be a string");
                }
                texts.put(entry.getKey(), text.getString());
            }
            return new DossierTitle(texts);
        }
        throw new IllegalArgumentException(at + ": title is required (a text per language, or one text)");
    }

    private static Optional<String> string(JsonObject item, String name, String at) {
        JsonValue value = item.get(name);
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        throw new IllegalArgumentException(at + ": " + name + " must be a string");
    }

    private static <E extends Enum<E>> Optional<E> constant(JsonObject item, String name, Class<E> type, String at) {
        return string(item, name, at).map(text -> {
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        at + ": " + name + " must be one of " + List.of(type.getEnumConstants()));
            }
        });
    }

    private static long cents(JsonObject item, String at) {
        JsonValue value = item.get("amountDueCents");
        if (value == null || value == JsonValue.NULL) {
            return 0;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(at + ": amountDueCents is too large");
            }
        }
        throw new IllegalArgumentException(at + ": amountDueCents must be a whole number of cents");
    }

    private static Optional<Instant> instant(JsonObject item, String name, String at) {
        return string(item, name, at).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(at + ": " + name + " must be a moment such as 2026-11-02T09:00:00Z");
            }
        });
    }

    private static LocalDate date(String text, String at) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(at + ": dueDate must be a date such as 2026-12-02");
        }
    }

    private static URI uri(String text, String at) {
        try {
            URI uri = new URI(text);
            if (!DossierItem.isHttps(uri)) {
                throw new IllegalArgumentException(at + ": link must be an absolute https address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(at + ": link must be an absolute https address");
        }
    }

    private static IllegalArgumentException missing(String at, String field) {
        return new IllegalArgumentException(at + ": " + field + " is required");
    }

    private static String where(JsonException e) {
        if (e instanceof jakarta.json.stream.JsonParsingException parsing && parsing.getLocation() != null) {
            return "line " + parsing.getLocation().getLineNumber() + ", column "
                    + parsing.getLocation().getColumnNumber();
        }
        return "not readable";
    }

    /** A field name from the file, shortened and stripped of anything but plain characters, for a message. */
    private static String safe(String name) {
        String plain = name.replaceAll("[^A-Za-z0-9_-]", "?");
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }
}
