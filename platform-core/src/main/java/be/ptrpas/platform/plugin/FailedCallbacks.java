package be.ptrpas.platform.plugin;

import java.util.List;

/**
 * The municipality's callbacks given up on, for its plug-in status. The callback feature answers it: callbacks are
 * built on plug-ins, so plug-ins do not reach back into them.
 */
public interface FailedCallbacks {

    /** The most recent ones first, at most {@code limit}. */
    List<PluginStatusResource.CallbackView> recent(int limit);
}
