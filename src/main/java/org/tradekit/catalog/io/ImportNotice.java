package org.tradekit.catalog.io;

import java.util.List;

/** Something the user should know about a whole file (a fallback encoding, an unmapped column), as a message key. */
public record ImportNotice(String key, List<Object> args) {
    public ImportNotice {
        args = List.copyOf(args);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
