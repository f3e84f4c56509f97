package org.tradekit.store;

import java.sql.SQLException;

/** One user action: everything it writes commits together or not at all. */
@FunctionalInterface
public interface WriteAction<T> {
    T run(WriteTx tx) throws SQLException;
}
