package org.tradekit.lead.ui;

import java.util.List;

import org.tradekit.i18n.Messages;

/** A line to tell the user, kept as a message key and its arguments: views translate, view models do not. */
public record Said(String key, List<Object> args) {
    public Said {
        args = List.copyOf(args);
    }

    public static Said of(String key, Object... args) {
        return new Said(key, List.of(args));
    }

    public String in(Messages m) {
        return m.get(key, args.toArray());
    }
}
