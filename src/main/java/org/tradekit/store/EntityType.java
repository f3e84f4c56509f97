package org.tradekit.store;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A table whose rows users edit and sync replicates. Every such table has an {@code id} (UUIDv7),
 * {@code _cl} (causal length: odd while the row exists) and {@code _versions} (per-field clocks),
 * and is written only through {@link WriteTx}, which logs each changed field.
 */
public record EntityType(String name, String table, List<String> fields, List<Derived> derived) {

    /**
     * A column computed from one field on every write (a search key, say). It is not logged:
     * whoever applies a change recomputes it, so it never travels and never disagrees.
     */
    public record Derived(String column, String source, Function<Object, Object> compute) {
    }

    public EntityType(String name, String table, List<String> fields) {
        this(name, table, fields, List.of());
    }

    private static final Pattern IDENT = Pattern.compile("[a-z][a-z0-9_]*");

    public EntityType {
        fields = List.copyOf(fields);
        derived = List.copyOf(derived);
        for (Derived d : derived) {
            if (!IDENT.matcher(d.column()).matches() || !fields.contains(d.source()) || fields.contains(d.column())) {
                throw new IllegalArgumentException("bad derived column " + d.column());
            }
        }
        if (!IDENT.matcher(name).matches() || !IDENT.matcher(table).matches()) {
            throw new IllegalArgumentException("bad entity name " + name + "/" + table);
        }
        for (String f : fields) {
            if (!IDENT.matcher(f).matches() || f.equals("id")) {
                throw new IllegalArgumentException("bad field name " + f);
            }
        }
        if (Set.copyOf(fields).size() != fields.size()) {
            throw new IllegalArgumentException("duplicate field in " + name);
        }
    }

    public boolean hasField(String field) {
        return fields.contains(field);
    }
}
