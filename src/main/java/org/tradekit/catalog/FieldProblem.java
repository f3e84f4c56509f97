package org.tradekit.catalog;

import java.util.List;

/** Something wrong with one field's value, as a message key and its arguments, shown beside the field. */
public record FieldProblem(String field, String key, List<Object> args) {
    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(ProductField field, String key, Object... args) {
        return new FieldProblem(field.column(), key, List.of(args));
    }

    public static FieldProblem of(String field, String key, Object... args) {
        return new FieldProblem(field, key, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
