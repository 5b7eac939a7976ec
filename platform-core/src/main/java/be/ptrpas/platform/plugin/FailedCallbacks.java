package be.ptrpas.platform.plugin;

import java.util.List;

/**
 * The municipality's vendor callbacks that failed, newest first, for the plug-in status page. Implemented by the
 * callback feature, which depends on plug-ins (slots, calls into them); plug-ins do not depend on it.
 */
public interface FailedCallbacks {

    List<PluginStatusResource.CallbackView> recent(int limit);
}
