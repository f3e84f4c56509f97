package org.tradekit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A SELECT whose rows become values: on a read connection, or inside a write transaction ({@code tx::query}). */
@FunctionalInterface
public interface Select {
    <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) throws SQLException;

    /** How many values one IN list takes: well under SQLite's limit on parameters. */
    int IN_CHUNK = 500;
    /** The place of the IN list in {@link #listIn}'s SQL. */
    String IN_LIST = "(?...)";

    /**
     * Runs {@code sql} once per {@link #IN_CHUNK} of {@code values}, each part filling its
     * {@link #IN_LIST}, and returns the rows of every part (in no particular order across parts).
     */
    default <T> List<T> listIn(String sql, Collection<?> values, RowMapper<T> mapper) throws SQLException {
        List<?> all = new ArrayList<>(values);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<?> part = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            out.addAll(list(sql.replace(IN_LIST, "(" + "?, ".repeat(part.size() - 1) + "?)"), mapper, part.toArray()));
        }
        return out;
    }

    static Select on(Connection c) {
        return new Select() {
            @Override
            public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    return RowMapper.list(ps, mapper, params);
                }
            }
        };
    }
}
