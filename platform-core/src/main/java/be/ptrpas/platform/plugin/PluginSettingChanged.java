package be.ptrpas.platform.plugin;

/**
 * A municipality's plug-in choice for a slot was created, replaced or removed. Fired inside the change's transaction;
 * observers that act on it observe after success, so a rolled-back change leaves the running provider alone.
 */
public record PluginSettingChanged(String nis, PluginSlot slot) {}
