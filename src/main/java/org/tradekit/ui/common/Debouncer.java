package org.tradekit.ui.common;

/** Runs an action once input has been quiet for a while; each new call restarts the wait. */
@FunctionalInterface
public interface Debouncer {
    /** For tests and for callers that need no delay: runs the action at once. */
    Debouncer IMMEDIATE = Runnable::run;

    void call(Runnable action);
}
