package org.tradekit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Rows of one INSERT shape, written {@value #ROWS} to a statement. Bulk writes (an import logs
 * millions of change rows) otherwise spend their time in per-row statement and binding overhead,
 * and a full-text index does its per-statement work once per row. Values the same for every row
 * of a transaction are written into the statement, so a row binds only its own.
 */
final class RowBatch {
    static final int ROWS = 64;

    private final String head;
    private final String row;
    private final int width;
    private final Object[] values;
    private final Map<Integer, PreparedStatement> statements = new HashMap<>();
    private int rows;

    /**
     * @param head {@code INSERT INTO t (a, b, c) VALUES }
     * @param row one row's values, {@code ?} for each bound one: {@code (?, 1, 42, ?)}
     */
    RowBatch(String head, String row) {
        this.head = head;
        this.row = row;
        this.width = (int) row.chars().filter(ch -> ch == '?').count();
        this.values = new Object[ROWS * width];
    }

    void add(Connection c, Object... rowValues) throws SQLException {
        System.arraycopy(rowValues, 0, values, rows * width, width);
        if (++rows == ROWS) {
            flush(c);
        }
    }

    /** Writes the rows held; after this the table shows them to queries. */
    void flush(Connection c) throws SQLException {
        if (rows == 0) {
            return;
        }
        PreparedStatement ps = statements.get(rows);
        if (ps == null) {
            ps = c.prepareStatement(head + String.join(", ", Collections.nCopies(rows, row)));
            statements.put(rows, ps);
        }
        for (int i = 0; i < rows * width; i++) {
            ps.setObject(i + 1, values[i]);
            values[i] = null;
        }
        ps.executeUpdate();
        rows = 0;
    }

    void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing is best effort
            }
        }
    }
}
