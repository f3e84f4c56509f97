package org.tradekit.trace.ui;

import java.util.List;

import org.tradekit.i18n.LocalizedException;

/** A line for the user: what was done, or what went wrong, as a message key and its arguments (views translate). */
public record Notice(boolean problem, String key, List<Object> args) {
    public Notice {
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args)); // arguments may be null
    }

    static Notice done(String key, Object... args) {
        return new Notice(false, key, java.util.Arrays.asList(args));
    }

    static Notice failed(LocalizedException e) {
        return new Notice(true, e.key(), java.util.Arrays.asList(e.args()));
    }
}
