package be.ptrpas.plugins.payment.sandbox;

import be.ptrpas.spi.PluginException;
import be.ptrpas.spi.PluginStore;
import jakarta.json.JsonException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sandbox's payment links in the {@link PluginStore}. Keys: {@code link/<id>} (the link as JSON) and
 * {@code link-by-key/<sha256 of idempotency key>} (the id created for that key). The payments a link starts are
 * ordinary payments whose idempotency key is {@code link/<id>/<attempt>}.
 */
final class SandboxLinks {

    private final PluginStore store;

    SandboxLinks(PluginStore store) {
        this.store = store;
    }

    /** Same idea as {@link SandboxPayments#createOnce}: record first, then claim the key. */
    SandboxLink createOnce(String idempotencyKey, Supplier<SandboxLink> newLink) {
        String keyEntry = "link-by-key/" + SandboxIds.hashOf(idempotencyKey);
        Optional<String> existing = store.get(keyEntry);
        if (existing.isPresent()) {
            return find(existing.get()).orElseThrow(() -> broken(existing.get()));
        }
        SandboxLink link = newLink.get();
        store.put("link/" + link.id(), link.toJson());
        if (store.putIfAbsent(keyEntry, link.id())) {
            return link;
        }
        store.remove("link/" + link.id());
        String winner = store.get(keyEntry).orElseThrow(() -> broken(link.id()));
        return find(winner).orElseThrow(() -> broken(winner));
    }

    Optional<SandboxLink> find(String id) {
        if (!SandboxIds.LINK_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Optional<String> json = store.get("link/" + id);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SandboxLink.fromJson(json.get()));
        } catch (JsonException e) {
            throw broken(id);
        }
    }

    private static PluginException broken(String id) {
        return PluginException.permanent("the sandbox's stored data for link " + id + " is unreadable");
    }
}
