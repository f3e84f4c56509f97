package org.tradekit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** A SELECT whose rows become values: on a read connection, or inside a write transaction ({@code tx::query}). */
@FunctionalInterface
public interface Select {
    <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) throws SQLException;

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
