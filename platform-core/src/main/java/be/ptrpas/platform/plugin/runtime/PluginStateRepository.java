package be.ptrpas.platform.plugin.runtime;

import be.ptrpas.platform.tenancy.TenantEntityManager;
import be.ptrpas.platform.tenancy.TenantWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;

/**
 * Backs every plug-in's {@link be.ptrpas.spi.PluginStore}. Each operation is its own short transaction for the
 * municipality the store belongs to, whatever thread the plug-in runs on.
 */
@ApplicationScoped
public class PluginStateRepository {

    static final int MAX_KEY = 200;
    static final int MAX_VALUE = 64 * 1024;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    TenantWork tenantWork;

    @Inject
    PluginStateRepository self;

    public Optional<String> get(String nis, String pluginId, String key) {
        check(key, "");
        return tenantWork.callAs(nis, () -> self.find(pluginId, key).map(PluginStateEntry::value));
    }

    public void put(String nis, String pluginId, String key, String value) {
        check(key, value);
        tenantWork.runAs(nis, () -> self.upsert(pluginId, key, value));
    }

    public boolean putIfAbsent(String nis, String pluginId, String key, String value) {
        check(key, value);
        try {
            return tenantWork.callAs(nis, () -> self.insertIfAbsent(pluginId, key, value));
        } catch (RuntimeException e) {
            // Another thread stored the key first (the unique key decided) — or the database failed, which must not
            // pass for "already there".
            if (causedByConstraint(e) || get(nis, pluginId, key).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    public void remove(String nis, String pluginId, String key) {
        check(key, "");
        tenantWork.runAs(nis, () -> self.delete(pluginId, key));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<PluginStateEntry> find(String pluginId, String key) {
        return tenantEm.get()
                .createQuery(
                        "select s from PluginStateEntry s where s.pluginId = :plugin and s.key = :key",
                        PluginStateEntry.class)
                .setParameter("plugin", pluginId)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void upsert(String pluginId, String key, String value) {
        Optional<PluginStateEntry> existing = find(pluginId, key);
        if (existing.isPresent()) {
            existing.get().value(value);
        } else {
            tenantEm.get().persist(new PluginStateEntry(pluginId, key, value));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean insertIfAbsent(String pluginId, String key, String value) {
        if (find(pluginId, key).isPresent()) {
            return false;
        }
        tenantEm.get().persist(new PluginStateEntry(pluginId, key, value));
        tenantEm.get().flush();
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delete(String pluginId, String key) {
        find(pluginId, key).ifPresent(tenantEm.get()::remove);
    }

    private static void check(String key, String value) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("a plug-in store key must have 1 to " + MAX_KEY + " characters");
        }
        if (value == null || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException(
                    "a plug-in store value must be present and at most " + MAX_VALUE + " characters");
        }
    }

    private static boolean causedByConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
