package org.tradekit.store;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An append-only table of events (traceability): each row is inserted once, with the exact bytes of
 * its body in column {@code body}, through {@link WriteTx#appendEvent}, and never updated or deleted.
 * The other {@code columns} are read from the body (for indexes and queries) when it is appended.
 * Sync ships the body bytes as they are (one change row of kind EVENT), never a re-encoding.
 */
public record EventTable(String name, String table, List<String> columns) {
    private static final Pattern IDENT = Pattern.compile("[a-z][a-z0-9_]*");

    public EventTable {
        columns = List.copyOf(columns);
        if (!IDENT.matcher(name).matches() || !IDENT.matcher(table).matches()) {
            throw new IllegalArgumentException("bad event table name " + name + "/" + table);
        }
        for (String c : columns) {
            if (!IDENT.matcher(c).matches() || c.equals("id") || c.equals("body")) {
                throw new IllegalArgumentException("bad column name " + c);
            }
        }
        if (Set.copyOf(columns).size() != columns.size()) {
            throw new IllegalArgumentException("duplicate column in " + name);
        }
    }
}
