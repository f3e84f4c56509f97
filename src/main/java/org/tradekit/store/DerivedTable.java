package org.tradekit.store;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table computed from events (stock movements, lot-to-lot links...): rows are written with their
 * event, in its transaction, through {@link WriteTx#derive}, and never logged. Whoever applies an
 * event (this device, or a peer after sync) derives them again from its body, so they never
 * travel and never disagree with the events.
 */
public record DerivedTable(String table, List<String> columns) {
    private static final Pattern IDENT = Pattern.compile("[a-z][a-z0-9_]*");

    public DerivedTable {
        columns = List.copyOf(columns);
        if (!IDENT.matcher(table).matches() || columns.isEmpty()
                || !columns.stream().allMatch(c -> IDENT.matcher(c).matches())) {
            throw new IllegalArgumentException("bad derived table " + table + " " + columns);
        }
    }
}
